package ru.nastavnik.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

/** The log of reads of a person's data (ст. 14, 20 152-ФЗ; checklist item 26). */
@Repository
public interface PiiAccessLog extends JpaRepository<PiiAccessEntry, Long> {

  @Query("select e from PiiAccessEntry e where e.staff.id = ?1 order by e.accessedAt, e.id")
  List<PiiAccessEntry> findByStaff(Long staffId);
}
