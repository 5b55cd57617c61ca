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
    } finally {
      // the context is shared with other tests: the practice, the event and the pair go again
      removeCollected(pair);
    }
    JsonNode after = new ApiClient(rest, "kurator", PASSWORD).json("/api/schools/starica/best-practices");
    assertThat(java.util.stream.StreamSupport.stream(after.spliterator(), false)
        .filter(p -> p.path("academicYear").asText().equals("2030/31"))).isEmpty();
    assertThat(finalEvents.findByProgram(program.getId())).isEmpty();
  }

  /** What the collection test recorded in the 2030/31 program: its practices, its final event, the pair. */
  private void removeCollected(ru.nastavnik.pairing.MentoringPair pair) {
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
