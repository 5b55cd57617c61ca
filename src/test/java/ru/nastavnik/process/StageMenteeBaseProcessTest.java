package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.MenteeBase;
import ru.nastavnik.questionnaire.QuestionnaireProcess;

@Deployment(resources = "nastavnik/processes/stage-mentee-base.bpmn")
class StageMenteeBaseProcessTest extends StageProcessTestBase {

  static final String DIAGNOSTICS = "CallActivity_MenteeDiagnostics";
  static final String NOTE = "ServiceTask_PrepareAnalyticNote";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(QuestionnaireProcess.KEY).build();

  final List<Long> notesBuilt = new ArrayList<>();

  /** {@code ${questionnaireRespondents.menteesInBase(programId)}} and {@code ${workingDays.dueIn(execution, 5)}}. */
  public static class Respondents {
    // the real bean answers a Spin JSON array; the process-test engine has no Spin, so text
    public String menteesInBase(Long programId) {
      return "[21,22]";
    }
  }

  public static class WorkingDays {
    public Date dueIn(VariableScope scope, int days) {
      return new Date(System.currentTimeMillis() + days * 86_400_000L);
    }
  }

  @BeforeEach
  void stubTheCollection() {
    Mocks.register("questionnaireRespondents", new Respondents());
    Mocks.register("workingDays", new WorkingDays());
    Mocks.register("prepareAnalyticNote", (JavaDelegate) execution ->
        notesBuilt.add((Long) execution.getVariable("diagnosticsCollectionId")));
    extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance("questionnaire-collection.bpmn", Bpmn.createExecutableProcess(QuestionnaireProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Stub").endEvent().done())
        .deploy();
  }

  /** The diagnostics go out to the mentees in the base; the stub collection answers with its id. */
  private void diagnosticsCollected(ProcessInstance stage) {
    assertThat(stage).isWaitingAt(DIAGNOSTICS);
    ProcessInstance collection = runtimeService().createProcessInstanceQuery().superProcessInstanceId(stage.getId())
        .singleResult();
    assertThat(collection).hasVariables(QuestionnaireProcess.TEMPLATE_CODE, QuestionnaireProcess.RESPONDENT_IDS,
        QuestionnaireProcess.DEADLINE_VAR, ProgramProcess.PROGRAM_ID, ProgramProcess.SCHOOL_CODE);
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.TEMPLATE_CODE))
        .isEqualTo("mentee-diagnostics");
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.RESPONDENT_IDS).toString())
        .isEqualTo("[21,22]");
    complete(task(collection), withVariables(QuestionnaireProcess.COLLECTION_ID, 5L));
  }

  @Test
  void curatorBuildsTheBaseTheDiagnosticsGiveTheNoteAndDeputyApproves() {
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTEE_BASE);
    assertThat(task(stage)).hasDefinitionKey(MenteeBase.SELECT_MENTEES).hasCandidateGroup("curator");
    complete(task(stage));
    assertThat(task(stage)).hasDefinitionKey(MenteeBase.RECORD_CONSENTS).hasCandidateGroup("curator");
    complete(task(stage), withVariables(MenteeBase.MENTEES_IN_BASE, 3));
    diagnosticsCollected(stage);
    assertThat(stage).hasPassed(NOTE);
    assertThat(notesBuilt).containsExactly(5L);
    assertThat(task(stage)).hasDefinitionKey(MenteeBase.APPROVE_BASE).hasCandidateGroup("deputy");
    org.assertj.core.api.Assertions.assertThat(doubles.documents).isEmpty();
    complete(task(stage), withVariables(ProgramProcess.DECISION, "approve"));
    // the approved note is also a document of the school (DOCX)
    assertThat(stage).isEnded().hasPassed("ServiceTask_GenerateAnalyticNote", "EndEvent_MenteeBaseFormed");
    org.assertj.core.api.Assertions.assertThat(doubles.documents).containsExactly("ANALYTIC_NOTE");
  }

  @Test
  void withoutConsentsTheCuratorStartsAgain() {
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTEE_BASE);
    complete(task(stage));
    complete(task(stage), withVariables(MenteeBase.MENTEES_IN_BASE, 0));
    assertThat(stage).isWaitingAt(MenteeBase.SELECT_MENTEES).hasNotPassed(DIAGNOSTICS);
  }

  @Test
  void deputyReturnsTheBaseForRework() {
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTEE_BASE);
    complete(task(stage));
    complete(task(stage), withVariables(MenteeBase.MENTEES_IN_BASE, 2));
    diagnosticsCollected(stage);
    complete(task(stage), withVariables(ProgramProcess.DECISION, "return"));
    assertThat(stage).isWaitingAt(MenteeBase.SELECT_MENTEES);
  }
}
