package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.MentorSelection;
import ru.nastavnik.questionnaire.QuestionnaireProcess;

@Deployment(resources = "nastavnik/processes/stage-mentor-selection.bpmn")
class StageMentorSelectionProcessTest extends StageProcessTestBase {

  static final String QUESTIONNAIRE = "CallActivity_MentorQuestionnaire";
  static final String CRITERIA = "BusinessRuleTask_ApplySelectionCriteria";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).excludeProcessDefinitionKeys(QuestionnaireProcess.KEY).build();

  final List<Long> criteriaApplied = new ArrayList<>();

  /** {@code ${questionnaireRespondents.mentorCandidates(programId)}}. */
  public static class Respondents {
    // the real bean answers a Spin JSON array; the process-test engine has no Spin, so text
    public String mentorCandidates(Long programId) {
      return "[11,12]";
    }
  }

  @BeforeEach
  void stubTheCollection() {
    Mocks.register("questionnaireRespondents", new Respondents());
    Mocks.register("workingDays", new StageMenteeBaseProcessTest.WorkingDays());
    Mocks.register("applyMentorSelectionCriteria", (JavaDelegate) execution ->
        criteriaApplied.add((Long) execution.getVariable("mentorQuestionnaireCollectionId")));
    extension.getProcessEngine().getRepositoryService().createDeployment()
        .addModelInstance("questionnaire-collection.bpmn", Bpmn.createExecutableProcess(QuestionnaireProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Stub").endEvent().done())
        .deploy();
  }

  /** The candidates' questionnaire goes out; the stub collection answers with its id. */
  private void questionnairesCollected(ProcessInstance stage) {
    assertThat(stage).isWaitingAt(QUESTIONNAIRE);
    ProcessInstance collection = runtimeService().createProcessInstanceQuery().superProcessInstanceId(stage.getId())
        .singleResult();
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.TEMPLATE_CODE))
        .isEqualTo("mentor-questionnaire");
    assertThat(runtimeService().getVariable(collection.getId(), QuestionnaireProcess.RESPONDENT_IDS).toString())
        .isEqualTo("[11,12]");
    complete(task(collection), withVariables(QuestionnaireProcess.COLLECTION_ID, 8L));
  }

  @Test
  void oneInterviewPerCandidateThenTrainingAndTheOrder() {
    doubles.mentorBase.candidates.addAll(List.of(13L));
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTOR_SELECTION);
    assertThat(task(stage)).hasDefinitionKey(MentorSelection.SELECT_CANDIDATES).hasCandidateGroup("curator");
    complete(task(stage));
    questionnairesCollected(stage);

    List<Task> interviews = taskQuery().taskDefinitionKey(MentorSelection.INTERVIEW).list();
    assertThat(interviews).hasSize(3);
    interviews.forEach(t -> assertThat(t).hasCandidateGroup("deputy"));
    interviews.forEach(t -> complete(t));

    assertThat(stage).hasPassed(CRITERIA, MentorSelection.COUNT_SELECTED);
    assertThat(criteriaApplied).containsExactly(8L);
    assertThat(task(stage)).hasDefinitionKey(MentorSelection.RECORD_TRAINING);
    complete(task(stage));
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey(MentorSelection.APPOINT_MENTORS).hasCandidateGroup("director");
    complete(task(stage), withVariables(ProgramProcess.DECISION, "return"));
    assertThat(task(stage)).hasDefinitionKey(MentorSelection.RECORD_TRAINING);
    complete(task(stage));
    doubles.missingRequisites = true;
    runJobs(stage);
    assertThat(task(stage)).hasDefinitionKey("Task_FixRequisites").hasCandidateGroup("director");
    complete(task(stage));
    runJobs(stage);
    complete(task(stage), withVariables(ProgramProcess.DECISION, "approve"));
    // a certificate for each trained mentor before each version of the order
    // (the certificates' jobs run in any order)
    assertThat(doubles.documents).hasSize(6).element(2).isEqualTo("ORDER_MENTORS");
    assertThat(doubles.documents.get(5)).isEqualTo("ORDER_MENTORS");
    assertThat(doubles.documents.subList(0, 2)).containsExactlyInAnyOrder("TRAINING_CERTIFICATE:11", "TRAINING_CERTIFICATE:12");
    assertThat(doubles.documents.subList(3, 5)).containsExactlyInAnyOrder("TRAINING_CERTIFICATE:11", "TRAINING_CERTIFICATE:12");
    assertThat(stage).isEnded().hasPassed("EndEvent_MentorsReady");
  }

  @Test
  void whenEveryCandidateIsRejectedTheCuratorLooksForOthers() {
    doubles.selectedMentors = 0;
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTOR_SELECTION);
    complete(task(stage));
    questionnairesCollected(stage);
    taskQuery().taskDefinitionKey(MentorSelection.INTERVIEW).list().forEach(t -> complete(t));
    assertThat(stage).isWaitingAt(MentorSelection.SELECT_CANDIDATES);
  }
}
