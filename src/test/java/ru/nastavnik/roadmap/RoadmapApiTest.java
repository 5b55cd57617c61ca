package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.staff.Role;

/**
 * The roadmap's REST API, page and form for the curator and the deputy: rows read and edited,
 * added and excluded, event rows opened; bad input refused with a Russian message and nothing
 * changed — a window that ends before it starts, a role the school does not have, a row edited
 * after it was completed, a year overlapping a running roadmap; another school's data refused.
 */
class RoadmapApiTest extends RoadmapSpringSupport {

  static final String SCHOOL = "rmapi";
  static final String YEAR = "2026/27";
  static final String ROWS = "/api/schools/" + SCHOOL + "/roadmaps/2026-27/rows";

  @Autowired RuntimeService runtime;
  @Autowired RoadmapReports reports;
  @Autowired ru.nastavnik.program.ProgramRepository programRepository;

  ApiClient curator;
  ApiClient deputy;
  ApiClient director;

  @BeforeEach
  void schoolWithARoadmap() {
    school(SCHOOL, "rmapi");
    curator = as("rmapicur");
    deputy = as("rmapidep");
    director = as("rmapidir");
    if (roadmaps.findBySchoolAndYear(SCHOOL, YEAR).isEmpty()) {
      at("2026-04-20T10:00");
      ResponseEntity<String> started = curator.post("/api/schools/" + SCHOOL + "/roadmaps", Map.of("academicYear", "2026/27"));
      assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
      runUntil(SCHOOL, "2026-05-04T10:00");
    }
    at("2026-05-04T10:00");
  }

  @Test
  void aRoadmapPerSchoolAndYearWithoutOverlap() {
    ResponseEntity<String> again = director.post("/api/schools/" + SCHOOL + "/roadmaps", Map.of("academicYear", "2026/27"));
    conflict(again, "на 2026/27 учебный год уже есть");
    ResponseEntity<String> overlap = deputy.post("/api/schools/" + SCHOOL + "/roadmaps", Map.of("academicYear", "2027/28",
        "periodStart", "2027-06-01", "periodEnd", "2028-05-31"));
    conflict(overlap, "Период 01.06.2027–31.05.2028 пересекается с действующей дорожной картой на 2026/27 учебный год"
        + " (01.09.2026–31.08.2027)");
    badRequest(deputy.post("/api/schools/" + SCHOOL + "/roadmaps", Map.of("academicYear", "2027/28",
        "periodStart", "2028-05-31", "periodEnd", "2027-09-01")), "заканчивается (01.09.2027) не позже, чем начинается");
    badRequest(deputy.post("/api/schools/" + SCHOOL + "/roadmaps", Map.of("academicYear", "2027-29")),
        "«2025/26»");
    assertThat(as("rmapit1").post("/api/schools/" + SCHOOL + "/roadmaps", Map.of("academicYear", "2028/29"))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(roadmaps.findBySchool(SCHOOL)).hasSize(1);
    JsonNode list = curator.json("/api/schools/" + SCHOOL + "/roadmaps");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("periodStart").asText()).isEqualTo("2026-09-01");

    // a calendar-year roadmap for 2028: the program of 2027/28 cannot start its roadmap, so it does not start
    ResponseEntity<String> calendarYear = deputy.post("/api/schools/" + SCHOOL + "/roadmaps", Map.of(
        "academicYear", "2028/29", "periodStart", "2028-01-01", "periodEnd", "2028-12-31"));
    assertThat(calendarYear.getStatusCode().value()).as(calendarYear.getBody()).isEqualTo(201);
    ResponseEntity<String> program = director.post("/api/schools/" + SCHOOL + "/programs", Map.of("academicYear", "2027/28"));
    conflict(program, "пересекается с действующей дорожной картой на 2028/29 учебный год (01.01.2028–31.12.2028)");
    assertThat(programRepository.findBySchoolAndYear(SCHOOL, "2027/28")).isEmpty();
    assertThat(roadmaps.findBySchoolAndYear(SCHOOL, "2027/28")).isEmpty();
  }

