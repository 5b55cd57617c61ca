package ru.nastavnik.privacy;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.demo.DemoDataLoader;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.MentorSelection;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.program.ProgramProcess.Support;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import ru.nastavnik.staff.StaffRepository;

/**
 * Withdrawals while the engine holds work that has not reached anyone yet: a candidate whose
 * interview is open, a mentee whose pair's process waits for its asynchronous start, a mentee left
 * without a pair whose support has just begun. Their work goes, the rest of the program goes on.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "nastavnik.test.context=privacy")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithdrawalBetweenStagesTest {

  @Autowired TestRestTemplate rest;
  @Autowired StaffRepository staff;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired DataSource dataSource;
  @Autowired ConsentService consents;

  @Test
  @Order(1)
  void openInterviewsPairsNotYetStartedAndSupportGoWithTheirPeople() throws Exception {
    ProgramDriver driver = new ProgramDriver(rest, staff, management);
    long programId = driver.startAndRecordConsents(DemoDataLoader.currentAcademicYear(LocalDate.now()),
        List.of("gusevada", "abramovapi", "zakharovmo", "kovalenkoiv", "savchenkoav"));
    // the diagnostics are out to the five; Гусева answers, Савченко withdraws while her task is open
    driver.answerDiagnostics("gusevada", ProgramDriver.GUSEVA_REQUEST);
    assertThat(tasks.createTaskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).count()).isEqualTo(4);
    String savchenkoId = driver.id("savchenkoav");
    List<String> savchenko = needles("savchenkoav");
    withdraw(driver, "savchenkoav");
    assertThat(tasks.createTaskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).taskAssignee("savchenkoav").count())
        .isZero();
    assertThat(tasks.createTaskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).count()).isEqualTo(3);
    assertThat(TraceScan.questionnaireRows(dataSource, Long.valueOf(savchenkoId))).isZero();
    // the collection goes on for the others: the deadline closes it, the note counts four teachers asked
    driver.closeDiagnosticsAndApproveBase();
    JsonNode note = driver.as("zavuch").json("/api/programs/" + programId + "/analytic-note");
    assertThat(note.path("text").asText()).contains("Опрошено педагогов: 4, ответили: 1").doesNotContain("Савченко");
    driver.selectCandidates(List.of("smirnovaon", "orlovali", "alekseevaya"));
    assertThat(driver.as("zavuch").tasks(MentorSelection.INTERVIEW)).hasSize(3);
    // candidates give their consent at the interview; Алексеева gave hers on paper beforehand
    consents.record(staff.findByUsername("alekseevaya").orElseThrow(), Consent.Purpose.PERSONAL_DATA, LocalDate.now(),
        "письменно (бумажный бланк)", "kurator");
    List<String> alekseeva = needles("alekseevaya");
    withdraw(driver, "alekseevaya");

    // the interview with Алексеева is gone, the two others are held and the stage goes on
    assertThat(driver.as("zavuch").tasks(MentorSelection.INTERVIEW).stream()
        .map(t -> driver.as("zavuch").formVariables(t.path("id").asText()).get(MentorSelection.CANDIDATE_ID)))
        .containsExactlyInAnyOrder(driver.id("smirnovaon"), driver.id("orlovali"));
    driver.interviewAll();
    driver.trainAndAppoint(List.of("smirnovaon", "orlovali"));
    driver.formAndApprovePairs();

    // Коваленко is left without a pair: the psychologist's support begins; stage V waits to start the pairs
    assertThat(driver.as("psiholog").tasks(Support.SUPPORT)).hasSize(1);
    assertThat(management.createJobQuery().executable().messages().count()).isEqualTo(2);
    List<String> guseva = needles("gusevada");
    Long gusevaId = Long.valueOf(driver.id("gusevada"));
    List<String> kovalenko = needles("kovalenkoiv");
    withdraw(driver, "gusevada");
    withdraw(driver, "kovalenkoiv");

    assertThat(driver.as("psiholog").tasks(Support.SUPPORT)).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.MENTEE_SUPPORT).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ProgramProcess.MENTEE_SUPPORT).count()).isZero();
    assertThat(management.createJobQuery().executable().messages().count()).isEqualTo(1);
    driver.runDueJobs();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.PAIR).count()).isEqualTo(1);
    assertThat(driver.as("orlovali").tasks(PairWork.ACQUAINTANCE)).hasSize(1);
    // Смирнова's pair never started: no pair work reaches her (the roadmap's rows for all mentors may)
    assertThat(driver.as("smirnovaon").tasks()).extracting(t -> t.path("taskDefinitionKey").asText())
        .doesNotContainAnyElementsOf(ProgramDriver.MENTOR_KEYS);

    assertThat(TraceScan.questionnaireRows(dataSource, gusevaId)).as("Гусева's diagnostics").isZero();
    guseva = new java.util.ArrayList<>(guseva);
    guseva.add(ProgramDriver.GUSEVA_REQUEST);
    for (List<String> person : List.of(savchenko, alekseeva, guseva, kovalenko)) {
      assertThat(TraceScan.scan(dataSource, person, false)).as("domain tables hold " + person).isEmpty();
      assertThat(TraceScan.scan(dataSource, person, true)).as("Camunda tables hold " + person).isEmpty();
    }
  }

  /**
   * The withdrawn person's questionnaire task is the last open one of the collection: the collection
   * closes at once as if everyone had answered (no wait for the deadline), the note counts the others.
   */
  @Test
  @Order(2)
  void theLastOpenQuestionnaireTaskGoneClosesTheCollection() {
    ProgramDriver driver = new ProgramDriver(rest, staff, management);
    long programId = driver.startAndRecordConsents("2031/32", List.of("tkachenkokd", "belousovavr", "nurievaar"));
    String collection = tasks.createTaskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).taskAssignee("tkachenkokd")
        .singleResult().getProcessInstanceId();
    driver.answerDiagnostics("tkachenkokd", "Как вести урок физкультуры в зале на два класса");
    driver.answerDiagnostics("nurievaar", "Как объяснять вероятность без формул");
    assertThat(tasks.createTaskQuery().processInstanceId(collection).taskDefinitionKey(QuestionnaireProcess.FILL).count())
        .isEqualTo(1);
    withdraw(driver, "belousovavr");
    driver.runDueJobs();

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(collection).count())
        .as("the collection has closed and summed up").isZero();
    assertThat(management.createJobQuery().processInstanceId(collection).count()).as("no deadline left to wait for").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(collection)
        .activityId("ServiceTask_AggregateAnswers").finished().count()).isEqualTo(1);
    assertThat(driver.as("zavuch").tasks(ProgramProcess.MenteeBase.APPROVE_BASE)).hasSize(1);
    JsonNode note = driver.as("zavuch").json("/api/programs/" + programId + "/analytic-note");
    assertThat(note.path("text").asText()).contains("ответили: 2").doesNotContain("Белоусова");
    driver.closeDiagnosticsAndApproveBase();
    assertThat(driver.as("kurator").tasks(MentorSelection.SELECT_CANDIDATES)).hasSize(1);
  }

  private void withdraw(ProgramDriver driver, String login) {
    ResponseEntity<String> response = driver.as("kurator").post("/api/schools/" + ProgramDriver.SCHOOL + "/staff/"
        + driver.id(login) + "/consents/withdraw", Map.of("purpose", "PERSONAL_DATA", "withdrawnOn", LocalDate.now().toString()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
  }

  private List<String> needles(String login) {
    return TraceScan.needles(staff, login);
  }
}
