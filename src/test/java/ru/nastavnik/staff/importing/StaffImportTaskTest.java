package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * The curator uploads the staff file inside Tasklist: the «Загрузка списка сотрудников» process is
 * started and its task completed through the engine's REST API exactly as Tasklist's embedded form
 * does (the file as a File variable of submit-form). A file with a bad row is refused with the row
 * and the column named, nothing changes and the task stays open; the corrected file is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffImportTaskTest {

  static final String PASSWORD = "Test#Pass2025";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String HEADER = "Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;Педагогический стаж, лет;"
      + "Дата приёма;Квалификационная категория;E-mail;Логин;Роли";

  @Autowired TestRestTemplate rest;
  @Autowired StaffRepository staff;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @Test
  void theCuratorUploadsTheStaffFileInATaskFormAllOrNothing() throws Exception {
    int before = staff.findBySchool("starica").size();

    // the curator starts «Загрузка списка сотрудников» from Tasklist: the instance belongs to her school
    ResponseEntity<String> started = call("kurator", HttpMethod.POST,
        "/engine-rest/process-definition/key/staff-import/start", Map.of());
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String instanceId = JSON.readTree(started.getBody()).path("id").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getTenantId())
        .isEqualTo("starica");
    JsonNode task = JSON.readTree(call("kurator", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + instanceId,
        null).getBody()).get(0);
    String taskId = task.path("id").asText();
    assertThat(task.path("name").asText()).isEqualTo("Загрузить список сотрудников");
    assertThat(task.path("assignee").asText()).isEqualTo("kurator");
    // the curator of another school sees nothing of it
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getTenantId()).isEqualTo("starica");

    // the task's form is the deployed embedded form with a file field
    JsonNode form = JSON.readTree(call("kurator", HttpMethod.GET, "/engine-rest/task/" + taskId + "/form", null).getBody());
    assertThat(form.path("key").asText()).isEqualTo("embedded:deployment:nastavnik/forms/staff-import.html");
    String html = call("kurator", HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null).getBody();
    assertThat(html).contains("type=\"file\"", "cam-variable-name=\"uiStaffFile\"", "cam-variable-type=\"File\"",
        "/api/staff-import/template.xlsx", "Файл со списком сотрудников");

    // a file with a bad row: refused with the row and the column named, nothing changed, the task stays open
    String good = "97101;Загрузкина;Алина;Сергеевна;Учитель биологии;Биология;2;01.09.2025;без категории;"
        + "novikova@starica.example;;";
    String bad = "97102;Проверкин;Илья;Павлович;Учитель химии;Химия;много;01.09.2025;без категории;"
        + "fedorov@starica.example;;";
    // (the engine reports a task listener's refusal as its own error, status 500, with the Russian text
    // in the message: that is what Tasklist shows above the form)
    ResponseEntity<String> refused = submit(taskId, csv(good, bad));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(500);
    String message = JSON.readTree(refused.getBody()).path("message").asText();
    assertThat(message).contains("Файл не загружен: найдено ошибок — 1", "Строка 3",
        "столбец «Педагогический стаж, лет»", "данные не изменены");
    assertThat(staff.findBySchool("starica")).hasSize(before)
        .noneMatch(s -> s.getLastName().equals("Загрузкина") || s.getLastName().equals("Проверкин"));
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(runtime.getVariable(instanceId, StaffImportTaskListener.FILE)).isNull();

    // a broken file: the same
    ResponseEntity<String> broken = submit(taskId, "это не таблица".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.getStatusCode().value()).isEqualTo(500);
    assertThat(JSON.readTree(broken.getBody()).path("message").asText()).contains("Файл не загружен");
    assertThat(staff.findBySchool("starica")).hasSize(before);

    // the corrected file goes in; the task is done, the counts stay with the process, the file does not
    String fixed = bad.replace(";много;", ";4;");
    ResponseEntity<String> done = submit(taskId, csv(good, fixed));
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    assertThat(staff.findBySchool("starica")).hasSize(before + 2);
    StaffMember fedorov = staff.findBySchool("starica").stream().filter(s -> s.getLastName().equals("Проверкин"))
        .findFirst().orElseThrow();
    assertThat(fedorov.getExperienceYears()).isEqualTo(4);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list())
        .extracting(v -> v.getName()).doesNotContain(StaffImportTaskListener.FILE)
        .contains(StaffImportTaskListener.CREATED);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(StaffImportTaskListener.CREATED).singleResult().getValue()).isEqualTo(2);

    // the same file again, in a new upload: nothing duplicated, every row unchanged
    String again = JSON.readTree(call("kurator", HttpMethod.POST,
        "/engine-rest/process-definition/key/staff-import/start", Map.of()).getBody()).path("id").asText();
    String secondTask = tasks.createTaskQuery().processInstanceId(again).singleResult().getId();
    assertThat(submit(secondTask, csv(good, fixed)).getStatusCode().value()).isEqualTo(204);
    assertThat(staff.findBySchool("starica")).hasSize(before + 2);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(again)
        .variableName(StaffImportTaskListener.UNCHANGED).singleResult().getValue()).isEqualTo(2);
  }

  @Test
  void aTeacherMayNotStartTheUpload() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("staff-import").count();
    ResponseEntity<String> refused = call("orlovali", HttpMethod.POST,
        "/engine-rest/process-definition/key/staff-import/start", Map.of());
    assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("staff-import").count()).isEqualTo(before);
  }

  static byte[] csv(String... rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** What Tasklist's embedded form sends: the chosen file as a File variable of submit-form. */
  private ResponseEntity<String> submit(String taskId, byte[] file) {
    Map<String, Object> variable = Map.of("type", "File", "value", Base64.getEncoder().encodeToString(file),
        "valueInfo", Map.of("filename", "staff.csv", "mimeType", "text/csv"));
    return call("kurator", HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of(StaffImportTaskListener.FILE, variable)));
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
