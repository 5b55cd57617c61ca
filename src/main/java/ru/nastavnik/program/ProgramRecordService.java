package ru.nastavnik.program;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the orders, protocols and notes a program produces. */
@Service
public class ProgramRecordService {

  private final ProgramRecordRepository records;
  private final ProgramRepository programs;

  public ProgramRecordService(ProgramRecordRepository records, ProgramRepository programs) {
    this.records = records;
    this.programs = programs;
  }

  @Transactional
  public ProgramRecord record(Long programId, ProgramRecord.Kind kind, String number, LocalDate date,
      String details, String recordedBy) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    return records.save(new ProgramRecord(program, kind, number, date, details, recordedBy));
  }

  @Transactional(readOnly = true)
  public List<ProgramRecord> of(Long programId, ProgramRecord.Kind kind) {
    return records.findByProgram(programId).stream().filter(r -> r.getKind() == kind).toList();
  }
}
