package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.questionnaire.QuestionnaireProcess;

@Deployment(resources = "nastavnik/processes/mentoring-pair.bpmn")
class MentoringPairProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(QuestionnaireProcess.KEY).build();

  @BeforeEach
  void stubTheCollection() {
    Mocks.register("workingDays", new StageMenteeBaseProcessTest.WorkingDays());
    extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance("questionnaire-collection.bpmn", Bpmn.createExecutableProcess(QuestionnaireProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Stub").endEvent().done())
        .deploy();
  }

  /** Acquaintance, trial, plan drafted → agreed → approved; the route map is generated on approval. */
  private ProcessInstance planApproved() {
    ProcessInstance pair = start(ProgramProcess.PAIR, ProgramProcess.PAIR_ID, 5L);
    for (int i = 0; i < 3; i++) {
      complete(task(pair));
    }
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));
    assertThat(pair).isWaitingAt(PairWork.ROUTE_MAP);
    runJobs(pair);
    return pair;
  }

  @Test
  void fromAcquaintanceToTheMentorsReport() {
    ProcessInstance pair = start(ProgramProcess.PAIR, ProgramProcess.PAIR_ID, 5L);
    assertThat(task(pair)).hasDefinitionKey(PairWork.ACQUAINTANCE).isAssignedTo("mentor5");
    complete(task(pair));
    assertThat(task(pair)).hasDefinitionKey(PairWork.TRIAL).isAssignedTo("mentor5");
    complete(task(pair));
    assertThat(task(pair)).hasDefinitionKey(PairWork.DRAFT_PLAN).isAssignedTo("mentor5");
    complete(task(pair));
    assertThat(task(pair)).hasDefinitionKey(PairWork.AGREE_PLAN).hasCandidateGroup("deputy");
    complete(task(pair), withVariables(ProgramProcess.DECISION, "return"));
    assertThat(pair).isWaitingAt(PairWork.DRAFT_PLAN);
    complete(task(pair));
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));
    assertThat(task(pair)).hasDefinitionKey(PairWork.APPROVE_PLAN).hasCandidateGroup("director");
    complete(task(pair), withVariables(ProgramProcess.DECISION, "return"));
    assertThat(pair).isWaitingAt(PairWork.DRAFT_PLAN);
    complete(task(pair));
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));

    // the approved plan becomes the route map document (asynchronously)
    assertThat(pair).isWaitingAt(PairWork.ROUTE_MAP);
    runJobs(pair);
    assertThat(doubles.documents).containsExactly("ROUTE_MAP");
    assertThat(pair).hasVariables("routeMapDocumentId");

    assertThat(task(pair)).hasDefinitionKey(PairWork.LOG_MEETING).isAssignedTo("mentor5");
    complete(task(pair), withVariables(PairWork.WORK_FINISHED, false));
    assertThat(pair).isWaitingAt(PairWork.LOG_MEETING);
    complete(task(pair), withVariables(PairWork.WORK_FINISHED, true));

    // checkpoint feedback: one collection for the mentee, one for the mentor
    assertThat(pair).isWaitingAt(PairWork.FEEDBACK);
    List<ProcessInstance> collections = runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pair.getId()).list();
    assertThat(collections).hasSize(2);
    assertThat(collections.stream().map(c -> runtimeService().getVariable(c.getId(), QuestionnaireProcess.TEMPLATE_CODE)))
        .containsExactlyInAnyOrder("feedback-mentee", "feedback-mentor");
    assertThat(collections.stream().map(c -> runtimeService().getVariable(c.getId(), QuestionnaireProcess.RESPONDENT_IDS)
        .toString())).containsExactlyInAnyOrder("[105]", "[5]");
    for (ProcessInstance c : collections) {
      assertThat(c).hasVariables(QuestionnaireProcess.DEADLINE_VAR, ProgramProcess.PROGRAM_ID, ProgramProcess.SCHOOL_CODE);
      complete(task(c));
    }

    assertThat(task(pair)).hasDefinitionKey(PairWork.FINAL_MEETING);
    complete(task(pair));
    assertThat(task(pair)).hasDefinitionKey(PairWork.MENTOR_REPORT).isAssignedTo("mentor5");
    complete(task(pair));
    // the mentor's report for the pedagogical council
    assertThat(pair).isWaitingAt(PairWork.REPORT_DOCUMENT);
    runJobs(pair);
    assertThat(doubles.documents).containsExactly("ROUTE_MAP", "MENTOR_REPORT");
    assertThat(pair).isEnded().hasPassed("EndEvent_PairCompleted");
  }

  @Test
  void noMeetingForFourWeeksGivesTheCuratorATaskAndWorkGoesOn() {
    ProcessInstance pair = planApproved();
    assertThat(pair).isWaitingAt(PairWork.LOG_MEETING);
    assertThat(job(pair)).hasDueDate(job(pair).getDuedate());
    execute(job(pair));
    assertThat(pair).isWaitingAt(PairWork.LOG_MEETING, PairWork.CHECK_PAIR);
    assertThat(taskQuery().taskDefinitionKey(PairWork.CHECK_PAIR).singleResult()).hasCandidateGroup("curator");
    complete(taskQuery().taskDefinitionKey(PairWork.CHECK_PAIR).singleResult());
    assertThat(pair).hasPassed("EndEvent_PairChecked").isWaitingAt(PairWork.LOG_MEETING);
  }

  @Test
  void aPairEndedEarlyStopsItsWorkAndKeepsTheReason() {
    ProcessInstance pair = planApproved();
    complete(task(pair), withVariables(PairWork.WORK_FINISHED, true));
    assertThat(pair).isWaitingAt(PairWork.FEEDBACK);
    runtimeService().createMessageCorrelation(PairWork.MESSAGE_ENDED_EARLY).processInstanceId(pair.getId())
        .setVariable(PairWork.END_REASON, "Наставляемый переведён в другую школу").correlate();
    assertThat(pair).isEnded().hasPassed(PairWork.END_EARLY, "EndEvent_PairEndedEarly")
        .hasNotPassed("EndEvent_PairCompleted");
    assertThat(doubles.endedEarly).containsExactly("Наставляемый переведён в другую школу");
    // the feedback collections it had started end with it
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(QuestionnaireProcess.KEY).count())
        .isZero();
  }
}
