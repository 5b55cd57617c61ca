package ru.nastavnik.program;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/** A school's mentoring programs: start one for a year, see what each has recorded. */
@RestController
public class ProgramController {

  private final ProgramService programs;
  private final BaseService bases;
  private final PairingService pairing;
  private final CurrentUser currentUser;

  public ProgramController(ProgramService programs, BaseService bases, PairingService pairing, CurrentUser currentUser) {
    this.programs = programs;
    this.bases = bases;
    this.pairing = pairing;
    this.currentUser = currentUser;
  }

  public record StartRequest(String academicYear) {}

  public record ProgramView(Long id, String schoolCode, String academicYear, String businessKey,
      String processInstanceId, String status, Instant startedAt, Instant completedAt,
      Integer effectivenessTotal, String effectivenessLevel) {
    static ProgramView of(MentoringProgram p) {
      return new ProgramView(p.getId(), p.getSchool().getCode(), p.getAcademicYear(), p.getBusinessKey(),
          p.getProcessInstanceId(), p.getStatus().name(), p.getStartedAt(), p.getCompletedAt(),
          p.getEffectivenessTotal(), p.getEffectivenessLevel());
    }
  }

  @PostMapping("/api/schools/{code}/programs")
  @ResponseStatus(HttpStatus.CREATED)
  public ProgramView start(@PathVariable String code, @RequestBody StartRequest request) {
    currentUser.requireSchoolRole(code, "Запустить программу может директор, заместитель или куратор.",
        Role.DIRECTOR, Role.DEPUTY, Role.CURATOR);
    return ProgramView.of(programs.start(code, request == null ? null : request.academicYear()));
  }

  @GetMapping("/api/schools/{code}/programs")
  @Transactional(readOnly = true)
  public List<ProgramView> list(@PathVariable String code) {
    currentUser.requireSchool(code);
    return programs.ofSchool(code).stream().map(ProgramView::of).toList();
  }

  /** Everything the program recorded: documents, bases, pairs. */
  @GetMapping("/api/programs/{id}")
  @Transactional(readOnly = true)
  public Map<String, Object> details(@PathVariable Long id) {
    MentoringProgram program = programs.byId(id);
    currentUser.requireSchool(program.getSchool().getCode());
    return Map.of(
        "program", ProgramView.of(program),
        "records", programs.records(id).stream().map(r -> Map.of(
            "kind", r.getKind().name(), "title", r.getTitle(),
            "number", r.getNumber() == null ? "" : r.getNumber(),
            "date", r.getDate() == null ? "" : r.getDate().toString(),
            "details", r.getDetails() == null ? "" : r.getDetails())).toList(),
        "mentees", bases.menteesWithStatus(id, MenteeProfile.Status.values()).stream().map(m -> Map.of(
            "staffId", m.getStaff().getId(), "name", m.getStaff().fullName(),
            "category", m.getCategory().title(), "status", m.getStatus().name())).toList(),
        "mentors", bases.mentorsWithStatus(id, MentorProfile.Status.values()).stream().map(m -> Map.of(
            "staffId", m.getStaff().getId(), "name", m.getStaff().fullName(), "status", m.getStatus().name(),
            "rejectionReason", m.getRejectionReason() == null ? "" : m.getRejectionReason())).toList(),
        "pairs", pairing.ofProgram(id).stream().map(p -> Map.of(
            "id", p.getId(), "label", PairingService.label(p), "status", p.getStatus().name())).toList());
  }
}
