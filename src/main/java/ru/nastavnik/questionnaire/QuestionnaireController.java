package ru.nastavnik.questionnaire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.documents.GeneratedDocument;
import ru.nastavnik.documents.GenerationRequest;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;

/**
 * Questionnaire collections of a school: send one out, see how it goes and what it gave, extend
 * its deadline. Respondents answer in their tasks ({@code /api/tasks} or Tasklist).
 */
@RestController
public class QuestionnaireController {

  private final QuestionnaireService questionnaires;
  private final CollectionStarter starter;
  private final AnalyticNoteService notes;
  private final CurrentUser currentUser;
  private final DocumentService documents;

  public QuestionnaireController(QuestionnaireService questionnaires, CollectionStarter starter,
      AnalyticNoteService notes, CurrentUser currentUser, DocumentService documents) {
    this.documents = documents;
    this.questionnaires = questionnaires;
    this.starter = starter;
    this.notes = notes;
    this.currentUser = currentUser;
  }

  public record StartRequest(String templateCode, List<Long> respondentIds, String deadline, Long programId) {}

  public record DeadlineRequest(String deadline) {}

  @PostMapping("/api/schools/{code}/questionnaire-collections")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> start(@PathVariable String code, @RequestBody StartRequest request) {
    requireOrganiser(code);
    if (request == null || request.templateCode() == null || request.templateCode().isBlank()) {
      throw new UserFacingException("Укажите анкету (код шаблона).");
    }
    Instant deadline = ProcessInputs.deadline(request.deadline(), QuestionnaireService.now(), questionnaires.zone());
    QuestionnaireCollection c = starter.start(new QuestionnaireService.OpenRequest(code, request.programId(),
        request.templateCode().trim(), null, request.respondentIds(), deadline, currentUser.userId()));
    return view(c.getId());
  }

  @GetMapping("/api/questionnaire-collections/{id}")
  public Map<String, Object> get(@PathVariable Long id) {
    requireOrganiser(questionnaires.collection(id).getSchoolCode());
    return view(id);
  }

  @PostMapping("/api/questionnaire-collections/{id}/deadline")
  public Map<String, Object> extend(@PathVariable Long id, @RequestBody DeadlineRequest request) {
    requireOrganiser(questionnaires.collection(id).getSchoolCode());
    starter.extend(id, ProcessInputs.deadline(request == null ? null : request.deadline(), QuestionnaireService.now(),
        questionnaires.zone()));
    return view(id);
  }

  /** The stage II analytic note of a program: its data (for documents) and its text. */
  @GetMapping("/api/programs/{id}/analytic-note")
  public AnalyticNote analyticNote(@PathVariable Long id) {
    AnalyticNote note = notes.latestForProgram(id).orElseThrow(() -> UserFacingException.notFound(
        "Аналитическая справка ещё не составлена: диагностика профессиональных дефицитов не завершена."));
    requireOrganiser(note.schoolCode());
    return note;
  }

  /**
   * The stage II analytic note as a Word document: the documents engine's analytic-note template
   * filled with the note's counts. One document per state of the note; asking again returns it.
   */
  @GetMapping("/api/programs/{id}/analytic-note.docx")
  public ResponseEntity<byte[]> analyticNoteDocx(@PathVariable Long id) {
    AnalyticNote note = analyticNote(id);
    GeneratedDocument doc = documents.generate(GenerationRequest.of(DocumentKind.ANALYTIC_NOTE, note.schoolCode(), id,
        "analytic-note:" + id + ":" + note.collectionId() + ":" + note.answered() + "-of-" + note.respondents())
        .by(currentUser.userId(), null));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(DocumentService.DOCX_MIME))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(doc.docx());
  }

  private void requireOrganiser(String schoolCode) {
    currentUser.requireSchoolRole(schoolCode, "Сбором анкет занимаются куратор, заместитель директора и директор.",
        Role.CURATOR, Role.DEPUTY, Role.DIRECTOR);
  }

  Map<String, Object> view(Long id) {
    QuestionnaireCollection c = questionnaires.collection(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", c.getId());
    out.put("schoolCode", c.getSchoolCode());
    out.put("programId", c.getProgramId());
    out.put("templateCode", c.getTemplate().getCode());
    out.put("templateVersion", c.getTemplate().getVersion());
    out.put("title", c.getTemplate().getTitle());
    out.put("status", c.getStatus().name());
    out.put("deadline", c.getDeadline().toString());
    out.put("processInstanceId", c.getProcessInstanceId());
    out.put("respondents", c.getRespondentCount());
    out.put("closeReason", c.getCloseReason());
    List<QuestionnaireAssignment> assignments = questionnaires.assignments(id);
    out.put("answered", assignments.stream().filter(a -> a.getStatus() == QuestionnaireAssignment.Status.ANSWERED).count());
    out.put("nonRespondents", assignments.stream().filter(a -> a.getStatus() == QuestionnaireAssignment.Status.MISSED)
        .map(a -> Map.of("staffId", a.getStaff().getId(), "name", a.getStaff().shortName())).toList());
    if (c.getResults() != null) {
      out.put("results", questionnaires.results(id));
    }
    return out;
  }
}
