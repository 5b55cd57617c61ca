package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.Completion;

@Deployment(resources = {"nastavnik/processes/stage-completion.bpmn", "nastavnik/processes/effectiveness-level.dmn"})
class StageCompletionProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(QuestionnaireProcess.KEY).build();

  /** {@code ${questionnaireRespondents.programParticipants(programId)}} (text: the process-test engine has no Spin). */
  public static class Respondents {
    public String programParticipants(Long programId) {
      return "[3,4]";
    }
  }

  @BeforeEach
  void stubTheCollection() {
    extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance("questionnaire-collection.bpmn", Bpmn.createExecutableProcess(QuestionnaireProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_CollectionStub").endEvent().done())
        .deploy();
    Mocks.register("questionnaireRespondents", new Respondents());
    Mocks.register("workingDays", new StageMenteeBaseProcessTest.WorkingDays());
  }

  /** The stage opens with the exit questionnaire; the stub collection ends when its task is done. */
  private static ProcessInstance startAfterExitQuestionnaire() {
    ProcessInstance stage = start(ProgramProcess.STAGE_COMPLETION);
    assertThat(stage).isWaitingAt(Completion.EXIT_QUESTIONNAIRE);
    complete(taskQuery().taskDefinitionKey("Task_CollectionStub").singleResult());
    return stage;
  }

  @Test
  void exitQuestionnaireScoreLevelEventNominationsLongTermBaseThenTheOrders() {
    ProcessInstance stage = start(ProgramProcess.STAGE_COMPLETION);
    // the exit questionnaire to the program's mentees and mentors comes first
    assertThat(stage).isWaitingAt(Completion.EXIT_QUESTIONNAIRE);
    ProcessInstance collection = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(QuestionnaireProcess.KEY).singleResult();
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.TEMPLATE_CODE))
        .isEqualTo("exit-questionnaire");
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.RESPONDENT_IDS).toString())
        .isEqualTo("[3,4]");
    complete(taskQuery().taskDefinitionKey("Task_CollectionStub").singleResult());
    assertThat(task(stage)).hasDefinitionKey(Completion.SCORE).hasCandidateGroup("curator");
    complete(task(stage), withVariables(Completion.TOTAL, 16, Completion.SCORES, "222221212"));
    assertThat(stage).hasPassed(Completion.LEVEL, Completion.RECORD_SCORE)
        .variables().containsEntry(Completion.LEVEL_VAR, "оптимальный");
    assertThat(doubles.recordedLevel).isEqualTo("оптимальный");

    assertThat(stage).isWaitingAt(Completion.FINAL_EVENT, Completion.NOMINATE, Completion.LONG_TERM_BASE,
        Completion.SUM_UP_PAIRS);
    assertThat(taskQuery().taskDefinitionKey(Completion.FINAL_EVENT).singleResult()).hasCandidateGroup("deputy");
    assertThat(taskQuery().taskDefinitionKey(Completion.SUM_UP_PAIRS).singleResult()).hasCandidateGroup("curator");
    assertThat(taskQuery().taskDefinitionKey(Completion.NOMINATE).singleResult()).hasCandidateGroup("curator");
    taskQuery().list().forEach(t -> complete(t));
    doubles.missingRequisites = true;
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey("Task_FixRequisitesAward");
    complete(task(stage));
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey(Completion.AWARD_ORDER).hasCandidateGroup("director");
    complete(task(stage));
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey(Completion.RESULTS_ORDER).hasCandidateGroup("director");
    // one «Наставник года» diploma per nominated mentor, one «Лучшая пара» diploma per member of a
    // nominated pair, a participant's certificate per mentor whose pair worked — each in its own job —,
    // the monitoring note, then the results order
    assertThat(stage).hasPassed(Completion.DIPLOMAS, Completion.PAIR_DIPLOMAS, Completion.CERTIFICATES,
        "ServiceTask_GenerateMonitoringNote");
    // (the jobs of one multi-instance run in any order)
    assertThat(doubles.documents).hasSize(10).startsWith("ORDER_AWARDS").endsWith("MONITORING_NOTE", "ORDER_RESULTS");
    assertThat(doubles.documents.subList(1, 3)).containsExactlyInAnyOrder("BEST_MENTOR_DIPLOMA:11", "BEST_MENTOR_DIPLOMA:12");
    assertThat(doubles.documents.subList(3, 5)).containsExactlyInAnyOrder("BEST_PAIR_DIPLOMA:11", "BEST_PAIR_DIPLOMA:21");
    assertThat(doubles.documents.subList(5, 8)).containsExactlyInAnyOrder("PARTICIPANT_CERTIFICATE:11",
        "PARTICIPANT_CERTIFICATE:12", "PARTICIPANT_CERTIFICATE:13");
    complete(task(stage));
    assertThat(stage).isEnded().hasPassed("EndEvent_CompletionDone");
  }

  @Test
  void theResultsOrderWaitsForRequisitesToo() {
    ProcessInstance stage = startAfterExitQuestionnaire();
    complete(task(stage), withVariables(Completion.TOTAL, 12, Completion.SCORES, "111112212"));
    taskQuery().list().forEach(t -> complete(t));
    runJobs(stage);
    complete(task(stage));
    doubles.missingRequisites = true;
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey("Task_FixRequisitesResults").hasCandidateGroup("director");
    complete(task(stage));
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey(Completion.RESULTS_ORDER);
    complete(task(stage));
    assertThat(stage).isEnded().hasPassed("EndEvent_CompletionDone");
  }

  @ParameterizedTest(name = "{0} баллов → {1}")
  @CsvSource({"18,оптимальный", "15,оптимальный", "14,допустимый", "9,допустимый", "8,недопустимый", "0,недопустимый"})
  void levelFromTheDecisionTable(int total, String level) {
    ProcessInstance stage = startAfterExitQuestionnaire();
    complete(task(stage), withVariables(Completion.TOTAL, total, Completion.SCORES, "000000000"));
    assertThat(stage).variables().containsEntry(Completion.LEVEL_VAR, level);
  }
}
