package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.PairWork;

@Deployment(resources = "nastavnik/processes/mentoring-pair.bpmn")
class MentoringPairProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).build();

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

    assertThat(task(pair)).hasDefinitionKey(PairWork.LOG_MEETING).isAssignedTo("mentor5");
    complete(task(pair), withVariables(PairWork.WORK_FINISHED, false));
    assertThat(pair).isWaitingAt(PairWork.LOG_MEETING);
    complete(task(pair), withVariables(PairWork.WORK_FINISHED, true));
    assertThat(task(pair)).hasDefinitionKey(PairWork.FINAL_MEETING);
    complete(task(pair));
    assertThat(task(pair)).hasDefinitionKey(PairWork.MENTOR_REPORT).isAssignedTo("mentor5");
    complete(task(pair));
    assertThat(pair).isEnded().hasPassed("EndEvent_PairCompleted");
  }

  @Test
  void noMeetingForFourWeeksGivesTheCuratorATaskAndWorkGoesOn() {
    ProcessInstance pair = start(ProgramProcess.PAIR, ProgramProcess.PAIR_ID, 5L);
    for (int i = 0; i < 3; i++) {
      complete(task(pair));
    }
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));
    complete(task(pair), withVariables(ProgramProcess.DECISION, "approve"));
    assertThat(pair).isWaitingAt(PairWork.LOG_MEETING);
    assertThat(job(pair)).hasDueDate(job(pair).getDuedate());
    execute(job(pair));
    assertThat(pair).isWaitingAt(PairWork.LOG_MEETING, PairWork.CHECK_PAIR);
    assertThat(taskQuery().taskDefinitionKey(PairWork.CHECK_PAIR).singleResult()).hasCandidateGroup("curator");
    complete(taskQuery().taskDefinitionKey(PairWork.CHECK_PAIR).singleResult());
    assertThat(pair).hasPassed("EndEvent_PairChecked").isWaitingAt(PairWork.LOG_MEETING);
  }
}
