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
 *
 * <p>A program may run several mentorships side by side (one per young teacher the head appoints):
 * each step's record then names its mentorship in the field {@value #APPOINTMENT} — the id of the
 * head's appointment record — and is read back only for it. Records without the field (a program
 * begun before several mentorships were possible) belong to the program's one mentorship.
 */
@Component
public class MentorshipRecords {

  /** The program's records keep up to 4,000 characters. */
  static final int MAX_DETAILS = 4000;

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  /** The field naming the mentorship (the appointment record's id) a step's record belongs to. */
  public static final String APPOINTMENT = "appointment";

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
    return latest(programId, kind, null);
  }

  /** The latest record of the kind of one mentorship ({@code appointment} null: of the whole program). */
  @Transactional(readOnly = true)
  public Optional<Entry> latest(Long programId, ProgramRecord.Kind kind, Long appointment) {
    List<Entry> all = all(programId, kind, appointment);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every record of the kind of one mentorship, oldest first ({@code appointment} null: of the whole program). */
  @Transactional(readOnly = true)
  public List<Entry> all(Long programId, ProgramRecord.Kind kind, Long appointment) {
    List<Entry> all = all(programId, kind);
    return appointment == null ? all
        : all.stream().filter(e -> appointment.toString().equals(e.get(APPOINTMENT))).toList();
  }

  /** The head's appointments of the program, in order: one mentorship each. */
  @Transactional(readOnly = true)
  public List<Entry> appointments(Long programId) {
    return all(programId, ProgramRecord.Kind.MENTORSHIP_APPOINTMENT);
  }

  /** One appointment of the program by its record's id. */
  @Transactional(readOnly = true)
  public Optional<Entry> appointment(Long programId, Long appointment) {
    return appointment == null ? Optional.empty()
        : appointments(programId).stream().filter(e -> appointment.equals(e.id())).findFirst();
  }

  /** The mentorship of a young teacher in the program (a young teacher is appointed a mentor once). */
  @Transactional(readOnly = true)
  public Optional<Entry> appointmentOf(Long programId, StaffMember youngTeacher) {
    return youngTeacher == null ? Optional.empty() : appointments(programId).stream()
        .filter(e -> youngTeacher.getId().toString().equals(e.get(MentorshipTasks.YOUNG_TEACHER_ID))).findFirst();
  }

  /** Every record of the kind, oldest first. */
  @Transactional(readOnly = true)
  public List<Entry> all(Long programId, ProgramRecord.Kind kind) {
    List<Entry> out = new ArrayList<>();
    repository.findByProgram(programId).stream().filter(r -> r.getKind() == kind)
        .sorted(Comparator.comparing(ProgramRecord::getId))
        .forEach(r -> out.add(new Entry(r.getId(), r.getDate(), r.getRecordedBy(), fields(r.getDetails()))));
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
    return mentor(program, null);
  }

  /** The mentor of one mentorship ({@code appointment} null: the program's latest appointment). */
  public Optional<StaffMember> mentor(MentoringProgram program, Long appointment) {
    return appointed(program, appointment, MentorshipTasks.MENTOR_ID).or(() -> first(program, Role.MENTOR));
  }

  /** The young specialist of the program's mentorship: appointed with the mentor (or the school's first mentee). */
  public Optional<StaffMember> mentee(MentoringProgram program) {
    return mentee(program, null);
  }

  /** The young specialist of one mentorship ({@code appointment} null: the program's latest appointment). */
  public Optional<StaffMember> mentee(MentoringProgram program, Long appointment) {
    return appointed(program, appointment, MentorshipTasks.YOUNG_TEACHER_ID).or(() -> first(program, Role.MENTEE));
  }

  private Optional<StaffMember> appointed(MentoringProgram program, Long appointment, String field) {
    Optional<Entry> order = appointment == null
        ? latest(program.getId(), ProgramRecord.Kind.MENTORSHIP_APPOINTMENT)
        : appointment(program.getId(), appointment);
    return order.map(e -> e.get(field)).flatMap(id -> staff.findById(Long.valueOf(id)));
  }

  /** The deputy head for academic work who agrees the plan. */
  public Optional<StaffMember> deputy(MentoringProgram program) {
    return first(program, Role.DEPUTY);
  }

  private Optional<StaffMember> first(MentoringProgram program, Role role) {
    return staff.findBySchoolAndRole(program.getSchool().getCode(), role).stream()
        .min(Comparator.comparing(StaffMember::getId));
  }

  /** A record's id, date, who made it and its fields. */
  public record Entry(Long id, LocalDate date, String actor, Map<String, String> fields) {

    public String get(String name) {
      String v = fields.get(name);
      return v == null || v.isBlank() ? null : v;
    }
  }
}
