package ru.nastavnik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.e2e.DemoAnswers;
import ru.nastavnik.program.ProgramProcess.MenteeBase;
import ru.nastavnik.program.ProgramProcess.MentorSelection;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.program.ProgramProcess.Pairs;
import ru.nastavnik.program.ProgramProcess.Preparation;
import ru.nastavnik.program.ProgramProcess.Support;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import ru.nastavnik.staff.StaffRepository;

/**
 * Drives the demo school's program through the REST API as the real roles do, far enough for the
 * pairs to be at work: Гусева with Смирнова (a pair), Абрамова and Захаров with Орлова (a group),
 * Коваленко — left without a pair — with Алексеева after the search.
 */
final class ProgramDriver {

  static final String PASSWORD = "Test#Pass2025";
  static final String SCHOOL = "starica";
  static final Set<String> MENTOR_KEYS = Set.of(PairWork.ACQUAINTANCE, PairWork.TRIAL, PairWork.DRAFT_PLAN,
      PairWork.LOG_MEETING, PairWork.FINAL_MEETING, PairWork.MENTOR_REPORT);

  /** What Гусева and Абрамова write in the diagnostics: their own words, traceable to them alone. */
  static final String GUSEVA_REQUEST = "Как удержать внимание шестиклассников на уроке литературы";
  static final String ABRAMOVA_REQUEST = "Хочу освоить электронный журнал и онлайн-тесты для проверки";

  private final TestRestTemplate rest;
  private final StaffRepository staff;
  private final ManagementService management;
  final String today = LocalDate.now().toString();

  ProgramDriver(TestRestTemplate rest, StaffRepository staff, ManagementService management) {
    this.rest = rest;
    this.staff = staff;
    this.management = management;
  }

  ApiClient as(String user) {
    return new ApiClient(rest, user, PASSWORD);
  }

  String id(String username) {
    return staff.findByUsername(username).orElseThrow().getId().toString();
  }

  /** Stages I–IV for the given year; returns the program id. */
  long startAndFormPairs(String year) {
    long programId = startAndRecordConsents(year, List.of("gusevada", "abramovapi", "zakharovmo", "kovalenkoiv"));
    answerDiagnostics("gusevada", GUSEVA_REQUEST);
    answerDiagnostics("abramovapi", ABRAMOVA_REQUEST);
    closeDiagnosticsAndApproveBase();
    List<String> candidates = List.of("smirnovaon", "orlovali", "alekseevaya");
    selectCandidates(candidates);
    interviewAll();
    trainAndAppoint(candidates);
    formAndApprovePairs();
    ApiClient curator = as("kurator");
    as("psiholog").act(Support.SUPPORT, Map.of("supportForm", "Индивидуальная консультация", "supportDate", today));
    curator.act(Support.CONTINUE_SEARCH, Map.of("searchDecision", "found", "mentorId", id("alekseevaya"),
        "interactionForm", "F1"));
    as("direktor").act(Support.APPROVE_PAIR, Map.of("decision", "approve"));
    return programId;
  }

  /** Stage I, and stage II with the given mentees (all give consent); returns the program id. */
  long startWithMenteeBase(String year, List<String> mentees) {
    long programId = startAndRecordConsents(year, mentees);
    closeDiagnosticsAndApproveBase();
    return programId;
  }

