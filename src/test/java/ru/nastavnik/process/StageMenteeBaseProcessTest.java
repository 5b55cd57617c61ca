package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.MenteeBase;

@Deployment(resources = "nastavnik/processes/stage-mentee-base.bpmn")
class StageMenteeBaseProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).build();

  @Test
  void curatorBuildsTheBaseAndDeputyApproves() {
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTEE_BASE);
    assertThat(task(stage)).hasDefinitionKey(MenteeBase.SELECT_MENTEES).hasCandidateGroup("curator");
    complete(task(stage));
    assertThat(task(stage)).hasDefinitionKey(MenteeBase.RECORD_CONSENTS).hasCandidateGroup("curator");
    complete(task(stage), withVariables(MenteeBase.MENTEES_IN_BASE, 3));
    assertThat(task(stage)).hasDefinitionKey(MenteeBase.APPROVE_BASE).hasCandidateGroup("deputy");
    complete(task(stage), withVariables(ProgramProcess.DECISION, "approve"));
    assertThat(stage).isEnded().hasPassed("EndEvent_MenteeBaseFormed");
  }

  @Test
  void withoutConsentsTheCuratorStartsAgain() {
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTEE_BASE);
    complete(task(stage));
    complete(task(stage), withVariables(MenteeBase.MENTEES_IN_BASE, 0));
    assertThat(stage).isWaitingAt(MenteeBase.SELECT_MENTEES);
  }

  @Test
  void deputyReturnsTheBaseForRework() {
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTEE_BASE);
    complete(task(stage));
    complete(task(stage), withVariables(MenteeBase.MENTEES_IN_BASE, 2));
    complete(task(stage), withVariables(ProgramProcess.DECISION, "return"));
    assertThat(stage).isWaitingAt(MenteeBase.SELECT_MENTEES);
  }
}
