package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * A school's roadmaps: start one, read and edit its rows (curator or deputy), open an event row,
 * see the progress. The year in paths is written «2025-26».
 */
@RestController
public class RoadmapController {

  private final RoadmapService roadmaps;
  private final RoadmapRowEditor editor;
  private final RoadmapRowService rowService;
  private final RoadmapReports reports;
  private final RoadmapSignals signals;
  private final CurrentUser currentUser;
  private final ru.nastavnik.documents.DocumentService documents;
  private final ru.nastavnik.program.ProgramRepository programs;

  public RoadmapController(RoadmapService roadmaps, RoadmapRowEditor editor, RoadmapRowService rowService,
      RoadmapReports reports, RoadmapSignals signals, CurrentUser currentUser,
      ru.nastavnik.documents.DocumentService documents, ru.nastavnik.program.ProgramRepository programs) {
    this.documents = documents;
    this.programs = programs;
    this.roadmaps = roadmaps;
    this.editor = editor;
    this.rowService = rowService;
    this.reports = reports;
    this.signals = signals;
    this.currentUser = currentUser;
  }

  public record StartRequest(String academicYear, LocalDate periodStart, LocalDate periodEnd) {}

  public record TriggerRequest(String note) {}

  public record RoadmapView(Long id, String schoolCode, String academicYear, LocalDate periodStart, LocalDate periodEnd,
      String status, Long programId, String processInstanceId, Instant startedAt, Instant completedAt) {
    static RoadmapView of(Roadmap r) {
      return new RoadmapView(r.getId(), r.getSchool().getCode(), r.getAcademicYear(), r.getPeriodStart(),
          r.getPeriodEnd(), r.getStatus().name(), r.getProgram() == null ? null : r.getProgram().getId(),
          r.getProcessInstanceId(), r.getStartedAt(), r.getCompletedAt());
    }
  }

  public record RowView(Long id, int position, String number, String section, String action, String resultForm,
      String periodText, String period, String kind, LocalDate windowStart, LocalDate windowEnd, String trigger,
      Integer termDays, String role, String roleTitle, String stage, String stageTitle, String status,
      String statusTitle, Instant dueAt, Instant completedAt, String completedBy, boolean closedByStage,
      int escalationLevel, int timesDone, String source) {
    static RowView of(RoadmapRow r) {
      return new RowView(r.getId(), r.getPosition(), r.getNumber(), r.getSection(), r.getAction(), r.getResultForm(),
          r.getPeriodText(), RoadmapRowTasks.period(r), r.getKind().name(), r.getWindowStart(), r.getWindowEnd(),
          r.getTrigger() == null ? null : r.getTrigger().name(), r.getTermDays(), r.getRole().groupId(),
          r.getRole().title(), r.getStage(), r.getStage() == null ? null : RoadmapProcess.STAGES.get(r.getStage()),
          r.getStatus().name(), r.getStatus().title(), r.getDueAt(), r.getCompletedAt(), r.getCompletedBy(),
          r.isClosedByStage(), r.getEscalationLevel(), r.getTimesDone(), r.getSource());
    }
  }

  @GetMapping("/api/schools/{code}/roadmaps")
  @Transactional(readOnly = true)
  public List<RoadmapView> list(@PathVariable String code) {
    currentUser.requireSchool(code);
    return roadmaps.ofSchool(code).stream().map(RoadmapView::of).toList();
  }

  @PostMapping("/api/schools/{code}/roadmaps")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public RoadmapView start(@PathVariable String code, @RequestBody(required = false) StartRequest request) {
    currentUser.requireSchool(code);
    requireAny("Запустить дорожную карту может директор, заместитель директора или куратор.",
        Role.DIRECTOR, Role.DEPUTY, Role.CURATOR);
    if (request == null) {
      throw new UserFacingException("Укажите учебный год (academicYear, например «2025/26»).");
    }
    return RoadmapView.of(roadmaps.start(code, RoadmapService.normaliseYear(request.academicYear()),
        request.periodStart(), request.periodEnd()));
  }

  @GetMapping("/api/schools/{code}/roadmaps/{year}/rows")
  @Transactional(readOnly = true)
  public List<RowView> rows(@PathVariable String code, @PathVariable String year) {
    currentUser.requireSchool(code);
    return roadmaps.rows(roadmaps.get(code, year).getId()).stream().map(RowView::of).toList();
  }

  @PostMapping("/api/schools/{code}/roadmaps/{year}/rows")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public RowView add(@PathVariable String code, @PathVariable String year, @RequestBody RowInput input) {
    requireEditor(code);
    return RowView.of(editor.add(roadmaps.get(code, year), input, currentUser.userId()));
  }

  @PutMapping("/api/schools/{code}/roadmaps/{year}/rows/{rowId}")
  @Transactional
  public RowView update(@PathVariable String code, @PathVariable String year, @PathVariable Long rowId,
      @RequestBody RowInput input) {
    requireEditor(code);
    return RowView.of(editor.update(roadmaps.get(code, year), rowId, input, currentUser.userId()));
  }