  /**
   * Stage I, and stage II up to the diagnostics: the given mentees give consent and the diagnostics
   * questionnaire goes out to them; returns the program id.
   */
  long startAndRecordConsents(String year, List<String> mentees) {
    ApiClient director = as("direktor");
    ApiClient deputy = as("zavuch");
    ApiClient curator = as("kurator");
    ResponseEntity<String> started = director.post("/api/schools/" + SCHOOL + "/programs", Map.of("academicYear", year));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    long programId = ApiClient.read(started.getBody()).path("id").asLong();

    runDueJobs();
    director.act(Preparation.ISSUE_ORDER, Map.of("regulationApproved", true));
    director.act(Preparation.APPOINT_CURATOR, Map.of("curatorId", id("kurator")));
    runDueJobs();
    director.act(Preparation.SIGN_CURATOR_ORDER, Map.of("decision", "approve"));
    deputy.act(Preparation.CHOOSE_FORMS, Map.of("interactionForms", List.of("F1", "F5")));
    curator.act(Preparation.INFORM_STAFF, Map.of("councilDate", today, "protocolNumber", "3",
        "informChannels", List.of("Педагогический совет")));

    curator.act(MenteeBase.SELECT_MENTEES, Map.of("menteeIds", mentees.stream().map(this::id).toList()));
    curator.act(MenteeBase.RECORD_CONSENTS, Map.of("consentedIds", mentees.stream().map(this::id).toList(),
        "consentDate", today, "consentMethod", "письменно (бумажный бланк)"));
    return programId;
  }

  /** A mentee fills the diagnostics questionnaire; {@code request} is their own words. */
  void answerDiagnostics(String login, String request) {
    ApiClient mentee = as(login);
    JsonNode task = mentee.task(QuestionnaireProcess.FILL);
    mentee.complete(task.path("id").asText(), DemoAnswers.diagnostics(List.of("lesson", "parents"), 2, request));
  }

  /** The deadline of the open collection passes (its timer fires), the rest of the stage runs. */
  void deadlinePasses() {
    management.executeJob(management.createJobQuery().timers().activityId(QuestionnaireProcess.DEADLINE)
        .singleResult().getId());
    runDueJobs();
  }

  /** The diagnostics close at their deadline; the deputy approves the base and the analytic note. */
  void closeDiagnosticsAndApproveBase() {
    if (management.createJobQuery().timers().activityId(QuestionnaireProcess.DEADLINE).count() > 0) {
      deadlinePasses();
    }
    runDueJobs();
    as("zavuch").act(MenteeBase.APPROVE_BASE, Map.of("decision", "approve",
        "uiDiagnosticsSummary", "Основные дефициты: организация урока, работа с родителями"));
  }

  /** The curator names the candidates; each fills the mentor questionnaire, the interviews open. */
  void selectCandidates(List<String> candidates) {
    as("kurator").act(MentorSelection.SELECT_CANDIDATES, Map.of("candidateIds", candidates.stream().map(this::id).toList()));
    for (String login : candidates) {
      answerMentorQuestionnaire(login);
    }
    runDueJobs();
  }

  void answerMentorQuestionnaire(String login) {
    ApiClient candidate = as(login);
    JsonNode task = candidate.task(QuestionnaireProcess.FILL);
    candidate.complete(task.path("id").asText(), DemoAnswers.mentorQuestionnaire());
  }

  /** The deputy interviews every candidate still waiting and recommends them (Орлова may take two mentees). */
  void interviewAll() {
    ApiClient deputy = as("zavuch");
    for (JsonNode interview : deputy.tasks(MentorSelection.INTERVIEW)) {
      String candidate = deputy.formVariables(interview.path("id").asText()).get(MentorSelection.CANDIDATE_ID);
      Map<String, Object> values = new HashMap<>(Map.of("uiInterest", "2", "uiEmpathy", "2", "uiFeedback", "1",
          "uiResilience", "2", "uiTime", "1", "uiCooperation", "2", "uiConsent", "yes",
          "uiRecommendation", "recommend"));
      values.put("uiCapacity", candidate.equals(id("orlovali")) ? "2" : "1");
      values.put("uiComment", interviewComment(candidate));
      deputy.complete(interview.path("id").asText(), values);
    }
    runDueJobs();
  }

  /** The interviewer's comment about a candidate (by staff id): words about that candidate alone. */
  static String interviewComment(String candidateId) {
    return "Готовность подтверждена, наблюдение №" + (7000 + Long.parseLong(candidateId)) + " по итогам беседы";
  }

