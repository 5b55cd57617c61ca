package ru.nastavnik.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.e2e.ApiClient;

/**
 * Faults the product must survive: a failing service task is retried with back-off and then
 * becomes an incident in Cockpit, and finishes exactly once after the cause is fixed; two people
 * completing the same task at the same moment — one succeeds, the other is asked to refresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FaultsTest {

  static final String PASSWORD = "Test#Pass2025";
  static final String ADMIN_PASSWORD = "Test#Root2025x";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  /** A stand-in for document generation or mail: fails while its cause is broken, counts successes. */
  public static class FlakyDelegate implements JavaDelegate {
    static volatile boolean broken = true;
    static final AtomicInteger done = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
      if (broken) {
        throw new IllegalStateException("Шаблон документа не найден");
      }
      done.incrementAndGet();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFailingDelegateIsRetriedWithBackOffThenAnIncidentAndFinishesOnceAfterTheFix() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("faultyDocument").camundaHistoryTimeToLive(30)
        .startEvent().serviceTask("generate").camundaAsyncBefore().camundaClass(FlakyDelegate.class.getName())
        .endEvent().done();
    repository.createDeployment().name("faults-test").addModelInstance("faultyDocument.bpmn", model).deploy();
    FlakyDelegate.broken = true;
    FlakyDelegate.done.set(0);
    ProcessInstance instance = runtime.startProcessInstanceByKey("faultyDocument");

    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(job.getRetries()).isEqualTo(3);
    List<Integer> retriesSeen = new ArrayList<>();
    for (int attempt = 1; attempt <= 3; attempt++) {
      String jobId = job.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("Шаблон документа не найден");
      job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
      retriesSeen.add(job.getRetries());
      if (job.getRetries() > 0) {
        // back-off: the next attempt is due in five minutes, not at once
        assertThat(job.getDuedate()).isAfterOrEqualTo(new Date(now.getTime() + TimeUnit.MINUTES.toMillis(5) - 1000));
        assertThat(management.createJobQuery().jobId(jobId).executable().count()).isZero();
        now = new Date(now.getTime() + TimeUnit.MINUTES.toMillis(6));
        ClockUtil.setCurrentTime(now);
        assertThat(management.createJobQuery().jobId(jobId).executable().count()).isEqualTo(1);
      }
    }
    assertThat(retriesSeen).containsExactly(2, 1, 0);
    assertThat(job.getExceptionMessage()).contains("Шаблон документа не найден");

    // the incident, as Cockpit reads it through the REST API
    ApiClient admin = new ApiClient(rest, "admin", ADMIN_PASSWORD);
    JsonNode incidents = admin.json("/engine-rest/incident?processInstanceId=" + instance.getId());
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).path("incidentType").asText()).isEqualTo("failedJob");
    assertThat(incidents.get(0).path("incidentMessage").asText()).contains("Шаблон документа не найден");
    assertThat(admin.json("/engine-rest/incident/count").path("count").asInt()).isGreaterThanOrEqualTo(1);
    // a teacher sees no incidents at all
    assertThat(new ApiClient(rest, "kurator", PASSWORD).json("/engine-rest/incident?processInstanceId="
        + instance.getId())).isEmpty();
    assertThat(FlakyDelegate.done.get()).isZero();

    // the cause is fixed; the administrator gives the job one more retry (Cockpit's "Retry")
    FlakyDelegate.broken = false;
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    assertThat(FlakyDelegate.done.get()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(admin.json("/engine-rest/incident?processInstanceId=" + instance.getId())).isEmpty();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(instance.getId()).resolved().count()).isEqualTo(1);
  }

  @Test
  void theSameTaskCompletedByTwoPeopleAtOnceSucceedsOnceAndTheOtherIsAskedToRefresh() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("sharedTask").camundaHistoryTimeToLive(30)
        .startEvent().userTask("sign").name("Подписать приказ").camundaCandidateGroups("director,deputy")
        .serviceTask("after").camundaExpression("${true}").endEvent().done();
    repository.createDeployment().name("race-test").addModelInstance("sharedTask.bpmn", model).deploy();

    for (int round = 0; round < 5; round++) {
      ProcessInstance instance = runtime.startProcessInstanceByKey("sharedTask", Map.of("schoolCode", "starica"));
      String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      List<ApiClient> people = List.of(new ApiClient(rest, "direktor", PASSWORD), new ApiClient(rest, "zavuch", PASSWORD));
      for (ApiClient person : people) {
        assertThat(person.tasks().stream().map(t -> t.path("id").asText())).contains(taskId);
      }

      CountDownLatch ready = new CountDownLatch(2);
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (ApiClient person : people) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return person.post("/api/tasks/" + taskId + "/complete", Map.of("signed", true));
        }));
      }
      ready.await();
      go.countDown();
      List<ResponseEntity<String>> results = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : answers) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();

      List<Integer> codes = new ArrayList<>(results.stream().map(r -> r.getStatusCode().value()).toList());
      Collections.sort(codes);
      assertThat(codes).as(results.toString()).hasSize(2);
      assertThat(codes.get(0)).as(results.toString()).isEqualTo(204);
      assertThat(codes.get(1)).as(results.toString()).isIn(404, 409);
      ResponseEntity<String> loser = results.stream().filter(r -> r.getStatusCode().value() != 204).findFirst().orElseThrow();
      assertThat(ApiClient.read(loser.getBody()).path("message").asText()).contains("Обновите список задач");

      // nothing duplicated: the task completed once, the process went on once and ended
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().count())
          .isEqualTo(1);
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId("after")
          .count()).isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }
  }
}
