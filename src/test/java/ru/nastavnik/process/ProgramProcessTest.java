package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;

/** The six stages in order; each stage is replaced by a stub so the program is tested on its own. */
@Deployment(resources = "nastavnik/processes/mentoring-program.bpmn")
class ProgramProcessTest {

  static final List<String> STAGES = List.of(ProgramProcess.STAGE_PREPARATION, ProgramProcess.STAGE_MENTEE_BASE,
      ProgramProcess.STAGE_MENTOR_SELECTION, ProgramProcess.STAGE_PAIRS, ProgramProcess.STAGE_PAIR_WORK,
      ProgramProcess.STAGE_COMPLETION);

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).build();

  ProcessTestDoubles.Registered doubles;

  @BeforeEach
  void setUp() {
    doubles = ProcessTestDoubles.register();
    RepositoryService repository = extension.getProcessEngine().getRepositoryService();
    var deployment = repository.createDeployment().name("stage stubs");
    for (String key : STAGES) {
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
          .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Stub").endEvent().done());
    }
    deployment.deploy();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void runsTheSixStagesInOrderAndPassesTheProgramToEach() {
    ProcessInstance program = runtimeService().startProcessInstanceByKey(ProgramProcess.KEY, "starica-2025/26",
        withVariables(ProgramProcess.SCHOOL_CODE, "starica", ProgramProcess.ACADEMIC_YEAR, "2025/26"));

    String[] calls = {ProgramProcess.CALL_PREPARATION, ProgramProcess.CALL_MENTEE_BASE,
        ProgramProcess.CALL_MENTOR_SELECTION, ProgramProcess.CALL_PAIRS, ProgramProcess.CALL_PAIR_WORK,
        ProgramProcess.CALL_COMPLETION};
    for (int i = 0; i < calls.length; i++) {
      assertThat(program).isWaitingAt(calls[i]);
      ProcessInstance stage = runtimeService().createProcessInstanceQuery().superProcessInstanceId(program.getId()).singleResult();
      assertThat(stage).hasProcessDefinitionKey(STAGES.get(i)).hasBusinessKey("starica-2025/26")
          .hasVariables(ProgramProcess.PROGRAM_ID, ProgramProcess.SCHOOL_CODE, ProgramProcess.ACADEMIC_YEAR);
      org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
          org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(stage));
    }
    assertThat(program).isEnded().hasPassed(ProgramProcess.END);
    // the annual roadmap hears of every stage's end (its linked rows close themselves)
    org.assertj.core.api.Assertions.assertThat(doubles.stagesCompleted).containsExactly(calls);
  }
}