  void trainAndAppoint(List<String> mentors) {
    as("kurator").act(MentorSelection.RECORD_TRAINING, Map.of("trainedIds", mentors.stream().map(this::id).toList(),
        "trainingDate", today));
    runDueJobs();
    as("direktor").act(MentorSelection.APPOINT_MENTORS, Map.of("decision", "approve"));
    runDueJobs();
  }

  /** Гусева with Смирнова, Абрамова and Захаров with Орлова; consents; the director's order. */
  void formAndApprovePairs() {
    runDueJobs();
    ApiClient curator = as("kurator");
    JsonNode formPairs = curator.task(Pairs.FORM_PAIRS);
    curator.complete(formPairs.path("id").asText(), Map.of("pairs", List.of(
        pair("gusevada", "smirnovaon", "F5"), pair("abramovapi", "orlovali", "F1"), pair("zakharovmo", "orlovali", "F1"))));
    JsonNode consentTask = curator.task(Pairs.CONFIRM_CONSENTS);
    List<String> pairIds = new ArrayList<>();
    ApiClient.read(curator.formVariables(consentTask.path("id").asText()).get("uiPairOptions"))
        .forEach(o -> pairIds.add(o.path("value").asText()));
    curator.complete(consentTask.path("id").asText(), Map.of("consentedPairIds", pairIds, "consentDate", today));
    runDueJobs();
    as("direktor").act(Pairs.APPROVE_PAIRS, Map.of("decision", "approve"));
  }

  Map<String, Object> pair(String mentee, String mentor, String form) {
    return Map.of("menteeId", id(mentee), "mentorId", id(mentor), "interactionForm", form);
  }

  /** The pairs' processes start; each mentor holds the first three meetings and the plan is approved. */
  void pairsAtWork(List<String> mentors) {
    runDueJobs();
    ApiClient deputy = as("zavuch");
    ApiClient director = as("direktor");
    for (int round = 0; round < 20; round++) {
      boolean worked = false;
      for (String login : mentors) {
        ApiClient mentor = as(login);
        for (JsonNode task : mentor.tasks()) {
          String key = task.path("taskDefinitionKey").asText();
          String taskId = task.path("id").asText();
          switch (key) {
            case PairWork.DRAFT_PLAN -> mentor.complete(taskId, Map.of("meetingDate", today,
                "uiPlanGoals", "Освоить приёмы организации урока", "uiPlanActivities", "Посещение уроков наставника"));
            case PairWork.ACQUAINTANCE, PairWork.TRIAL -> mentor.complete(taskId, Map.of("meetingDate", today,
                "uiTopic", "Встреча", "durationMinutes", 40, "uiOutcome", "Договорились о следующих шагах"));
            default -> {
              continue;
            }
          }
          worked = true;
        }
      }
      for (JsonNode task : deputy.tasks(PairWork.AGREE_PLAN)) {
        worked = true;
        deputy.complete(task.path("id").asText(), Map.of("decision", "approve"));
      }
      for (JsonNode task : director.tasks(PairWork.APPROVE_PLAN)) {
        worked = true;
        director.complete(task.path("id").asText(), Map.of("decision", "approve"));
      }
      runDueJobs(); // the route map of an approved plan is generated in a job
      if (!worked) {
        return;
      }
    }
  }

  /** The mentor logs a meeting of their pair (the pair stays at work unless finished). */
  void logMeeting(String mentorLogin, String topic, String outcome, boolean finished) {
    ApiClient mentor = as(mentorLogin);
    mentor.act(PairWork.LOG_MEETING, Map.of("meetingKind", "CONSULTATION", "meetingDate", today,
        "uiTopic", topic, "uiOutcome", outcome, "durationMinutes", 45, "workFinished", finished));
  }

  /** Runs the jobs that are due now (the asynchronous start of each pair's process). */
  void runDueJobs() {
    ru.nastavnik.engine.DueJobs.run(management, 20);
  }

  static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
