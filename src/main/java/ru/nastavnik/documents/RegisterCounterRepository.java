package ru.nastavnik.documents;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RegisterCounterRepository extends JpaRepository<RegisterCounter, Long> {

  /** {@code select … for update}: held until the calling transaction commits or rolls back. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from RegisterCounter c where c.schoolId = ?1 and c.year = ?2")
  Optional<RegisterCounter> lock(Long schoolId, int year);

  @Query("select c from RegisterCounter c where c.schoolId = ?1 and c.year = ?2")
  Optional<RegisterCounter> find(Long schoolId, int year);
}