  @Test
  void rowsAreReadByTheSchoolAndEditedByTheCuratorOrTheDeputy() {
    JsonNode rows = deputy.json(ROWS);
    // seeded: seed 002's fifteen rows and seed 000's three event rows (other tests add their own)
    assertThat(java.util.stream.StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> !r.path("source").asText().equals("MANUAL")).count()).isEqualTo(18);
    JsonNode bank = find(rows, "2.3.");
    assertThat(bank.path("periodText").asText()).isEqualTo("Август – сентябрь");
    assertThat(bank.path("windowStart").asText()).isEqualTo("2026-08-01");
    assertThat(bank.path("stage").asText()).isEqualTo("CallActivity_MenteeBase");
    assertThat(bank.path("roleTitle").asText()).isEqualTo(Role.DEPUTY.title());
    assertThat(as("rmapit1").json(ROWS)).hasSize(rows.size());
    assertThat(as("direktor").get(ROWS).getStatusCode().value()).isEqualTo(403);

    long id = bank.path("id").asLong();
    ResponseEntity<String> byDirector = send("rmapidir", HttpMethod.PUT, ROWS + "/" + id, Map.of("action", "Другое"));
    assertThat(byDirector.getStatusCode().value()).isEqualTo(403);
    assertThat(body(byDirector)).contains("куратор программы или заместитель директора");

    // a window that ends before it starts, a role the school does not have: refused, nothing changed
    badRequest(send("rmapicur", HttpMethod.PUT, ROWS + "/" + id, Map.of("windowStart", "2026-09-10",
        "windowEnd", "2026-09-01", "action", "Изменённое мероприятие")),
        "Пункт 2.3.: срок заканчивается (01.09.2026) раньше, чем начинается (10.09.2026).");
    badRequest(send("rmapicur", HttpMethod.PUT, ROWS + "/" + id, Map.of("role", "psychologist")),
        "Пункт 2.3.: в школе «МБОУ «СОШ № rmapi»» нет сотрудника с ролью «Педагог-психолог»");
    badRequest(send("rmapicur", HttpMethod.PUT, ROWS + "/" + id, Map.of("windowStart", "2025-09-01")),
        "выходит за рамки дорожной карты на 2026/27 учебный год (01.05.2026–31.08.2027)");
    badRequest(send("rmapicur", HttpMethod.PUT, ROWS + "/" + id, Map.of("kind", "SOMETIMES")), "неизвестное значение «SOMETIMES»");
    badRequest(send("rmapicur", HttpMethod.PUT, ROWS + "/" + id, Map.of("stage", "stage-nowhere")), "неизвестный этап программы");
    RoadmapRow unchanged = row(SCHOOL, YEAR, "2.3.");
    assertThat(unchanged.getAction()).startsWith("Формирование банка наставляемых");
    assertThat(unchanged.getWindowStart()).hasToString("2026-08-01");
    assertThat(unchanged.getRole()).isEqualTo(Role.DEPUTY);

    // a waiting row moved: its timer follows
    ResponseEntity<String> moved = send("rmapidep", HttpMethod.PUT, ROWS + "/" + id, Map.of("windowStart", "2026-08-20",
        "windowEnd", "2026-10-15", "stage", "stage-mentee-base"));
    assertThat(moved.getStatusCode().value()).as(body(moved)).isEqualTo(200);
    RoadmapRow bankRow = row(SCHOOL, YEAR, "2.3.");
    assertThat(management.createJobQuery().processInstanceId(bankRow.getProcessInstanceId()).timers().singleResult()
        .getDuedate()).isEqualTo(RoadmapFixtures.mskDate("2026-08-20T00:00"));
    assertThat(noteKinds(bankRow)).contains(RoadmapNote.Kind.CHANGED);

    // an open row given to the curator: its task is replaced, whoever took it keeps it
    RoadmapRow forms = row(SCHOOL, YEAR, "2.1.");
    Task formsTask = rowTask(forms);
    tasks.claim(formsTask.getId(), "rmapidep");
    assertThat(send("rmapicur", HttpMethod.PUT, ROWS + "/" + forms.getId(), Map.of("role", "curator"))
        .getStatusCode().value()).isEqualTo(200);
    Task replaced = rowTask(forms);
    assertThat(replaced.getId()).isNotEqualTo(formsTask.getId());
    assertThat(groups(replaced)).containsExactly("curator");
    assertThat(replaced.getAssignee()).isEqualTo("rmapidep");
    assertThat(replaced.getDueDate()).isEqualTo(RoadmapFixtures.mskDate("2026-08-31T18:00"));
    // a new wording renames the open task
    send("rmapicur", HttpMethod.PUT, ROWS + "/" + forms.getId(), Map.of("action", "Выбор форм наставничества"));
    assertThat(rowTask(forms).getName()).isEqualTo("Дорожная карта, п. 2.1. Выбор форм наставничества");

