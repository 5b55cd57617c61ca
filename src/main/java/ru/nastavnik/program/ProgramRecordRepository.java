package ru.nastavnik.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramRecordRepository extends JpaRepository<ProgramRecord, Long> {

  @Query("select r from ProgramRecord r where r.program.id = ?1 order by r.recordedAt, r.id")
  List<ProgramRecord> findByProgram(Long programId);
}
