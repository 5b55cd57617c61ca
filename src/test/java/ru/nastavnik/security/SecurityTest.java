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
