package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.test.mock.Mocks;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.PairWork;

@Deployment(resources = "nastavnik/processes/stage-pair-work.bpmn")
class StagePairWorkProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(ProgramProcess.PAIR, QuestionnaireProcess.KEY).build();

  /** {@code ${questionnaireRespondents.curators(programId)}} (text: the process-test engine has no Spin). */
  public static class Respondents {
    public String curators(Long programId) {
      return "[7]";
    }
  }

  @BeforeEach
  void stubPairProcess() {
    extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance("mentoring-pair.bpmn", Bpmn.createExecutableProcess(ProgramProcess.PAIR)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Stub").endEvent().done())
        .addModelInstance("questionnaire-collection.bpmn", Bpmn.createExecutableProcess(QuestionnaireProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_CollectionStub").endEvent().done())
        .deploy();
    Mocks.register("questionnaireRespondents", new Respondents());
    Mocks.register("workingDays", new StageMenteeBaseProcessTest.WorkingDays());
  }

  @Test
  void everyApprovedPairGetsItsOwnProcessWhileTheCuratorMonitors() {
    doubles.pairWork.pairs.add(3L);
    ProcessInstance stage = start(ProgramProcess.STAGE_PAIR_WORK);
    // each pair starts in its own transaction
    assertThat(jobQuery().count()).isEqualTo(3);
    jobQuery().list().forEach(j -> execute(j));
    List<ProcessInstance> pairs = runtimeService().createProcessInstanceQuery().superProcessInstanceId(stage.getId())
        .processDefinitionKey(ProgramProcess.PAIR).list();
    assertThat(pairs).hasSize(3);
    assertThat(pairs.stream().map(p -> runtimeService().getVariable(p.getId(), ProgramProcess.PAIR_ID)))
        .containsExactlyInAnyOrder(1L, 2L, 3L);

    // the curator's feedback questionnaire comes first, then the mid-year monitoring
    assertThat(stage).isWaitingAt(PairWork.CURATOR_FEEDBACK);
    ProcessInstance collection = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(QuestionnaireProcess.KEY).singleResult();
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.TEMPLATE_CODE)).isEqualTo("feedback-curator");
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.RESPONDENT_IDS).toString()).isEqualTo("[7]");
    complete(taskQuery().taskDefinitionKey("Task_CollectionStub").singleResult());
    complete(taskQuery().taskDefinitionKey(PairWork.MID_YEAR_MONITORING).singleResult());
    assertThat(stage).isNotEnded();
    taskQuery().taskDefinitionKey("Task_Stub").list().forEach(t -> complete(t));
    assertThat(stage).isEnded().hasPassed("EndEvent_PairWorkDone");
  }
}
