package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.staff.StaffMember;

/**
 * «Завершить работу пары досрочно» through the HTTP API as the school's staff: the reason is
 * required, only the curator or the director of the pair's school may end it, and an ended pair's
 * process leaves through its event subprocess while its mentees go back to the search, each with
 * its own support process.
 * Its own JVM and context: the schools it creates (with their questionnaires' deadline timers) must
 * not meet the whole-program test's single-school queries.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "nastavnik.test.context=pairwork")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EndPairEarlyApiTest {

  static final String PASSWORD = "Test#Pass2025";

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext app;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired PairRepository pairs;
  @Autowired MenteeProfileRepository mentees;
  @Autowired TransactionTemplate tx;

  PairWorkSchool.Built school;
  Long pairId;
  String pairProcess;
  List<Long> menteeIds;

  @BeforeEach
  void aGroupAtWork() {
    school = new PairWorkSchool(app).create(1, 2);
    new PairWorkSchool(app).startStage(school);
    runDueJobs();
    pairId = school.pairIds().get(0);
    MentoringPair pair = pairs.findById(pairId).orElseThrow();
    assertThat(pair.getStatus()).isEqualTo(MentoringPair.Status.ACTIVE);
    pairProcess = pair.getProcessInstanceId();
    menteeIds = tx.execute(s -> pairs.findById(pairId).orElseThrow().getMentees().stream().map(StaffMember::getId)
        .toList());
    // the mentor has met the group once
    ApiClient mentor = as(tx.execute(s -> pairs.findById(pairId).orElseThrow().getMentor().getUsername()));
    mentor.act(PairWork.ACQUAINTANCE, Map.of("meetingDate", LocalDate.now().toString(), "uiTopic", "Знакомство",
        "durationMinutes", 45));
    assertThat(mentor.tasks(PairWork.TRIAL)).hasSize(1);
  }

  @Test
  void withoutAReasonNothingChanges() {
    ApiClient curator = as(school.curator());
    for (Object body : new Object[] {null, Map.of(), Map.of("reason", "   ")}) {
      ResponseEntity<String> refused = curator.post(endEarly(), body);
      assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
      assertThat(ApiClient.read(refused.getBody()).path("message").asText())
          .isEqualTo("Укажите причину досрочного завершения работы пары.");
    }
    assertStillWorking();
  }

  @Test
  void anotherSchoolAndOtherRolesAreRefused() {
    // the curator of the demo school (another tenant) does not even see the pair
    ResponseEntity<String> otherSchool = as("kurator").post(endEarly(), Map.of("reason", "Переезд"));
    assertThat(otherSchool.getStatusCode().value()).as(otherSchool.getBody()).isEqualTo(403);
    assertThat(ApiClient.read(otherSchool.getBody()).path("message").asText()).isNotBlank();
    // the deputy of the same school may not end a pair
    ResponseEntity<String> deputy = as(school.deputy()).post(endEarly(), Map.of("reason", "Переезд"));
    assertThat(deputy.getStatusCode().value()).as(deputy.getBody()).isEqualTo(403);
    assertThat(ApiClient.read(deputy.getBody()).path("message").asText())
        .isEqualTo("Досрочно завершить работу пары могут куратор и директор.");
    // and without credentials nobody gets in
    ResponseEntity<String> anonymous = rest.postForEntity(endEarly(), Map.of("reason", "Переезд"), String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertStillWorking();
  }

  @Test
  void theCuratorEndsThePairAndItsMenteesGoBackToTheSearch() {
    ResponseEntity<String> ended = as(school.curator()).post(endEarly(),
        Map.of("reason", "  Наставник переведён в другую школу "));
    assertThat(ended.getStatusCode().value()).as(ended.getBody()).isEqualTo(200);
    JsonNode body = ApiClient.read(ended.getBody());
    assertThat(body.path("pairId").asLong()).isEqualTo(pairId);
    assertThat(body.path("status").asText()).isEqualTo("ENDED_EARLY");
    assertThat(body.path("endReason").asText()).isEqualTo("Наставник переведён в другую школу");

    MentoringPair pair = pairs.findById(pairId).orElseThrow();
    assertThat(pair.getStatus()).isEqualTo(MentoringPair.Status.ENDED_EARLY);
    assertThat(pair.getEndReason()).isEqualTo("Наставник переведён в другую школу");
    // the pair's process ended through its event subprocess, not by being cancelled
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pairProcess).count()).isZero();
    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(pairProcess)
        .singleResult();
    assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pairProcess).finished().list())
        .extracting(a -> a.getActivityId())
        .contains("StartEvent_PairEndedEarly", PairWork.END_EARLY, "EndEvent_PairEndedEarly")
        .doesNotContain("EndEvent_PairCompleted");
    assertThat(tasks.createTaskQuery().processInstanceId(pairProcess).count()).isZero();
    // the mentor's open task went with it
    String mentor = tx.execute(s -> pairs.findById(pairId).orElseThrow().getMentor().getUsername());
    assertThat(as(mentor).tasks(PairWork.TRIAL)).isEmpty();

    // each mentee searches again and has a support process of their own, the psychologist's task first
    for (Long menteeId : menteeIds) {
      assertThat(mentees.findByProgramAndStaff(school.programId(), menteeId)).get()
          .extracting(MenteeProfile::getStatus).isEqualTo(MenteeProfile.Status.SEARCHING);
      List<ProcessInstance> support = runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProgramProcess.MENTEE_SUPPORT)
          .variableValueEquals(ProgramProcess.MENTEE_ID, menteeId).list();
      assertThat(support).singleElement().satisfies(p -> {
        assertThat(p.getBusinessKey()).isEqualTo(school.businessKey() + "-support-" + menteeId + "-after-" + pairId);
        assertThat(p.getTenantId()).isEqualTo(school.code());
      });
      assertThat(tasks.createTaskQuery().processInstanceId(support.get(0).getId())
          .taskDefinitionKey(ProgramProcess.Support.SUPPORT).count()).isEqualTo(1);
    }

    // a pair that no longer works cannot be ended again
    ResponseEntity<String> again = as(school.director()).post(endEarly(), Map.of("reason", "Повтор"));
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
    assertThat(ApiClient.read(again.getBody()).path("message").asText()).contains("Пара не работает");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.MENTEE_SUPPORT)
        .processInstanceBusinessKeyLike(school.businessKey() + "%").count()).isEqualTo(menteeIds.size());
  }

  private void assertStillWorking() {
    MentoringPair pair = pairs.findById(pairId).orElseThrow();
    assertThat(pair.getStatus()).isEqualTo(MentoringPair.Status.ACTIVE);
    assertThat(pair.getEndReason()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pairProcess).count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(pairProcess).taskDefinitionKey(PairWork.TRIAL).count())
        .isEqualTo(1);
    for (Long menteeId : menteeIds) {
      assertThat(mentees.findByProgramAndStaff(school.programId(), menteeId)).get()
          .extracting(MenteeProfile::getStatus).isEqualTo(MenteeProfile.Status.PAIRED);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.MENTEE_SUPPORT)
        .processInstanceBusinessKeyLike(school.businessKey() + "%").count()).isZero();
  }

  private String endEarly() {
    return "/api/pairs/" + pairId + "/end-early";
  }

  private ApiClient as(String user) {
    return new ApiClient(rest, user, PASSWORD);
  }

  /** The asynchronous start of each pair's process (the test profile runs jobs itself). */
  private void runDueJobs() {
    ru.nastavnik.engine.DueJobs.run(management, 20);
  }
}
