package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.Support;

@Deployment(resources = "nastavnik/processes/mentee-support.bpmn")
class MenteeSupportProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(ProgramProcess.PAIR).build();

  @BeforeEach
  void stubPairProcess() {
    extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance("mentoring-pair.bpmn", Bpmn.createExecutableProcess(ProgramProcess.PAIR)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Stub").endEvent().done())
        .deploy();
  }

  @Test
  void psychologistSupportsCuratorFindsMentorDirectorApprovesPairWorks() {
    ProcessInstance support = start(ProgramProcess.MENTEE_SUPPORT, ProgramProcess.MENTEE_ID, 7L);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(support)).hasDefinitionKey(Support.SUPPORT)
        .hasCandidateGroup("psychologist");
    complete(task(support));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(support)).hasDefinitionKey(Support.CONTINUE_SEARCH)
        .hasCandidateGroup("curator");
    complete(task(support), withVariables("searchDecision", "found"));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(support))
        .hasDefinitionKey(Support.APPROVE_PAIR).hasCandidateGroup("director");
    complete(task(support), withVariables(ProgramProcess.DECISION, "return"));
    complete(task(support), withVariables("searchDecision", "found"));
    complete(task(support), withVariables(ProgramProcess.DECISION, "approve"));
    assertThat(support).hasPassed(Support.FIX_PAIR).isWaitingAt("CallActivity_AdditionalPairWork");
    ProcessInstance pair = runtimeService().createProcessInstanceQuery().superProcessInstanceId(support.getId()).singleResult();
    assertThat(pair).hasVariables(ProgramProcess.PAIR_ID);
    complete(task(pair));
    assertThat(support).isEnded().hasPassed("EndEvent_MentorFound");
  }

  @Test
  void searchWaitsThirtyDaysThenCanBeClosed() {
    ProcessInstance support = start(ProgramProcess.MENTEE_SUPPORT, ProgramProcess.MENTEE_ID, 7L);
    complete(task(support));
    complete(task(support), withVariables("searchDecision", "wait"));
    assertThat(support).isWaitingAt(Support.WAIT);
    execute(job(support));
    assertThat(support).isWaitingAt(Support.CONTINUE_SEARCH);
    complete(task(support), withVariables("searchDecision", "close"));
    assertThat(support).isEnded().hasPassed("EndEvent_SearchClosed");
  }
}
