package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnalyticNoteRepository extends JpaRepository<AnalyticNoteRecord, Long> {

  @Query("select n from AnalyticNoteRecord n where n.collectionId = ?1")
  Optional<AnalyticNoteRecord> findByCollection(Long collectionId);

  @Query("select n from AnalyticNoteRecord n where n.programId = ?1 order by n.createdAt desc, n.id desc")
  List<AnalyticNoteRecord> findByProgram(Long programId);
}
