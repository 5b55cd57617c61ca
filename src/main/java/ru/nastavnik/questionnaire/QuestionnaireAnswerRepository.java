package ru.nastavnik.questionnaire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QuestionnaireAnswerRepository extends JpaRepository<QuestionnaireAnswer, Long> {

  /** Rows {questionId, optionValue, numberValue, count} of a collection's option and scale answers. */
  @Query("select a.question.id, a.optionValue, a.numberValue, count(a) from QuestionnaireAnswer a"
      + " where a.assignment.collection.id = ?1 and a.textValue is null"
      + " group by a.question.id, a.optionValue, a.numberValue")
  List<Object[]> tally(Long collectionId);

  /** Rows {questionId, respondents who answered it}. */
  @Query("select a.question.id, count(distinct a.assignment.id) from QuestionnaireAnswer a"
      + " where a.assignment.collection.id = ?1 group by a.question.id")
  List<Object[]> respondentsPerQuestion(Long collectionId);

  @Query("select a from QuestionnaireAnswer a join fetch a.question where a.assignment.id = ?1 order by a.id")
  List<QuestionnaireAnswer> findByAssignment(Long assignmentId);

  @Query("select a from QuestionnaireAnswer a join fetch a.question join fetch a.assignment s"
      + " where s.collection.id = ?1 order by s.id, a.id")
  List<QuestionnaireAnswer> findByCollection(Long collectionId);

  @Modifying
  @Query("delete from QuestionnaireAnswer a where a.assignment.id in ?1")
  int deleteByAssignments(List<Long> assignmentIds);
}
