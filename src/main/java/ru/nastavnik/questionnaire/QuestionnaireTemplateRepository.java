package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionnaireTemplateRepository extends JpaRepository<QuestionnaireTemplate, Long> {

  @Query("select t from QuestionnaireTemplate t where t.code = ?1 and t.version = ?2")
  Optional<QuestionnaireTemplate> findVersion(String code, int version);

  /** Every version of a template, newest first. */
  @Query("select t from QuestionnaireTemplate t where t.code = ?1 order by t.version desc")
  List<QuestionnaireTemplate> findVersions(String code);

  @Query("select t from QuestionnaireTemplate t order by t.code, t.version")
  List<QuestionnaireTemplate> findAllOrdered();
}