    // done: no more changes
    as("rmapidep").complete(rowTask(forms).getId(), Map.of("uiResult", "Выбраны формы F1 и F5"));
    ResponseEntity<String> late = send("rmapicur", HttpMethod.PUT, ROWS + "/" + forms.getId(), Map.of("action", "Ещё"));
    conflict(late, "Пункт 2.1. уже выполнен (04.05.2026): закрытый пункт не изменяется.");
    conflict(send("rmapicur", HttpMethod.DELETE, ROWS + "/" + forms.getId(), null), "уже выполнен");
  }

  @Test
  void rowsAreAddedExcludedAndOpenedByTheirEvent() {
    ResponseEntity<String> added = curator.post(ROWS, Map.of("number", "2.12.", "action", "Круглый стол наставников",
        "resultForm", "Протокол", "kind", "DATED", "windowStart", "2026-05-04", "windowEnd", "2026-05-29", "role", "curator"));
    assertThat(added.getStatusCode().value()).as(body(added)).isEqualTo(201);
    JsonNode row = ApiClient.read(added.getBody());
    assertThat(row.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(row.path("source").asText()).isEqualTo("MANUAL");
    RoadmapRow roundTable = row(SCHOOL, YEAR, "2.12.");
    assertThat(rowTask(roundTable).getDueDate()).isEqualTo(RoadmapFixtures.mskDate("2026-05-29T18:00"));
    badRequest(curator.post(ROWS, Map.of("number", "2.13.", "action", "Без сроков", "kind", "DATED", "role", "curator")),
        "Пункт 2.13.: укажите начало и окончание срока.");
    badRequest(curator.post(ROWS, Map.of("number", "2.13.", "action", "Психолог", "kind", "YEAR_ROUND",
        "windowStart", "2026-09-01", "windowEnd", "2027-05-31", "role", "psychologist")), "нет сотрудника с ролью");

    ResponseEntity<String> excluded = send("rmapidep", HttpMethod.DELETE, ROWS + "/" + roundTable.getId(), null);
    assertThat(excluded.getStatusCode().value()).isEqualTo(200);
    assertThat(ApiClient.read(excluded.getBody()).path("status").asText()).isEqualTo("CANCELLED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(roundTable.getProcessInstanceId()).count()).isZero();
    conflict(send("rmapidep", HttpMethod.DELETE, ROWS + "/" + roundTable.getId(), null), "исключён из дорожной карты");

    // an internship is planned: the event row opens, due ten working days later
    RoadmapRow internship = row(SCHOOL, YEAR, "5.2.");
    ResponseEntity<String> triggered = director.post(ROWS + "/" + internship.getId() + "/trigger",
        Map.of("note", "Стажировка молодых педагогов 18 мая"));
    assertThat(triggered.getStatusCode().value()).as(body(triggered)).isEqualTo(200);
    assertThat(rowTask(row(SCHOOL, YEAR, "5.2.")).getDueDate()).isEqualTo(RoadmapFixtures.mskDate("2026-05-19T18:00"));
    badRequest(director.post(ROWS + "/" + row(SCHOOL, YEAR, "3.1.").getId() + "/trigger", Map.of()),
        "начинается по сроку, а не по событию");
  }

  @Test
  void theRoadmapFormEditsRowsAllOrNothing() {
    ResponseEntity<String> opened = curator.post("/api/schools/" + SCHOOL + "/roadmaps/2026-27/edit-task", null);
    assertThat(opened.getStatusCode().value()).as(body(opened)).isEqualTo(201);
    String taskId = ApiClient.read(opened.getBody()).path("taskId").asText();
    ArrayNode lines = (ArrayNode) ApiClient.read(curator.formVariables(taskId).get(RoadmapReviewTasks.ROWS));
    assertThat(lines).hasSize((int) rows.findByRoadmap(roadmap(SCHOOL, YEAR).getId()).size());
    ObjectNode monitoring = (ObjectNode) find(lines, "3.1.");
    assertThat(monitoring.path("statusTitle").asText()).isEqualTo("запланирован");
    assertThat(monitoring.path("stage").asText()).isEqualTo("NONE");

    // one bad line refuses the form: nothing changed, the task stays
    monitoring.put("windowEnd", "2027-03-01");
    ObjectNode added = lines.addObject();
    added.put("number", "3.3.").put("action", "Анкетирование выпускников").put("kind", "DATED")
        .put("windowStart", "2027-04-01").put("windowEnd", "2027-04-30").put("role", "deputy").put("stage", "NONE");
    ResponseEntity<String> refused = curator.post("/api/tasks/" + taskId + "/complete", Map.of(RoadmapReviewTasks.ROWS, lines));
    badRequest(refused, "Пункт 3.1.: срок заканчивается (01.03.2027) раньше, чем начинается (01.04.2027).");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(row(SCHOOL, YEAR, "3.1.").getWindowEnd()).hasToString("2027-05-31");
    assertThat(rows.findByRoadmap(roadmap(SCHOOL, YEAR).getId())).noneMatch(r -> r.getNumber().equals("3.3."));

    monitoring.put("windowEnd", "2027-05-20");
    curator.complete(taskId, Map.of(RoadmapReviewTasks.ROWS, lines));
    assertThat(row(SCHOOL, YEAR, "3.1.").getWindowEnd()).hasToString("2027-05-20");
    RoadmapRow survey = row(SCHOOL, YEAR, "3.3.");
    assertThat(survey.getSource()).isEqualTo("MANUAL");
    assertThat(survey.getProcessInstanceId()).isNotNull();
  }

  @Test
  void progressPageAndDocumentTable() {
    JsonNode progress = curator.json("/api/schools/" + SCHOOL + "/roadmaps/2026-27/progress");
    assertThat(progress.path("academicYear").asText()).isEqualTo("2026/27");
    assertThat(progress.path("rows")).isNotEmpty();
    assertThat(progress.path("byRole")).isNotEmpty();

    ResponseEntity<String> page = html("rmapidir", "/roadmap/" + SCHOOL + "/2026-27");
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("<h1>Дорожная карта МБОУ «СОШ № rmapi» на 2026/27 учебный год</h1>")
        .contains("Заместитель директора по учебной работе").contains("Определение наставнических пар на учебный год")
        .contains("<th>Просрочено</th>");
    assertThat(html("rmapit1", "/roadmap/" + SCHOOL + "/2026-27").getStatusCode().value()).isEqualTo(403);
    assertThat(html("direktor", "/roadmap/" + SCHOOL + "/2026-27").getStatusCode().value()).isEqualTo(403);
    assertThat(rest.getForEntity("/roadmap/" + SCHOOL + "/2026-27", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(html("rmapidir", "/roadmap/" + SCHOOL + "/2031-32").getBody()).contains("не найдена");

    RoadmapTable table = reports.table(SCHOOL, YEAR);
    assertThat(table.title()).isEqualTo("Дорожная карта по реализации системы наставничества педагогических"
        + " работников в МБОУ «СОШ № rmapi» на 2026/27 учебный год");
    assertThat(table.columns()).containsExactly("№ п/п", "Мероприятие", "Форма представления результата", "Сроки",
        "Ответственный", "Статус");
    assertThat(table.sections()).extracting(RoadmapTable.Section::title).startsWith(
        "1. Нормативно-правовое обеспечение введения системы наставничества",
        "2. Организационно-методическое обеспечение введения системы наставничества");
    RoadmapTable.Line pairs = table.sections().get(1).lines().stream().filter(l -> l.number().equals("2.5."))
        .findFirst().orElseThrow();
    assertThat(pairs.cells()).containsExactly("2.5.", "Определение наставнических пар на учебный год",
        "Приказ о наставнических парах на учебный год", "Август (01.08.2026–31.08.2026)",
        Role.DIRECTOR.title(), "предстоит с 01.08.2026");
  }

  // ---------------------------------------------------------------- helpers

  private ResponseEntity<String> send(String login, HttpMethod method, String path, Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setBasicAuth(login, PASSWORD);
    h.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(body, h), String.class);
  }

  private ResponseEntity<String> html(String login, String path) {
    HttpHeaders h = new HttpHeaders();
    h.setBasicAuth(login, PASSWORD);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(h), String.class);
  }

  private static JsonNode find(JsonNode rows, String number) {
    for (JsonNode r : rows) {
      if (r.path("number").asText().equals(number)) {
        return r;
      }
    }
    throw new AssertionError("no row " + number);
  }

  private static String body(ResponseEntity<String> r) {
    return ApiClient.read(r.getBody()).path("message").asText();
  }

  private static void badRequest(ResponseEntity<String> r, String message) {
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    assertThat(body(r)).contains(message);
  }

  private static void conflict(ResponseEntity<String> r, String message) {
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(409);
    assertThat(body(r)).contains(message);
  }
}
