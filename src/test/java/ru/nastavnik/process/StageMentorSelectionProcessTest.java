package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.MentorSelection;

@Deployment(resources = "nastavnik/processes/stage-mentor-selection.bpmn")
class StageMentorSelectionProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).build();

  @Test
  void oneInterviewPerCandidateThenTrainingAndTheOrder() {
    doubles.mentorBase.candidates.addAll(List.of(13L));
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTOR_SELECTION);
    assertThat(task(stage)).hasDefinitionKey(MentorSelection.SELECT_CANDIDATES).hasCandidateGroup("curator");
    complete(task(stage));

    List<Task> interviews = taskQuery().taskDefinitionKey(MentorSelection.INTERVIEW).list();
    assertThat(interviews).hasSize(3);
    interviews.forEach(t -> assertThat(t).hasCandidateGroup("deputy"));
    interviews.forEach(t -> complete(t));

    assertThat(stage).hasPassed(MentorSelection.COUNT_SELECTED);
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
    assertThat(doubles.documents).containsExactly("ORDER_MENTORS", "ORDER_MENTORS");
    assertThat(stage).isEnded().hasPassed("EndEvent_MentorsReady");
  }

  @Test
  void whenEveryCandidateIsRejectedTheCuratorLooksForOthers() {
    doubles.selectedMentors = 0;
    ProcessInstance stage = start(ProgramProcess.STAGE_MENTOR_SELECTION);
    complete(task(stage));
    taskQuery().taskDefinitionKey(MentorSelection.INTERVIEW).list().forEach(t -> complete(t));
    assertThat(stage).isWaitingAt(MentorSelection.SELECT_CANDIDATES);
  }
}
