package ru.nastavnik.mentorship;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordRepository;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * What one mentorship of seed 003 (Kazakhstan) fixes on the way, kept as the program's records
 * with their fields as JSON: the diagnostics, the plan (each redraft a new record, the latest
 * counts), every review of the plan (agreed, approved or returned with a comment) and the report to
 * the pedagogical council. The plan and the report documents are built from these records.
 */
@Component
public class MentorshipRecords {

  /** The program's records keep up to 4,000 characters. */
  static final int MAX_DETAILS = 4000;

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  private final ProgramRecordService records;
  private final ProgramRecordRepository repository;
  private final StaffRepository staff;
  private final ObjectMapper json = new ObjectMapper();

  public MentorshipRecords(ProgramRecordService records, ProgramRecordRepository repository, StaffRepository staff) {
    this.records = records;
    this.repository = repository;
    this.staff = staff;
  }

  /** Saves the fields (in their order) as a record of the program; refuses more than the record holds. */
  public void save(Long programId, ProgramRecord.Kind kind, LocalDate date, Map<String, String> fields, String actor) {
    ObjectNode node = json.createObjectNode();
    fields.forEach(node::put);
    String details;
    try {
      details = json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (details.length() > MAX_DETAILS) {
      throw new UserFacingException("Текст слишком длинный: вместе не более " + (MAX_DETAILS - 200)
          + " символов. Сократите формулировки.");
    }
    records.record(programId, kind, null, date, details, actor);
  }

  /** The latest record of the kind with its fields, if any. */
  @Transactional(readOnly = true)
  public Optional<Entry> latest(Long programId, ProgramRecord.Kind kind) {
    List<Entry> all = all(programId, kind);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every record of the kind, oldest first. */
  @Transactional(readOnly = true)
  public List<Entry> all(Long programId, ProgramRecord.Kind kind) {
    List<Entry> out = new ArrayList<>();
    repository.findByProgram(programId).stream().filter(r -> r.getKind() == kind)
        .sorted(Comparator.comparing(ProgramRecord::getId))
        .forEach(r -> out.add(new Entry(r.getDate(), r.getRecordedBy(), fields(r.getDetails()))));
    return out;
  }

  private Map<String, String> fields(String details) {
    Map<String, String> out = new LinkedHashMap<>();
    if (details == null || details.isBlank()) {
      return out;
    }
    try {
      JsonNode node = json.readTree(details);
      node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    } catch (JsonProcessingException e) {
      out.put("text", details);
    }
    return out;
  }

  /**
   * The mentor of the program's mentorship: the one the head appointed; for a program begun before
   * the appointment step existed, the school's first mentor (by their number in the base).
   */
  public Optional<StaffMember> mentor(MentoringProgram program) {
    return appointed(program, MentorshipTasks.MENTOR_ID).or(() -> first(program, Role.MENTOR));
  }

  /** The young specialist of the program's mentorship: appointed with the mentor (or the school's first mentee). */
  public Optional<StaffMember> mentee(MentoringProgram program) {
    return appointed(program, MentorshipTasks.YOUNG_TEACHER_ID).or(() -> first(program, Role.MENTEE));
  }

  private Optional<StaffMember> appointed(MentoringProgram program, String field) {
    return latest(program.getId(), ProgramRecord.Kind.MENTORSHIP_APPOINTMENT).map(e -> e.get(field))
        .flatMap(id -> staff.findById(Long.valueOf(id)));
  }

  /** The deputy head for academic work who agrees the plan. */
  public Optional<StaffMember> deputy(MentoringProgram program) {
    return first(program, Role.DEPUTY);
  }

  private Optional<StaffMember> first(MentoringProgram program, Role role) {
    return staff.findBySchoolAndRole(program.getSchool().getCode(), role).stream()
        .min(Comparator.comparing(StaffMember::getId));
  }

  /** A record's date, who made it and its fields. */
  public record Entry(LocalDate date, String actor, Map<String, String> fields) {

    public String get(String name) {
      String v = fields.get(name);
      return v == null || v.isBlank() ? null : v;
    }
  }
}