  @DeleteMapping("/api/schools/{code}/roadmaps/{year}/rows/{rowId}")
  @Transactional
  public RowView exclude(@PathVariable String code, @PathVariable String year, @PathVariable Long rowId) {
    requireEditor(code);
    return RowView.of(editor.cancel(roadmaps.get(code, year), rowId, currentUser.userId()));
  }

  /** An event row opens now (an internship or event is planned or was held). */
  @PostMapping("/api/schools/{code}/roadmaps/{year}/rows/{rowId}/trigger")
  @Transactional
  public RowView trigger(@PathVariable String code, @PathVariable String year, @PathVariable Long rowId,
      @RequestBody(required = false) TriggerRequest request) {
    currentUser.requireSchool(code);
    requireAny("Отметить событие может директор, заместитель директора или куратор.",
        Role.DIRECTOR, Role.DEPUTY, Role.CURATOR);
    Roadmap roadmap = roadmaps.get(code, year);
    RoadmapRow row = roadmaps.rows(roadmap.getId()).stream().filter(r -> r.getId().equals(rowId)).findFirst()
        .orElseThrow(() -> UserFacingException.notFound("Пункт с кодом " + rowId + " не найден."));
    if (row.getKind() != RowKind.TRIGGER) {
      throw new UserFacingException("Пункт " + row.getNumber() + " начинается по сроку, а не по событию.");
    }
    if (row.getStatus().isClosed()) {
      throw UserFacingException.conflict("Пункт " + row.getNumber() + " уже закрыт: событие не учитывается.");
    }
    String note = request == null || request.note() == null || request.note().isBlank()
        ? "Событие отмечено вручную." : request.note().trim();
    rowService.trigger(row, note, currentUser.userId());
    return RowView.of(row);
  }

  @GetMapping("/api/schools/{code}/roadmaps/{year}/progress")
  public RoadmapProgress progress(@PathVariable String code, @PathVariable String year) {
    currentUser.requireSchool(code);
    return reports.progress(code, year);
  }

  /**
   * The roadmap document with its status column, as of now: a DOCX from the school's template
   * {@code ROADMAP_PROGRESS} (kept in the school's document list, without an order number).
   */
  @PostMapping("/api/schools/{code}/roadmaps/{year}/document")
  public org.springframework.http.ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable String year) {
    currentUser.requireSchool(code);
    Roadmap roadmap = roadmaps.get(code, year);
    ru.nastavnik.program.MentoringProgram program = roadmap.getProgram() != null ? roadmap.getProgram()
        : programs.findBySchoolAndYear(code, roadmap.getAcademicYear()).orElseThrow(() -> UserFacingException.conflict(
            "Документ дорожной карты выпускается по программе наставничества, а программа на "
                + roadmap.getAcademicYear() + " учебный год не запущена."));
    ru.nastavnik.documents.GeneratedDocument doc = documents.generate(ru.nastavnik.documents.GenerationRequest.of(
        ru.nastavnik.documents.DocumentKind.ROADMAP_PROGRESS, code, program.getId(),
        "roadmap-progress:" + roadmap.getId() + ":" + java.util.UUID.randomUUID()).by(currentUser.userId(), null));
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.parseMediaType(ru.nastavnik.documents.DocumentService.DOCX_MIME))
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
            .attachment().filename(doc.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(doc.docx());
  }

  /** Opens the roadmap form («Изменить пункты дорожной карты») in Tasklist for the curator and deputy. */
  @PostMapping("/api/schools/{code}/roadmaps/{year}/edit-task")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Map<String, String> editTask(@PathVariable String code, @PathVariable String year) {
    requireEditor(code);
    Roadmap roadmap = roadmaps.get(code, year);
    if (!roadmap.isRunning() || !signals.correlate(roadmap.getProcessInstanceId(),
        RoadmapProcess.MSG_EDIT_REQUESTED, Map.of())) {
      throw UserFacingException.conflict("Дорожная карта на " + roadmap.getAcademicYear()
          + " учебный год не выполняется: изменить её нельзя.");
    }
    Task task = signals.newestTask(roadmap.getProcessInstanceId(), RoadmapProcess.EDIT);
    return Map.of("taskId", task.getId(), "name", task.getName());
  }

  private void requireEditor(String code) {
    currentUser.requireSchool(code);
    requireAny("Изменять дорожную карту может куратор программы или заместитель директора.",
        Role.CURATOR, Role.DEPUTY);
  }

  private void requireAny(String message, Role... roles) {
    if (currentUser.isAdmin()) {
      return;
    }
    for (Role role : roles) {
      if (currentUser.inGroup(role.groupId())) {
        return;
      }
    }
    throw UserFacingException.forbidden(message);
  }
}
