package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QuestionnaireAssignmentRepository extends JpaRepository<QuestionnaireAssignment, Long> {

  @Query("select a from QuestionnaireAssignment a join fetch a.staff where a.collection.id = ?1 order by a.id")
  List<QuestionnaireAssignment> findByCollection(Long collectionId);

  @Query("select a from QuestionnaireAssignment a join fetch a.staff where a.collection.id = ?1 and a.status = ?2 order by a.id")
  List<QuestionnaireAssignment> findByCollectionAndStatus(Long collectionId, QuestionnaireAssignment.Status status);

  /** Respondents in the order their tasks are created (the multi-instance collection). */
  @Query("select a.staff.id from QuestionnaireAssignment a where a.collection.id = ?1 order by a.id")
  List<Long> respondentIds(Long collectionId);

  @Query("select a from QuestionnaireAssignment a where a.collection.id = ?1 and a.staff.id = ?2")
  Optional<QuestionnaireAssignment> findByCollectionAndStaff(Long collectionId, Long staffId);

  @Query("select count(a) from QuestionnaireAssignment a where a.collection.id = ?1 and a.status = ?2")
  long countByStatus(Long collectionId, QuestionnaireAssignment.Status status);

  @Modifying
  @Query("update QuestionnaireAssignment a set a.status = ru.nastavnik.questionnaire.QuestionnaireAssignment.Status.MISSED"
      + " where a.collection.id = ?1 and a.status = ru.nastavnik.questionnaire.QuestionnaireAssignment.Status.PENDING")
  int markMissed(Long collectionId);

  /** Every assignment the person answered or was the subject of (interviews about them). */
  @Query("select a from QuestionnaireAssignment a join fetch a.collection"
      + " where a.staff.id = ?1 or a.subject.id = ?1 order by a.id")
  List<QuestionnaireAssignment> findByPerson(Long staffId);
}
