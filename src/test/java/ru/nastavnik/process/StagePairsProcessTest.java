package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.Pairs;

@Deployment(resources = "nastavnik/processes/stage-pairs.bpmn")
class StagePairsProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).build();

  /** The matching runs as a background job before the curator's review. */
  static ProcessInstance startAndPropose() {
    ProcessInstance stage = start(ProgramProcess.STAGE_PAIRS);
    assertThat(stage).isWaitingAt(Pairs.PROPOSE);
    execute(job(stage));
    return stage;
  }

  @Test
  void unpairedMenteesGetSupportAndTheStageEnds() {
    ProcessInstance stage = startAndPropose();
    assertThat(doubles.proposals).isEqualTo(1);
    assertThat(task(stage)).hasDefinitionKey(Pairs.FORM_PAIRS).hasCandidateGroup("curator");
    complete(task(stage));
    assertThat(task(stage)).hasDefinitionKey(Pairs.CONFIRM_CONSENTS).hasCandidateGroup("curator");
    complete(task(stage));
    doubles.missingRequisites = true;
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey("Task_FixRequisites");
    complete(task(stage));
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey(Pairs.APPROVE_PAIRS).hasCandidateGroup("director");
    complete(task(stage), withVariables(ProgramProcess.DECISION, "approve", Pairs.UNPAIRED_MENTEES, 2));
    assertThat(stage).isEnded().hasPassed(Pairs.START_SUPPORT, "EndEvent_PairsFormed");
    assertThat(doubles.supportStarted).isEqualTo(1);
  }

  @Test
  void theCuratorKeepsSomePairsAndTheMatchingRunsAgainForTheRest() {
    ProcessInstance stage = startAndPropose();
    complete(task(stage), withVariables(Pairs.RERUN, true));
    assertThat(stage).isWaitingAt(Pairs.PROPOSE);
    execute(job(stage));
    assertThat(doubles.proposals).isEqualTo(2);
    assertThat(task(stage)).hasDefinitionKey(Pairs.FORM_PAIRS);
  }

  @Test
  void everyonePairedNeedsNoSupport() {
    ProcessInstance stage = startAndPropose();
    complete(task(stage));
    complete(task(stage));
    runJobs(stage);
    complete(task(stage), withVariables(ProgramProcess.DECISION, "approve", Pairs.UNPAIRED_MENTEES, 0));
    assertThat(stage).isEnded().hasNotPassed(Pairs.START_SUPPORT);
    assertThat(doubles.supportStarted).isZero();
  }

  @Test
  void directorReturnsPairsToTheCurator() {
    ProcessInstance stage = startAndPropose();
    complete(task(stage));
    complete(task(stage));
    runJobs(stage);
    complete(task(stage), withVariables(ProgramProcess.DECISION, "return"));
    assertThat(stage).isWaitingAt(Pairs.FORM_PAIRS);
  }
}
