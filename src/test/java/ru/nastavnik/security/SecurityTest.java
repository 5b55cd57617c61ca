package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * REST needs a login; a user of one school sees nothing of another school, through Camunda's
 * REST API (what Tasklist uses) and through the application's own API alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTest {

  static final String PASSWORD = "Test#Pass2025";

  @Autowired TestRestTemplate rest;
  @Autowired SchoolRepository schools;
  @Autowired StaffRepository staff;
  @Autowired IdentitySyncService identity;
  @Autowired ProgramService programs;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired ru.nastavnik.pairing.PairRepository pairs;
  @Autowired ru.nastavnik.monitoring.CompletionService completion;
  @Autowired ru.nastavnik.monitoring.BestPracticeRepository bestPractices;
  @Autowired ru.nastavnik.monitoring.FinalEventRepository finalEvents;
  @Autowired ru.nastavnik.documents.DocumentRepository documentRows;
  @Autowired ru.nastavnik.documents.DocumentContentRepository documentContents;

  MentoringProgram program;

  @BeforeEach
  void otherSchoolAndAProgramOfTheDemoSchool() {
    if (schools.findByCode("drugaya").isEmpty()) {
      School other = schools.save(new School("drugaya", "МБОУ «СОШ № 2»", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»",
          "МБОУ «СОШ № 2»", "Петров Пётр Петрович", "Директор", "с. Другое, ул. Мира, д. 2", "с. Другое"));
      StaffMember curator = new StaffMember(other, "9001", "chuzhoykurator", "Чужой", "Куратор", "Иванович", "Учитель математики");
      curator.setRoles(java.util.Set.of(Role.CURATOR, Role.DIRECTOR));
      staff.save(curator);
      identity.syncSchool("drugaya");
    }
    program = programs.ofSchool("starica").stream().filter(p -> p.getAcademicYear().equals("2030/31")).findFirst()
        .orElseGet(() -> programs.start("starica", "2030/31"));
    // the program opens with the order's generation (a background job): run it so the director's task exists
    management.createJobQuery().executable().messages().list().forEach(j -> management.executeJob(j.getId()));
  }

  @Test
  void restNeedsALoginExceptTheEngineList() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForEntity("/engine-rest/process-instance", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForEntity("/api/tasks", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForEntity("/api/schools/starica/programs", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> wrong = new ApiClient(rest, "kurator", "Wrong#Pass2025").get("/engine-rest/task");
    assertThat(wrong.getStatusCode().value()).isEqualTo(401);
    assertThat(new ApiClient(rest, "direktor", PASSWORD).get("/engine-rest/task").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aUserOfAnotherSchoolSeesNoneOfTheDemoSchoolsTasksOrData() {
    ApiClient director = new ApiClient(rest, "direktor", PASSWORD);
    ApiClient stranger = new ApiClient(rest, "chuzhoykurator", PASSWORD);
    List<Task> demoTasks = tasks.createTaskQuery().processInstanceBusinessKey(program.getBusinessKey()).list();
    assertThat(demoTasks).isNotEmpty();
    String taskId = demoTasks.get(0).getId();

    // the demo school's director sees the task, the other school's director (same group) does not
    assertThat(ids(director.json("/engine-rest/task"))).contains(taskId);
    assertThat(ids(stranger.json("/engine-rest/task"))).doesNotContain(taskId).isEmpty();
    assertThat(ids(stranger.json("/api/tasks"))).isEmpty();
    assertThat(stranger.json("/engine-rest/process-instance")).isEmpty();
    assertThat(stranger.json("/engine-rest/history/process-instance")).isEmpty();
    assertThat(stranger.json("/engine-rest/variable-instance")).isEmpty();

    // direct access by id: refused
    assertThat(stranger.get("/engine-rest/task/" + taskId).getStatusCode().value()).isIn(403, 404);
    assertThat(stranger.get("/engine-rest/task/" + taskId + "/form-variables").getStatusCode().value()).isIn(403, 404);
    assertThat(stranger.get("/api/tasks/" + taskId + "/form-variables").getStatusCode().value()).isIn(403, 404);
    assertThat(stranger.post("/api/tasks/" + taskId + "/complete", Map.of()).getStatusCode().value()).isIn(403, 404);
    assertThat(stranger.get("/api/programs/" + program.getId()).getStatusCode().value()).isEqualTo(403);
    assertThat(stranger.get("/api/schools/starica/programs").getStatusCode().value()).isEqualTo(403);
    assertThat(stranger.post("/api/schools/starica/programs", Map.of("academicYear", "2031/32")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
  }

  @Test
  void theMethodologicalCollectionIsReadByTheSchoolsLeadershipAndAdministratorsOnly() {
    ru.nastavnik.pairing.MentoringPair pair = new ru.nastavnik.pairing.MentoringPair(program,
        staff.findByUsername("orlovali").orElseThrow(), ru.nastavnik.pairing.InteractionForm.F1);
    pair.getMentees().add(staff.findByUsername("gusevada").orElseThrow());
    pair.setStatus(ru.nastavnik.pairing.MentoringPair.Status.ACTIVE);
    pairs.save(pair);
    try {
      completion.recordFinalEvent(program.getId(), "Круглый стол", java.time.LocalDate.of(2031, 5, 25), 18,
          "Программа круглого стола", List.of(new ru.nastavnik.monitoring.CompletionService.PracticeInput(
              "Взаимопосещение уроков по чек-листу", null, pair.getId(), "Чек-лист из 12 пунктов")), "zavuch");

      JsonNode forCurator = new ApiClient(rest, "kurator", PASSWORD).json("/api/schools/starica/best-practices");
      assertThat(java.util.stream.StreamSupport.stream(forCurator.spliterator(), false)
          .filter(p -> p.path("academicYear").asText().equals("2030/31")).map(p -> p.path("title").asText()))
          .containsExactly("Взаимопосещение уроков по чек-листу");
      assertThat(new ApiClient(rest, "zavuch", PASSWORD).get("/api/schools/starica/best-practices").getStatusCode().value())
          .isEqualTo(200);
      assertThat(new ApiClient(rest, "direktor", PASSWORD).get("/api/schools/starica/final-events").getStatusCode().value())
          .isEqualTo(200);
      assertThat(new ApiClient(rest, "admin", "Test#Root2025x").get("/api/schools/starica/best-practices")
          .getStatusCode().value()).isEqualTo(200);
      // another school's curator and director, a mentee of the school itself, nobody logged in: refused
      ResponseEntity<String> stranger = new ApiClient(rest, "chuzhoykurator", PASSWORD).get("/api/schools/starica/best-practices");
      assertThat(stranger.getStatusCode().value()).isEqualTo(403);
      assertThat(ApiClient.read(stranger.getBody()).path("message").asText()).contains("Нет доступа");
      assertThat(new ApiClient(rest, "chuzhoykurator", PASSWORD).get("/api/schools/starica/final-events")
          .getStatusCode().value()).isEqualTo(403);
      ResponseEntity<String> mentee = new ApiClient(rest, "gusevada", PASSWORD).get("/api/schools/starica/best-practices");
      assertThat(mentee.getStatusCode().value()).isEqualTo(403);
      assertThat(ApiClient.read(mentee.getBody()).path("message").asText()).contains("Методическую копилку");
      assertThat(rest.getForEntity("/api/schools/starica/best-practices", String.class).getStatusCode().value())
          .isEqualTo(401);
      // the other school's own collection is open to it, and empty
      assertThat(new ApiClient(rest, "chuzhoykurator", PASSWORD).json("/api/schools/drugaya/best-practices")).isEmpty();

      // a file of the final event over HTTP: the curator attaches it, the school's staff downloads the same bytes,
      // another school can neither download nor attach, an empty file is refused
      Long eventId = finalEvents.findByProgram(program.getId()).orElseThrow().getId();
      String materialsUrl = "/api/schools/starica/final-events/" + eventId + "/materials";
      byte[] pdf = "%PDF-1.4\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      ResponseEntity<String> attached = upload("kurator", materialsUrl, "Протокол круглого стола.pdf", pdf);
      assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(201);
      String fileUrl = ApiClient.read(attached.getBody()).path("url").asText();
      ResponseEntity<byte[]> download = rest.withBasicAuth("gusevada", PASSWORD).getForEntity(fileUrl, byte[].class);
      assertThat(download.getStatusCode().value()).isEqualTo(200);
      assertThat(download.getBody()).isEqualTo(pdf);
      assertThat(String.valueOf(download.getHeaders().getContentType())).isEqualTo("application/pdf");
      assertThat(rest.withBasicAuth("chuzhoykurator", PASSWORD).getForEntity(fileUrl, String.class).getStatusCode()
          .value()).isEqualTo(403);
      assertThat(upload("chuzhoykurator", materialsUrl, "Чужой.pdf", pdf).getStatusCode().value()).isEqualTo(403);
      ResponseEntity<String> empty = upload("kurator", materialsUrl, "Пустой.pdf", new byte[0]);
      assertThat(empty.getStatusCode().value()).isEqualTo(400);
      assertThat(ApiClient.read(empty.getBody()).path("message").asText()).startsWith("Файл «Пустой.pdf» пуст");
      assertThat(new ApiClient(rest, "zavuch", PASSWORD).json(materialsUrl)).hasSize(1);
    } finally {
      // the context is shared with other tests: the practice, the event and the pair go again
      removeCollected(pair);
    }
    JsonNode after = new ApiClient(rest, "kurator", PASSWORD).json("/api/schools/starica/best-practices");
    assertThat(java.util.stream.StreamSupport.stream(after.spliterator(), false)
        .filter(p -> p.path("academicYear").asText().equals("2030/31"))).isEmpty();
    assertThat(finalEvents.findByProgram(program.getId())).isEmpty();
    assertThat(documentRows.findByProgramAndKind(program.getId(), ru.nastavnik.documents.DocumentKind.FINAL_EVENT_MATERIALS,
        ru.nastavnik.documents.Document.Status.ACTIVE)).isEmpty();
  }

  private ResponseEntity<String> upload(String user, String url, String name, byte[] content) {
    org.springframework.util.MultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, PASSWORD).postForEntity(url, new org.springframework.http.HttpEntity<>(body, headers),
        String.class);
  }

  /** What the collection test recorded in the 2030/31 program: its practices, its final event and files, the pair. */
  private void removeCollected(ru.nastavnik.pairing.MentoringPair pair) {
    for (ru.nastavnik.documents.Document d : documentRows.findByProgramAndKind(program.getId(),
        ru.nastavnik.documents.DocumentKind.FINAL_EVENT_MATERIALS, ru.nastavnik.documents.Document.Status.ACTIVE)) {
      documentContents.deleteById(d.getId());
      documentRows.delete(d);
    }
    bestPractices.deleteAll(bestPractices.findByProgram(program.getId()));
    finalEvents.findByProgram(program.getId()).ifPresent(finalEvents::delete);
    pairs.deleteById(pair.getId());
  }

  @Test
  void aMenteeCannotStartAProgram() {
    ResponseEntity<String> response = new ApiClient(rest, "gusevada", PASSWORD)
        .post("/api/schools/starica/programs", Map.of("academicYear", "2032/33"));
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(ApiClient.read(response.getBody()).path("message").asText()).contains("директор");
  }

  private static List<String> ids(JsonNode list) {
    return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(t -> t.path("id").asText()).toList();
  }

}
