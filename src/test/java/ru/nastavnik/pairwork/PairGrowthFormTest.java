package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.monitoring.GrowthMeasurement;
import ru.nastavnik.monitoring.GrowthMeasurementRepository;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordRepository;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import ru.nastavnik.staff.StaffRepository;

/**
 * Monitoring stage 2 in Tasklist: the mentor enters each mentee's parameters (1–5) at the
 * acquaintance meeting and again in the report at the end, in the tasks' Camunda Forms; the values
 * go to the growth measurements the monitoring report reads. A value outside 1–5, a mentee of
 * another pair or an «after» without its «before» is refused with a Russian message and the task's
 * whole form is not recorded.
 * Its own JVM and context: the schools it creates (with their questionnaires' deadline timers) must
 * not meet the whole-program test's single-school queries.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "nastavnik.test.context=pairwork")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PairGrowthFormTest {

  static final String PASSWORD = "Test#Pass2025";
  static final String PROFESSIONAL = "Профессиональные компетенции";
  static final String MOTIVATION = "Мотивация к профессиональному развитию";
  static final String CONFIDENCE = "Уверенность в организации урока";

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext app;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired PairRepository pairs;
  @Autowired PairMeetingRepository meetings;
  @Autowired GrowthMeasurementRepository growth;
  @Autowired ProgramRecordRepository records;
  @Autowired StaffRepository staff;

  final String today = LocalDate.now().toString();

  @Test
  void theMentorEntersTheMenteesParametersBeforeAndAfterInTheTasksForms() {
    PairWorkSchool.Built school = new PairWorkSchool(app).create(1, 2);
    PairWorkSchool.People people = school.people().get(0);
    String anna = id(people.mentees().get(0));
    String boris = id(people.mentees().get(1));
    new PairWorkSchool(app).startStage(school);
    runDueJobs();
    ApiClient mentor = as(people.mentor());

    // the acquaintance task has its own form with the parameters table, one row per mentee
    JsonNode acquaintance = mentor.task(PairWork.ACQUAINTANCE);
    String taskId = acquaintance.path("id").asText();
    JsonNode form = mentor.json("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.path("id").asText()).isEqualTo("form-acquaintance-meeting");
    assertThat(form.toString()).contains("Исходные показатели наставляемых (до вступления в программу)",
        PROFESSIONAL + " (1–5)", "\"path\":\"uiGrowth\"");
    Map<String, String> shown = mentor.formVariables(taskId);
    assertThat(ApiClient.read(shown.get("uiGrowth"))).extracting(r -> r.path("uiMentee").asText())
        .containsExactlyInAnyOrder(anna, boris);
    assertThat(shown.get("uiMenteeOptions")).contains("Молодова1x1", "Молодова1x2");

    // refused: a value outside 1–5, a fraction, someone not of the pair — nothing recorded, the task stays
    Long outsider = staff.findByUsername("gusevada").orElseThrow().getId();
    List<Object[]> bad = List.of(
        new Object[] {rows(row(anna, 2, 3, 7, null)), "Значение параметра «" + CONFIDENCE + "» — от 1 до 5, указано 7."},
        new Object[] {rows(row(anna, 0, null, null, null)), "Значение параметра «" + PROFESSIONAL + "» — от 1 до 5, указано 0."},
        new Object[] {rows(row(anna, "4.5", null, null, null)), "Значение параметра «" + PROFESSIONAL
            + "» — целое число от 1 до 5, указано «4.5»."},
        new Object[] {rows(row(anna, 2, 2, 2, 2), row(outsider.toString(), 3, null, null, null)),
            "Показатели можно указать только для наставляемых этой пары."});
    for (Object[] b : bad) {
      ResponseEntity<String> refused = mentor.post("/api/tasks/" + taskId + "/complete", meeting("Знакомство", b[0]));
      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
      assertThat(ApiClient.read(refused.getBody()).path("message").asText()).isEqualTo(b[1]);
    }
    assertThat(growth.findByProgram(school.programId())).isEmpty();
    assertThat(meetings.findByPair(people.pairId())).isEmpty();
    assertThat(mentor.tasks(PairWork.ACQUAINTANCE)).hasSize(1);

    // Anna measured on all four, Boris on two: the rows go to the growth measurements, the meeting is logged
    mentor.complete(taskId, meeting("Знакомство, ожидания от работы в группе",
        rows(row(anna, 2, 3, 2, 3), row(boris, 3, null, 1, null))));
    assertThat(meetings.findByPair(people.pairId())).singleElement()
        .satisfies(m -> assertThat(m.getKind()).isEqualTo(PairMeeting.Kind.ACQUAINTANCE));
    Map<String, Integer> before = new HashMap<>();
    growth.findByProgram(school.programId()).forEach(g -> {
      assertThat(g.getAfter()).isNull();
      before.put(g.getStaff().getUsername() + "/" + g.getParameter(), g.getBefore());
    });
    assertThat(before).hasSize(6).containsEntry(people.mentees().get(0) + "/" + CONFIDENCE, 2)
        .containsEntry(people.mentees().get(1) + "/" + CONFIDENCE, 1)
        .containsEntry(people.mentees().get(1) + "/" + PROFESSIONAL, 3)
        .doesNotContainKey(people.mentees().get(1) + "/" + MOTIVATION);

    workToTheReport(school, people, mentor);

    // the report: an «after» for a parameter never measured before is refused, and so is 6; nothing recorded
    JsonNode report = mentor.task(PairWork.MENTOR_REPORT);
    String reportId = report.path("id").asText();
    assertThat(mentor.json("/engine-rest/task/" + reportId + "/deployed-form").toString())
        .contains("Показатели наставляемых по итогам программы");
    Map<String, Object> noBefore = report(rows(row(anna, 4, 4, 4, 4), row(boris, 4, 4, 3, null)));
    ResponseEntity<String> refused = mentor.post("/api/tasks/" + reportId + "/complete", noBefore);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(ApiClient.read(refused.getBody()).path("message").asText()).startsWith("Сначала нужно значение «"
        + MOTIVATION + "» до вступления в программу: изменение считается от него");
    refused = mentor.post("/api/tasks/" + reportId + "/complete", report(rows(row(anna, 4, 6, 4, 4))));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(ApiClient.read(refused.getBody()).path("message").asText())
        .isEqualTo("Значение параметра «" + MOTIVATION + "» — от 1 до 5, указано 6.");
    assertThat(growth.findByProgram(school.programId())).allSatisfy(g -> assertThat(g.getAfter()).isNull());
    assertThat(records.findByProgram(school.programId())).noneMatch(r -> r.getKind() == ProgramRecord.Kind.MENTOR_REPORT);
    assertThat(mentor.tasks(PairWork.MENTOR_REPORT)).hasSize(1);

    mentor.complete(reportId, report(rows(row(anna, 4, 4, 4, 5), row(boris, 4, null, 3, null))));
    runDueJobs();
    assertThat(pairs.findById(people.pairId()).orElseThrow().getStatus()).isEqualTo(MentoringPair.Status.COMPLETED);
    Map<String, Integer> change = new HashMap<>();
    for (GrowthMeasurement g : growth.findByProgram(school.programId())) {
      change.put(g.getStaff().getUsername() + "/" + g.getParameter(), g.change());
    }
    assertThat(change).hasSize(6).containsEntry(people.mentees().get(0) + "/" + CONFIDENCE, 2)
        .containsEntry(people.mentees().get(0) + "/" + MOTIVATION, 1)
        .containsEntry(people.mentees().get(1) + "/" + CONFIDENCE, 2)
        .containsEntry(people.mentees().get(1) + "/" + PROFESSIONAL, 1);

    // the monitoring report reads them: Уверенность: before (2 + 1) / 2, after (4 + 3) / 2, mean change 2
    JsonNode monitoring = as(school.curator()).json("/api/programs/" + school.programId() + "/monitoring-report");
    JsonNode confidence = null;
    for (JsonNode p : monitoring.path("growth")) {
      if (CONFIDENCE.equals(p.path("parameter").asText())) {
        confidence = p;
      }
    }
    assertThat(confidence).as(monitoring.toString()).isNotNull();
    assertThat(confidence.path("averageChange").asDouble()).isEqualTo(2.0);
    // the table never reaches Camunda's history
    assertThat(history.createHistoricVariableInstanceQuery().variableName("uiGrowth").count()).isZero();
  }

  /** Trial, plan (drafted, agreed, approved), one meeting, the checkpoint questionnaires, the final meeting. */
  private void workToTheReport(PairWorkSchool.Built school, PairWorkSchool.People people, ApiClient mentor) {
    mentor.act(PairWork.TRIAL, meeting("Пробная встреча", null));
    mentor.act(PairWork.DRAFT_PLAN, Map.of("meetingDate", today, "uiPlanGoals", "Освоить приёмы организации урока",
        "uiPlanActivities", "Посещение уроков наставника"));
    as(school.deputy()).act(PairWork.AGREE_PLAN, Map.of("decision", "approve"));
    as(school.director()).act(PairWork.APPROVE_PLAN, Map.of("decision", "approve"));
    runDueJobs();
    mentor.act(PairWork.LOG_MEETING, Map.of("meetingKind", "LESSON_VISIT", "meetingDate", today,
        "uiTopic", "Посещение урока", "durationMinutes", 45, "workFinished", true));
    mentor.act(QuestionnaireProcess.FILL, Map.of("uiSatisfaction", "5", "uiMenteeProgress", "4",
        "uiMenteeEngagement", "5", "uiSupport", "4", "uiWorkload", "fine", "uiContinueNextYear", "yes"));
    for (String mentee : people.mentees()) {
      as(mentee).act(QuestionnaireProcess.FILL, Map.of("uiSatisfaction", "5", "uiUsefulness", "4",
          "uiApplyExperience", "4", "uiClimate", "5", "uiMeetingsRegular", "yes", "uiMostUseful", "Посещение уроков"));
    }
    runDueJobs();
    mentor.act(PairWork.FINAL_MEETING, meeting("Итоговая встреча", null));
  }

  private Map<String, Object> meeting(String topic, Object growthRows) {
    Map<String, Object> v = new HashMap<>(Map.of("meetingDate", today, "uiTopic", topic, "durationMinutes", 45));
    if (growthRows != null) {
      v.put("uiGrowth", growthRows);
    }
    return v;
  }

  private static Map<String, Object> report(Object growthRows) {
    return Map.of("uiReport", "План выполнен", "uiGrowth", growthRows);
  }

  private static List<Map<String, Object>> rows(Map<String, Object>... rows) {
    return List.of(rows);
  }

  private static Map<String, Object> row(String mentee, Object professional, Object motivation, Object confidence,
      Object collective) {
    Map<String, Object> r = new HashMap<>();
    r.put("uiMentee", mentee);
    r.put("uiProfessional", professional);
    r.put("uiMotivation", motivation);
    r.put("uiConfidence", confidence);
    r.put("uiCollective", collective);
    return r;
  }

  private String id(String username) {
    return staff.findByUsername(username).orElseThrow().getId().toString();
  }

  private ApiClient as(String user) {
    return new ApiClient(rest, user, PASSWORD);
  }

  private void runDueJobs() {
    ru.nastavnik.engine.DueJobs.run(management, 20);
  }
}
