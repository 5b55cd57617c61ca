package ru.nastavnik.documents;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentContentRepository extends JpaRepository<DocumentContent, Long> {

  /** The files of a document, its row locked until the transaction ends (select … for update). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from DocumentContent c where c.documentId = :id")
  Optional<DocumentContent> lockById(@Param("id") Long id);
}
