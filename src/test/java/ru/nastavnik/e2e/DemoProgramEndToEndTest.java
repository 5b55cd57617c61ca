package ru.nastavnik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.demo.DemoDataLoader;
import ru.nastavnik.monitoring.EffectivenessScoreRepository;
import ru.nastavnik.monitoring.NominationRepository;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairwork.PairMeetingRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.Completion;
import ru.nastavnik.program.ProgramProcess.MenteeBase;
import ru.nastavnik.program.ProgramProcess.MentorSelection;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.program.ProgramProcess.Pairs;
import ru.nastavnik.program.ProgramProcess.Preparation;
import ru.nastavnik.program.ProgramProcess.Support;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordRepository;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.questionnaire.AnalyticNote;
import ru.nastavnik.questionnaire.AnalyticNoteService;
import ru.nastavnik.questionnaire.QuestionnaireCatalogue;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import ru.nastavnik.staff.StaffRepository;

/**
 * The whole program for the demo school, driven through the REST API as the real roles would:
 * the director, the deputy, the curator, the psychologist and the mentors each work their own
 * tasks, from the first order to the last, and the domain records what they did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoProgramEndToEndTest {

  static final String PASSWORD = "Test#Pass2025";
  static final String SCHOOL = "starica";

  @Autowired TestRestTemplate rest;
  @Autowired StaffRepository staff;
  @Autowired ProgramRepository programs;
  @Autowired ProgramRecordRepository records;
  @Autowired MenteeProfileRepository mentees;
  @Autowired MentorProfileRepository mentors;
  @Autowired PairRepository pairs;
  @Autowired PairMeetingRepository meetings;
  @Autowired ConsentRepository consents;
  @Autowired EffectivenessScoreRepository scores;
  @Autowired NominationRepository nominations;
  @Autowired ru.nastavnik.monitoring.PairOutcomeRepository pairOutcomes;
  @Autowired ru.nastavnik.documents.DocumentRepository documents;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired AnalyticNoteService notes;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  final String today = LocalDate.now().toString();

  ApiClient as(String user) {
    return new ApiClient(rest, user, PASSWORD);
  }

  String id(String username) {
    return staff.findByUsername(username).orElseThrow().getId().toString();
  }

  @Test
  void theDemoSchoolRunsAWholeProgramFromTheFirstOrderToTheLast() {
    ApiClient director = as("direktor");
    ApiClient deputy = as("zavuch");
    ApiClient curator = as("kurator");
    ApiClient psychologist = as("psiholog");
    String year = DemoDataLoader.currentAcademicYear(LocalDate.now());

    // the director starts the program of this academic year; a second one is refused
    ResponseEntity<String> started = director.post("/api/schools/" + SCHOOL + "/programs", Map.of("academicYear", year));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    long programId = ApiClient.read(started.getBody()).path("id").asLong();
    ResponseEntity<String> second = director.post("/api/schools/" + SCHOOL + "/programs", Map.of("academicYear", year));
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    assertThat(ApiClient.read(second.getBody()).path("message").asText()).contains("уже запущена");
    assertThat(programs.findBySchool(SCHOOL)).hasSize(1);

    // ---- I. preparation: the order is generated (a background job) with the register's number
    runDueJobs();
    JsonNode order = director.task(Preparation.ISSUE_ORDER);
    Map<String, String> orderView = director.formVariables(order.path("id").asText());
    assertThat(orderView.get("uiOrderNumber")).matches("\\d+-од");
    int organisationNumber = Integer.parseInt(orderView.get("uiOrderNumber").replace("-од", ""));
    assertThat(orderView.get("uiRegulationOrderNumber")).isEqualTo((organisationNumber + 1) + "-од");
    director.act(Preparation.ISSUE_ORDER, Map.of("regulationApproved", true));

    JsonNode appoint = director.task(Preparation.APPOINT_CURATOR);
    assertThat(director.formVariables(appoint.path("id").asText()).get("uiStaffOptions")).contains("Кравченко Н. С.");
    director.complete(appoint.path("id").asText(), Map.of("curatorId", id("kurator")));
    // the curator's order comes from the register too: the next number after the two orders of stage I
    runDueJobs();
    JsonNode curatorOrder = director.task(Preparation.SIGN_CURATOR_ORDER);
    Map<String, String> curatorOrderView = director.formVariables(curatorOrder.path("id").asText());
    assertThat(curatorOrderView.get("uiCuratorName")).isEqualTo("Кравченко Наталья Сергеевна");
    assertThat(curatorOrderView.get("uiOrderNumber")).isEqualTo((organisationNumber + 2) + "-од");
    director.act(Preparation.SIGN_CURATOR_ORDER, Map.of("decision", "approve"));
    deputy.act(Preparation.CHOOSE_FORMS, Map.of("interactionForms", List.of("F1", "F5")));
    // a form with a missing field: a Russian message naming it, nothing changed
    JsonNode inform = curator.task(Preparation.INFORM_STAFF);
    ResponseEntity<String> incomplete = curator.post("/api/tasks/" + inform.path("id").asText() + "/complete",
        Map.of("councilDate", today));
    assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(incomplete.getBody()).path("message").asText()).contains("«Номер протокола»");
    assertThat(curator.tasks(Preparation.INFORM_STAFF)).hasSize(1);
    curator.act(Preparation.INFORM_STAFF, Map.of("councilDate", today, "protocolNumber", "3",
        "informChannels", List.of("Педагогический совет", "Сайт школы")));

    // ---- II. mentee base: five named, four give consent
    List<String> menteeLogins = List.of("gusevada", "abramovapi", "zakharovmo", "kovalenkoiv", "savchenkoav");
    curator.act(MenteeBase.SELECT_MENTEES, Map.of("menteeIds", menteeLogins.stream().map(this::id).toList()));
    curator.act(MenteeBase.RECORD_CONSENTS, Map.of("consentedIds", menteeLogins.subList(0, 4).stream().map(this::id).toList(),
        "consentDate", today, "consentMethod", "письменно (бумажный бланк)"));
    // the diagnostics go out to the four in the base: two answer, the deadline closes the rest
    assertThat(as("kovalenkoiv").tasks(QuestionnaireProcess.FILL)).hasSize(1);
    answerDiagnostics("gusevada", List.of("lesson", "discipline", "parents"), 2);
    answerDiagnostics("abramovapi", List.of("lesson", "digital"), 4);
    management.executeJob(management.createJobQuery().timers().activityId(QuestionnaireProcess.DEADLINE)
        .singleResult().getId());
    assertThat(as("kovalenkoiv").tasks(QuestionnaireProcess.FILL)).isEmpty();
    runDueJobs();
    JsonNode approveBase = deputy.task(MenteeBase.APPROVE_BASE);
    assertThat(deputy.formVariables(approveBase.path("id").asText()).get("uiAnalyticNote"))
        .contains("Опрошено педагогов: 4, ответили: 2 (50 %). Не ответили: ")
        .contains("— Организация и проведение урока — 2 (100 %);");
    deputy.complete(approveBase.path("id").asText(), Map.of("decision", "approve", "uiDiagnosticsSummary",
        "Основные дефициты: организация урока, работа с родителями"));
    // the approved analytic note is a document of the school, with the diagnostics' figures
    JsonNode notesList = curator.json("/api/schools/" + SCHOOL + "/documents?kind=ANALYTIC_NOTE");
    assertThat(notesList).hasSize(1);
    ResponseEntity<byte[]> noteDocx = rest.withBasicAuth("kurator", PASSWORD).getForEntity(
        "/api/documents/" + notesList.get(0).path("id").asText() + "/docx", byte[].class);
    assertThat(noteDocx.getStatusCode().value()).isEqualTo(200);
    assertThat(ru.nastavnik.documents.DocxRead.text(noteDocx.getBody())).contains("АНАЛИТИЧЕСКАЯ СПРАВКА", "о профессиональных дефицитах педагогов");

    // ---- III. mentors: four candidates, one rejected with a reason
    List<String> candidates = List.of("smirnovaon", "orlovali", "alekseevaya", "tarasovavi");
    curator.act(MentorSelection.SELECT_CANDIDATES, Map.of("candidateIds", candidates.stream().map(this::id).toList()));
    // the candidates' questionnaire: three answer, the deadline closes the fourth
    for (String login : candidates.subList(0, 3)) {
      answerMentorQuestionnaire(login);
    }
    management.executeJob(management.createJobQuery().timers().activityId(QuestionnaireProcess.DEADLINE)
        .singleResult().getId());
    runDueJobs();
    // the interviews on readiness; the selection criteria table decides after the last one
    List<JsonNode> interviews = deputy.tasks(MentorSelection.INTERVIEW);
    assertThat(interviews).hasSize(4);
    for (JsonNode interview : interviews) {
      Map<String, String> shown = deputy.formVariables(interview.path("id").asText());
      String candidate = shown.get(MentorSelection.CANDIDATE_ID);
      assertThat(shown.get("uiSubject")).contains("стаж");
      Map<String, Object> values = new HashMap<>(Map.of("uiInterest", "2", "uiEmpathy", "2", "uiFeedback", "1",
          "uiResilience", "2", "uiTime", "1", "uiCooperation", "2", "uiConsent", "yes"));
      if (candidate.equals(id("tarasovavi"))) {
        values.put("uiRecommendation", "notRecommend");
        values.put("uiCapacity", "1");
        values.put("uiComment", "Не готова к дополнительной нагрузке в этом году");
      } else {
        values.put("uiRecommendation", "recommend");
        values.put("uiCapacity", candidate.equals(id("orlovali")) ? "2" : "1");
      }
      deputy.complete(interview.path("id").asText(), values);
    }
    curator.act(MentorSelection.RECORD_TRAINING, Map.of("trainedIds",
        List.of(id("smirnovaon"), id("orlovali"), id("alekseevaya")), "trainingDate", today));
    runDueJobs();
    // each trained mentor has a training certificate with the number recorded at the training
    JsonNode certificates = curator.json("/api/schools/" + SCHOOL + "/documents?kind=TRAINING_CERTIFICATE");
    assertThat(certificates).hasSize(3);
    certificates.forEach(c -> assertThat(c.path("title").asText()).isNotBlank());
    director.act(MentorSelection.APPOINT_MENTORS, Map.of("decision", "approve"));

    // ---- IV. pairs: the matching proposes (a background job) with reasons; the curator changes the
    // proposal, a rejected candidate cannot mentor, Kovalenko is left without a pair
    runDueJobs();
    JsonNode formPairs = curator.task(Pairs.FORM_PAIRS);
    Map<String, String> proposal = curator.formVariables(formPairs.path("id").asText());
    assertThat(ApiClient.read(proposal.get(Pairs.ROWS))).as(proposal.get("uiProposalReasons")).hasSizeBetween(3, 4);
    assertThat(proposal.get("uiProposalReasons")).contains("баллов").contains("Совпадение предмета");
    ResponseEntity<String> wrongMentor = curator.post("/api/tasks/" + formPairs.path("id").asText() + "/complete",
        Map.of("pairs", List.of(pair("kovalenkoiv", "tarasovavi", "F3"))));
    assertThat(wrongMentor.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(wrongMentor.getBody()).path("message").asText()).contains("не назначен наставником");
    curator.complete(formPairs.path("id").asText(), Map.of("pairs", List.of(
        pair("gusevada", "smirnovaon", "F5"), pair("abramovapi", "orlovali", "F1"), pair("zakharovmo", "orlovali", "F1"))));
    JsonNode consentTask = curator.task(Pairs.CONFIRM_CONSENTS);
    List<String> pairIds = new ArrayList<>();
    ApiClient.read(curator.formVariables(consentTask.path("id").asText()).get("uiPairOptions"))
        .forEach(o -> pairIds.add(o.path("value").asText()));
    assertThat(pairIds).hasSize(2);
    curator.complete(consentTask.path("id").asText(), Map.of("consentedPairIds", pairIds, "consentDate", today));
    runDueJobs();
    director.act(Pairs.APPROVE_PAIRS, Map.of("decision", "approve"));

    // the mentee without a pair: the psychologist supports, the curator finds a mentor, the director approves
    psychologist.act(Support.SUPPORT, Map.of("supportForm", "Индивидуальная консультация", "supportDate", today));
    // «Продолжить поиск»: the matching for this mentee only, against the free places (the pairs
    // just approved keep theirs): Alekseeva is the one mentor with room
    Map<String, String> search = curator.formVariables(curator.task(Support.CONTINUE_SEARCH).path("id").asText());
    assertThat(search.get("mentorId")).as(search.get("uiProposal")).isEqualTo(id("alekseevaya"));
    assertThat(search.get("uiProposal")).contains("Подбор предлагает наставника").contains("баллов");
    assertThat(pairs.findByProgramAndStatus(programId, List.of(MentoringPair.Status.APPROVED))).hasSize(2);
    curator.act(Support.CONTINUE_SEARCH, Map.of("searchDecision", "found", "mentorId", id("alekseevaya"),
        "interactionForm", "F1"));
    director.act(Support.APPROVE_PAIR, Map.of("decision", "approve"));

    // ---- V. work of the pairs (each pair's process starts in its own job)
    runDueJobs();
    // monitoring, stage 1: the curator's feedback questionnaire, then the mid-year monitoring
    curator.act(QuestionnaireProcess.FILL, Map.of("uiGoals", "5", "uiPrinciples", "4", "uiModernApproaches", "4",
        "uiClimate", "5", "uiPairsOnPlan", "all", "uiStrengths", "Пары работают по планам", "uiWeaknesses", "Мало открытых уроков"));
    runDueJobs();
    curator.act(PairWork.MID_YEAR_MONITORING, Map.of("monitoringDate", today, "respondents", 7,
        "uiMonitoringSummary", "Участники удовлетворены работой пар"));
    JsonNode meeting = as("smirnovaon").task(PairWork.ACQUAINTANCE);
    workOfThePairs(List.of("smirnovaon", "orlovali", "alekseevaya"), deputy, director);

    // a task already completed: a clear message, nothing changed
    ResponseEntity<String> again = as("smirnovaon").post("/api/tasks/" + meeting.path("id").asText() + "/complete",
        Map.of("meetingDate", today, "uiTopic", "Повтор"));
    assertThat(again.getStatusCode().value()).isEqualTo(404);
    assertThat(ApiClient.read(again.getBody()).path("message").asText()).contains("Обновите список задач");

    // ---- VI. completion
    // the exit questionnaire: the mentors and the mentees who worked in pairs; one mentee wants to mentor
    for (String login : List.of("smirnovaon", "orlovali", "alekseevaya", "gusevada", "abramovapi", "kovalenkoiv",
        "zakharovmo")) {
      ApiClient participant = as(login);
      participant.tasks(QuestionnaireProcess.FILL).stream().filter(DemoProgramEndToEndTest::isExitQuestionnaire)
          .forEach(t -> participant.complete(t.path("id").asText(),
              exitAnswers("zakharovmo".equals(login) ? "yes" : "no")));
    }
    // everyone answered: the collection closes in a job
    runDueJobs();
    Map<String, Object> indicators = new HashMap<>();
    int[] given = {2, 2, 1, 2, 2, 2, 1, 2, 1};
    for (int i = 0; i < given.length; i++) {
      indicators.put("indicator" + (i + 1), String.valueOf(given[i]));
    }
    curator.act(Completion.SCORE, indicators);
    MentoringPair groupPair = pairs.findByProgram(programId).stream()
        .filter(p -> p.getMentor().getUsername().equals("orlovali") && p.getStatus() == MentoringPair.Status.COMPLETED)
        .findFirst().orElseThrow();
    String groupPairId = groupPair.getId().toString();
    // the final event with its materials; a practice from the group's work joins the school's collection
    deputy.act(Completion.FINAL_EVENT, Map.of("eventFormat", "Итоговая конференция", "eventDate", today,
        "participants", 25, "uiMaterials", "Программа итоговой конференции. Протокол № 1: выступили наставники и наставляемые.",
        Completion.PRACTICE_ROWS, List.of(Map.of("title", "Чек-лист взаимопосещения уроков", "pairId", groupPairId,
            "description", "Двенадцать пунктов наблюдения за уроком молодого учителя"))));
    // nominations: a rejected candidate cannot be «Наставник года» — refused, nothing stored
    String nominateTask = curator.task(Completion.NOMINATE).path("id").asText();
    assertThat(curator.post("/api/tasks/" + nominateTask + "/claim", null).getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> notAMentor = curator.post("/api/tasks/" + nominateTask + "/complete",
        Map.of(Completion.MENTORS_OF_THE_YEAR, List.of(id("tarasovavi")), Completion.BEST_PAIRS, List.of(groupPairId)));
    assertThat(notAMentor.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(notAMentor.getBody()).path("message").asText())
        .contains("не был назначен наставником в этой программе");
    assertThat(nominations.findByProgram(programId)).isEmpty();
    ResponseEntity<String> nominated = curator.post("/api/tasks/" + nominateTask + "/complete",
        Map.of(Completion.MENTORS_OF_THE_YEAR, List.of(id("orlovali")), Completion.BEST_PAIRS, List.of(groupPairId)));
    assertThat(nominated.getStatusCode().value()).as(nominated.getBody()).isEqualTo(204);
    // the summing-up: a row per pair that worked, prefilled; every pair needs its answer
    String sumUpTask = curator.task(Completion.SUM_UP_PAIRS).path("id").asText();
    List<Map<String, Object>> outcomes = new java.util.ArrayList<>();
    ApiClient.read(curator.formVariables(sumUpTask).get(Completion.OUTCOME_ROWS)).forEach(r -> outcomes.add(Map.of(
        "pairId", r.path("pairId").asText(), "goalsReached", r.path("pairId").asText().equals(groupPairId) ? "partly" : "yes",
        "comment", "Итоги обсуждены на итоговой встрече")));
    assertThat(outcomes).hasSize(3);
    assertThat(curator.post("/api/tasks/" + sumUpTask + "/claim", null).getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> incompleteSumUp = curator.post("/api/tasks/" + sumUpTask + "/complete",
        Map.of(Completion.OUTCOME_ROWS, outcomes.subList(0, 2)));
    assertThat(incompleteSumUp.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(incompleteSumUp.getBody()).path("message").asText()).startsWith("Подведите итоги пары");
    ResponseEntity<String> summedUp = curator.post("/api/tasks/" + sumUpTask + "/complete",
        Map.of(Completion.OUTCOME_ROWS, outcomes));
    assertThat(summedUp.getStatusCode().value()).as(summedUp.getBody()).isEqualTo(204);
    // whoever answered «Да» to «Хотели бы вы в будущем стать наставником?» comes pre-selected
    JsonNode longTerm = curator.task(Completion.LONG_TERM_BASE);
    assertThat(curator.json("/api/tasks/" + longTerm.path("id").asText() + "/form-variables")
        .path("futureMentorIds").toString()).contains(id("zakharovmo"));
    curator.act(Completion.LONG_TERM_BASE, Map.of("futureMentorIds", List.of(id("zakharovmo"))));
    runDueJobs();
    director.act(Completion.AWARD_ORDER, Map.of());
    runDueJobs();
    director.act(Completion.RESULTS_ORDER, Map.of());

    // monitoring: growth of a mentee before and after, a score per pair, the school's report
    for (Object[] m : new Object[][] {{"before", 2}, {"after", 4}}) {
      assertThat(curator.post("/api/programs/" + programId + "/growth", Map.of("staffId", id("gusevada"),
          "parameter", "Уверенность в организации урока", "stage", m[0], "value", m[1])).getStatusCode().value())
          .isEqualTo(200);
    }
    for (MentoringPair p : pairs.findByProgram(programId)) {
      if (p.getStatus() == MentoringPair.Status.COMPLETED) {
        assertThat(curator.post("/api/programs/" + programId + "/pairs/" + p.getId() + "/effectiveness",
            Map.of("scores", List.of(2, 2, 1, 2, 2, 2, 1, 2, 1))).getStatusCode().value()).isEqualTo(200);
      }
    }
    JsonNode report = director.json("/api/programs/" + programId + "/monitoring-report");
    assertThat(report.path("growth").get(0).path("averageChange").asDouble()).isEqualTo(2.0);
    assertThat(report.path("levels").path("оптимальный").asInt()).isEqualTo(3);
    // the pairs' outcomes summed up in stage VI, each with its members and their growth
    JsonNode results = report.path("pairResults");
    assertThat(results).hasSize(3);
    results.forEach(r -> {
      assertThat(r.path("goals").asText()).isEqualTo(r.path("pairId").asText().equals(groupPairId) ? "partly" : "yes");
      assertThat(r.path("comment").asText()).isEqualTo("Итоги обсуждены на итоговой встрече");
      assertThat(r.path("total").asInt()).isEqualTo(15);
    });
    assertThat(java.util.stream.StreamSupport.stream(results.spliterator(), false)
        .flatMap(r -> java.util.stream.StreamSupport.stream(r.path("growth").spliterator(), false))
        .map(g -> g.path("before").asInt() + "→" + g.path("after").asInt())).containsExactly("2→4");
    assertThat(rest.withBasicAuth("direktor", PASSWORD)
        .getForEntity("/api/programs/" + programId + "/monitoring-report/page", String.class).getBody())
        .contains("Итоги работы наставнических пар", "достигнуты частично", "Итоги обсуждены на итоговой встрече");
    Map<String, Integer> rates = new HashMap<>();
    report.path("responseRates").forEach(r -> rates.put(r.path("templateCode").asText(), r.path("percent").asInt()));
    assertThat(rates).containsEntry("feedback-curator", 100).containsEntry("feedback-mentor", 100)
        .containsEntry("feedback-mentee", 0);

    tx.executeWithoutResult(status -> verifyRecorded(programId));
  }

  /** What the domain recorded, read in one transaction. */
  private void verifyRecorded(long programId) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    assertThat(program.getStatus()).isEqualTo(MentoringProgram.Status.COMPLETED);
    assertThat(program.getEffectivenessTotal()).isEqualTo(15);
    assertThat(program.getEffectivenessLevel()).isEqualTo("оптимальный");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(program.getBusinessKey()).count()).isZero();
    assertThat(records.findByProgram(programId)).extracting(ProgramRecord::getKind).contains(
        ProgramRecord.Kind.ORDER_ORGANISATION, ProgramRecord.Kind.ORDER_REGULATION, ProgramRecord.Kind.ORDER_CURATOR,
        ProgramRecord.Kind.STAFF_INFORMED, ProgramRecord.Kind.ANALYTIC_NOTE, ProgramRecord.Kind.ORDER_MENTORS,
        ProgramRecord.Kind.ORDER_PAIRS, ProgramRecord.Kind.MENTEE_SUPPORT, ProgramRecord.Kind.INDIVIDUAL_PLAN,
        ProgramRecord.Kind.MIDYEAR_MONITORING, ProgramRecord.Kind.MENTOR_REPORT, ProgramRecord.Kind.FINAL_EVENT,
        ProgramRecord.Kind.ORDER_AWARDS, ProgramRecord.Kind.ORDER_RESULTS);
    // every order of the program carries the next number of the school's register
    List<String> orderNumbers = records.findByProgram(programId).stream()
        .filter(r -> r.getKind().name().startsWith("ORDER_"))
        .map(ProgramRecord::getNumber).sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.replace("-од", ""))))
        .toList();
    assertThat(orderNumbers).containsExactly("1-од", "2-од", "3-од", "4-од", "5-од", "6-од", "7-од");
    assertThat(records.findByProgram(programId).stream().filter(r -> r.getKind() == ProgramRecord.Kind.ANALYTIC_NOTE)
        .findFirst().orElseThrow().getDetails()).contains("педагогов: 4").contains("Молодой специалист")
        .contains("Диагностика профессиональных дефицитов: ответили 2 из 4; дефициты: Организация и проведение урока — 2");
    AnalyticNote note = notes.latestForProgram(programId).orElseThrow();
    JsonNode served = as("zavuch").json("/api/programs/" + programId + "/analytic-note");
    assertThat(served.path("text").asText()).isEqualTo(note.text());
    assertThat(served.path("deficits").get(0).path("code").asText()).isEqualTo("lesson");
    assertThat(note.nonRespondents()).containsExactlyInAnyOrder("Захаров М. О.", "Коваленко И. В.");
    assertThat(note.categories()).filteredOn(c -> c.category() == ru.nastavnik.bases.MenteeCategory.BURNOUT)
        .singleElement().satisfies(c -> assertThat(c.teachers()).isEqualTo(1));
    assertThat(program.getCurator().getUsername()).isEqualTo("kurator");
    assertThat(program.getInteractionForms()).isEqualTo("F1; F5");

    Map<String, MenteeProfile.Status> menteeStatus = mentees.findByProgram(programId).stream()
        .collect(Collectors.toMap(m -> m.getStaff().getUsername(), MenteeProfile::getStatus));
    assertThat(menteeStatus).containsEntry("savchenkoav", MenteeProfile.Status.CANDIDATE)
        .containsEntry("gusevada", MenteeProfile.Status.PAIRED)
        .containsEntry("kovalenkoiv", MenteeProfile.Status.PAIRED)
        .containsEntry("zakharovmo", MenteeProfile.Status.COMPLETED);
    assertThat(mentees.findByProgram(programId).stream().filter(MenteeProfile::isWantsToMentor)
        .map(m -> m.getStaff().getUsername())).containsExactly("zakharovmo");
    Map<String, MentorProfile> mentorProfiles = mentors.findByProgram(programId).stream()
        .collect(Collectors.toMap(m -> m.getStaff().getUsername(), m -> m));
    assertThat(mentorProfiles.get("tarasovavi").getStatus()).isEqualTo(MentorProfile.Status.REJECTED);
    assertThat(mentorProfiles.get("tarasovavi").getRejectionReason())
        .isEqualTo("Не рекомендован(а) по итогам собеседования. Комментарий собеседующего: "
            + "Не готова к дополнительной нагрузке в этом году");
    assertThat(mentorProfiles.get("orlovali").getCapacity()).isEqualTo(2);
    assertThat(mentorProfiles.get("orlovali").getStatus()).isEqualTo(MentorProfile.Status.APPOINTED);
    assertThat(mentorProfiles.get("orlovali").getCertificateNumber()).isNotBlank();
    assertThat(staff.findByUsername("orlovali").orElseThrow().getRoles()).contains(ru.nastavnik.staff.Role.MENTOR);

    List<MentoringPair> live = pairs.findByProgram(programId).stream()
        .filter(p -> p.getStatus() == MentoringPair.Status.COMPLETED).toList();
    assertThat(live).hasSize(3);
    MentoringPair group = live.stream().filter(p -> p.getMentor().getUsername().equals("orlovali")).findFirst().orElseThrow();
    assertThat(group.isGroup()).isTrue();
    assertThat(group.getMentees()).extracting(s -> s.getUsername()).containsExactlyInAnyOrder("abramovapi", "zakharovmo");
    assertThat(group.getScore()).isPositive();
    assertThat(group.getReasons()).contains("Абрамова П. И.:").contains("(+");
    for (MentoringPair p : live) {
      assertThat(meetings.findByPair(p.getId())).extracting(m -> m.getKind().name())
          .contains("ACQUAINTANCE", "TRIAL", "PLANNING", "LESSON_VISIT", "FINAL");
      assertThat(p.getPlanStatus()).isEqualTo(ru.nastavnik.pairing.PlanStatus.APPROVED);
    }
    // each pair's approved plan (route map) and its mentor's report are documents of the program
    assertThat(documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.ROUTE_MAP,
        ru.nastavnik.documents.Document.Status.ACTIVE)).hasSize(3);
    assertThat(documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.MENTOR_REPORT,
        ru.nastavnik.documents.Document.Status.ACTIVE)).hasSize(3);
    // the «Наставник года» diploma, a «Лучшая пара» diploma for the group's mentor and both mentees, a
    // participant's certificate for each of the three mentors
    assertThat(documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.BEST_MENTOR_DIPLOMA,
        ru.nastavnik.documents.Document.Status.ACTIVE)).hasSize(1);
    assertThat(documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.BEST_PAIR_DIPLOMA,
        ru.nastavnik.documents.Document.Status.ACTIVE)).hasSize(3);
    assertThat(documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.PARTICIPANT_CERTIFICATE,
        ru.nastavnik.documents.Document.Status.ACTIVE)).hasSize(3);
    var awardOrder = documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.ORDER_AWARDS,
        ru.nastavnik.documents.Document.Status.ACTIVE);
    assertThat(awardOrder).hasSize(1);
    byte[] awardDocx = rest.withBasicAuth("direktor", PASSWORD).getForEntity(
        "/api/documents/" + awardOrder.get(0).getId() + "/docx", byte[].class).getBody();
    // 1 «Наставник года» + 3 «Лучшая пара» + 3 certificates, after the header
    assertThat(ru.nastavnik.documents.DocxRead.table(awardDocx, "№", "Фамилия, имя, отчество").get(0)).contains("Награда");
    assertThat(ru.nastavnik.documents.DocxRead.table(awardDocx, "№", "Фамилия, имя, отчество")).hasSize(1 + 7);
    var resultsOrder = documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.ORDER_RESULTS,
        ru.nastavnik.documents.Document.Status.ACTIVE);
    byte[] resultsDocx = rest.withBasicAuth("direktor", PASSWORD).getForEntity(
        "/api/documents/" + resultsOrder.get(0).getId() + "/docx", byte[].class).getBody();
    assertThat(ru.nastavnik.documents.DocxRead.table(resultsDocx, "№", "Пара (группа)")).hasSize(1 + 3)
        .extracting(r -> r.get(2)).contains("достигнуты частично", "достигнуты");
    // the final event's materials and the school's methodological collection
    JsonNode collection = as("zavuch").json("/api/schools/" + SCHOOL + "/best-practices");
    assertThat(collection).hasSize(1);
    assertThat(collection.get(0).path("title").asText()).isEqualTo("Чек-лист взаимопосещения уроков");
    assertThat(collection.get(0).path("author").asText()).startsWith("Орлова");
    assertThat(as("direktor").json("/api/schools/" + SCHOOL + "/final-events").get(0).path("materials").asText())
        .startsWith("Программа итоговой конференции");
    assertThat(as("orlovali").get("/api/schools/" + SCHOOL + "/best-practices").getStatusCode().value()).isEqualTo(403);
    // stage VI's information note on the monitoring, with its charts as pictures
    var monitoringNotes = documents.findByProgramAndKind(programId, ru.nastavnik.documents.DocumentKind.MONITORING_NOTE,
        ru.nastavnik.documents.Document.Status.ACTIVE);
    assertThat(monitoringNotes).hasSize(1);
    ResponseEntity<byte[]> monitoringDocx = rest.withBasicAuth("kurator", PASSWORD).getForEntity(
        "/api/documents/" + monitoringNotes.get(0).getId() + "/docx", byte[].class);
    assertThat(monitoringDocx.getStatusCode().value()).isEqualTo(200);
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(monitoringDocx.getBody()))) {
      assertThat(doc.getAllPictures()).isNotEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // the note names the final event held before it in stage VI
    List<List<String>> finalEvent = ru.nastavnik.documents.DocxRead.table(monitoringDocx.getBody(), "Сведения", "Содержание");
    assertThat(finalEvent.get(1)).containsExactly("Формат проведения", "Итоговая конференция");
    assertThat(finalEvent.get(2)).containsExactly("Дата проведения",
        LocalDate.parse(today).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(finalEvent.get(3)).containsExactly("Количество участников", "25");
    assertThat(finalEvent.get(4).get(1)).startsWith("Программа итоговой конференции");
    assertThat(finalEvent.get(5)).containsExactly("Приложенные файлы (размер)", "Файлы не приложены.");
    assertThat(ru.nastavnik.documents.DocxRead.text(monitoringDocx.getBody())).doesNotContain("ещё не проведено");
    assertThat(consents.findByStaff(Long.valueOf(id("gusevada")))).extracting(c -> c.getPurpose().name())
        .contains("PERSONAL_DATA", "ADDITIONAL_DUTIES");
    assertThat(consents.findByStaff(Long.valueOf(id("savchenkoav")))).isEmpty();
    // the program's own score, and one per pair from the monitoring
    assertThat(scores.findByProgram(programId)).filteredOn(s -> s.getPair() != null).hasSize(3)
        .allSatisfy(s -> assertThat(s.getLevel()).isEqualTo("оптимальный"));
    assertThat(scores.findByProgram(programId)).filteredOn(s -> s.getPair() == null).singleElement().satisfies(s -> {
      assertThat(s.getScores()).isEqualTo("221222121");
      assertThat(s.getLevel()).isEqualTo("оптимальный");
    });
    // «Наставник года» and the group as «Лучшая пара» (a row per member, with the pair)
    assertThat(nominations.findByProgram(programId)).extracting(n -> n.getStaff().getUsername() + ": " + n.getTitle()
            + (n.isPairNomination() ? " (пара " + n.getPair().getMentor().getUsername() + ")" : ""))
        .containsExactlyInAnyOrder("orlovali: Наставник года", "orlovali: Лучшая пара (пара orlovali)",
            "abramovapi: Лучшая пара (пара orlovali)", "zakharovmo: Лучшая пара (пара orlovali)");
    // the summing-up per pair that worked
    assertThat(pairOutcomes.findByProgram(programId)).extracting(o -> o.getGoals().name())
        .containsExactlyInAnyOrder("YES", "YES", "PARTLY");

    // names, topics and answers never stay in Camunda: no view variable in runtime or history
    List<HistoricVariableInstance> historic = history.createHistoricVariableInstanceQuery().list();
    assertThat(historic).isNotEmpty();
    assertThat(historic).extracting(HistoricVariableInstance::getName).noneMatch(n -> n.matches("ui[A-Z].*"));
    assertThat(history.createHistoricDetailQuery().variableUpdates().list())
        .noneMatch(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName().matches("ui[A-Z].*"));
  }

  private static boolean isExitQuestionnaire(JsonNode task) {
    return task.path("name").asText().contains("Выходная анкета");
  }

  /** Answers of the exit questionnaire of stage VI. */
  private static Map<String, Object> exitAnswers(String wantsToMentor) {
    return Map.of("uiGoalsReached", "fully", "uiOverall", "5", "uiStayInSchool", "yes",
        "uiWantsToMentor", wantsToMentor, "uiResults", "Уверенно веду уроки и работаю с родителями");
  }

  /** A candidate fills the mentor questionnaire in their task. */
  private void answerMentorQuestionnaire(String login) {
    ApiClient candidate = as(login);
    JsonNode task = candidate.task(QuestionnaireProcess.FILL);
    candidate.complete(task.path("id").asText(), DemoAnswers.mentorQuestionnaire());
  }

  /** A mentee fills the diagnostics questionnaire in their task. */
  private void answerDiagnostics(String login, List<String> deficits, int fatigue) {
    ApiClient mentee = as(login);
    JsonNode task = mentee.task(QuestionnaireProcess.FILL);
    assertThat(task.path("name").asText()).contains("диагностика профессиональных дефицитов");
    mentee.complete(task.path("id").asText(), DemoAnswers.diagnostics(deficits, fatigue,
        "Как удержать внимание класса и выстроить работу с родителями"));
  }

  private Map<String, Object> pair(String mentee, String mentor, String form) {
    return Map.of("menteeId", id(mentee), "mentorId", id(mentor), "interactionForm", form);
  }

  /** Each mentor works their pair's tasks; the deputy agrees and the director approves each plan. */
  private void workOfThePairs(List<String> mentorLogins, ApiClient deputy, ApiClient director) {
    Map<String, Integer> logged = new HashMap<>();
    Set<String> mentorKeys = Set.of(PairWork.ACQUAINTANCE, PairWork.TRIAL, PairWork.DRAFT_PLAN, PairWork.LOG_MEETING,
        PairWork.FINAL_MEETING, PairWork.MENTOR_REPORT, QuestionnaireProcess.FILL);
    for (int round = 0; round < 40; round++) {
      boolean worked = false;
      for (String login : mentorLogins) {
        ApiClient mentor = as(login);
        for (JsonNode task : mentor.tasks()) {
          String key = task.path("taskDefinitionKey").asText();
          if (!mentorKeys.contains(key)) {
            continue;
          }
          worked = true;
          String taskId = task.path("id").asText();
          switch (key) {
            case PairWork.DRAFT_PLAN -> mentor.complete(taskId, Map.of("meetingDate", today,
                "uiPlanGoals", "Освоить приёмы организации урока", "uiPlanActivities", "Посещение уроков наставника, октябрь–апрель"));
            case PairWork.LOG_MEETING -> {
              int n = logged.merge(taskId.isEmpty() ? login : login, 1, Integer::sum);
              mentor.complete(taskId, Map.of("meetingKind", "LESSON_VISIT", "meetingDate", today,
                  "uiTopic", "Посещение урока", "durationMinutes", 45, "workFinished", n >= 2));
            }
            case PairWork.MENTOR_REPORT -> mentor.complete(taskId, Map.of("uiReport", "План выполнен",
                "uiRecommendations", "Продолжить участие в методическом объединении"));
            // the mentor's checkpoint feedback (the mentees' collections close at their deadline)
            case QuestionnaireProcess.FILL -> {
              if (isExitQuestionnaire(task)) {
                mentor.complete(taskId, exitAnswers("no"));
              } else {
                mentor.complete(taskId, Map.of("uiSatisfaction", "5", "uiMenteeProgress", "4",
                    "uiMenteeEngagement", "5", "uiSupport", "4", "uiWorkload", "fine", "uiContinueNextYear", "yes"));
              }
            }
            default -> mentor.complete(taskId, Map.of("meetingDate", today, "uiTopic", "Встреча",
                "durationMinutes", 40, "uiOutcome", "Договорились о следующих шагах"));
          }
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
      // route maps and mentor reports are generated in jobs
      runDueJobs();
      if (!worked) {
        // the exit questionnaire of stage VI is answered by everyone, its deadline is not waited for
        List<Job> deadlines = management.createJobQuery().timers().activityId(QuestionnaireProcess.DEADLINE).list()
            .stream().filter(j -> !QuestionnaireCatalogue.EXIT_QUESTIONNAIRE.equals(
                runtime.getVariable(j.getProcessInstanceId(), QuestionnaireProcess.TEMPLATE_CODE))).toList();
        if (deadlines.isEmpty()) {
          return;
        }
        deadlines.forEach(j -> management.executeJob(j.getId()));
        runDueJobs();
      }
    }
  }

  /** Runs the jobs that are due now (the asynchronous start of each pair's process). */
  private void runDueJobs() {
    for (int i = 0; i < 20; i++) {
      List<Job> due = management.createJobQuery().executable().timers().count() >= 0
          ? management.createJobQuery().executable().messages().list() : List.of();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
  }
}
