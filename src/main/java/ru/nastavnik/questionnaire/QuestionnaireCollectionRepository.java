package ru.nastavnik.questionnaire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionnaireCollectionRepository extends JpaRepository<QuestionnaireCollection, Long> {

  @Query("select c from QuestionnaireCollection c where c.programId = ?1 and c.template.code = ?2 order by c.openedAt desc, c.id desc")
  List<QuestionnaireCollection> findByProgramAndTemplate(Long programId, String templateCode);

  @Query("select c from QuestionnaireCollection c where c.schoolCode = ?1 order by c.openedAt desc, c.id desc")
  List<QuestionnaireCollection> findBySchool(String schoolCode);
}
