package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.Preparation;

@Deployment(resources = "nastavnik/processes/stage-preparation.bpmn")
class StagePreparationProcessTest extends StageProcessTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(ProcessTestDoubles.ENGINE_CONFIG)
      .assertClassCoverageAtLeast(0.9).build();

  @Test
  void directorIssuesOrderAndAppointsCuratorThenDeputyAndCuratorWorkInParallel() {
    ProcessInstance stage = start(ProgramProcess.STAGE_PREPARATION);
    assertThat(stage).isWaitingAt("ServiceTask_GenerateOrganisationOrder");
    runJobs(stage);
    org.assertj.core.api.Assertions.assertThat(doubles.documents)
        .containsExactly("ORDER_ORGANISATION", "ORDER_REGULATION", "REGULATION");

    assertThat(stage).isWaitingAt(Preparation.ISSUE_ORDER).hasVariables("orderOrganisationDocumentNumber",
        "orderRegulationDocumentNumber", "regulationDocumentId");
    assertThat(task(stage)).hasCandidateGroup("director").hasFormKey(null);
    org.assertj.core.api.Assertions.assertThat(task(stage).getDueDate()).isNotNull();
    complete(task(stage));

    assertThat(stage).isWaitingAt(Preparation.APPOINT_CURATOR);
    assertThat(task(stage)).hasCandidateGroup("director");
    complete(task(stage));

    assertThat(stage).isWaitingAt("ServiceTask_GenerateCuratorOrder");
    runJobs(stage);
    assertThat(stage).isWaitingAt(Preparation.SIGN_CURATOR_ORDER).hasVariables("orderCuratorDocumentNumber");
    assertThat(task(stage)).hasCandidateGroup("director");
    complete(task(stage), java.util.Map.of("decision", "approve"));

    assertThat(stage).isWaitingAt(Preparation.CHOOSE_FORMS, Preparation.INFORM_STAFF);
    assertThat(taskQuery().taskDefinitionKey(Preparation.CHOOSE_FORMS).singleResult()).hasCandidateGroup("deputy");
    assertThat(taskQuery().taskDefinitionKey(Preparation.INFORM_STAFF).singleResult()).hasCandidateGroup("curator");
    complete(taskQuery().taskDefinitionKey(Preparation.INFORM_STAFF).singleResult());
    assertThat(stage).isNotEnded();
    complete(taskQuery().taskDefinitionKey(Preparation.CHOOSE_FORMS).singleResult());

    assertThat(stage).isEnded().hasPassed("EndEvent_PreparationDone");
  }

  @Test
  void missingRequisitesGoToTheDirectorAndTheOrderIsGeneratedAgain() {
    doubles.missingRequisites = true;
    ProcessInstance stage = start(ProgramProcess.STAGE_PREPARATION);
    runJobs(stage);
    assertThat(stage).isWaitingAt("Task_FixRequisites");
    assertThat(task(stage)).hasCandidateGroup("director");
    complete(task(stage));
    runJobs(stage);
    assertThat(stage).isWaitingAt(Preparation.ISSUE_ORDER);
    org.assertj.core.api.Assertions.assertThat(doubles.documents)
        .containsExactly("ORDER_ORGANISATION", "ORDER_REGULATION", "REGULATION");
  }

  @Test
  void aReturnedCuratorOrderGoesBackToTheChoiceAndIsGeneratedAgain() {
    ProcessInstance stage = start(ProgramProcess.STAGE_PREPARATION);
    runJobs(stage);
    complete(task(stage));
    complete(task(stage));
    runJobs(stage);
    complete(task(stage), java.util.Map.of("decision", "return"));

    assertThat(stage).isWaitingAt(Preparation.APPOINT_CURATOR);
    complete(task(stage));
    runJobs(stage);
    assertThat(stage).isWaitingAt(Preparation.SIGN_CURATOR_ORDER);
    org.assertj.core.api.Assertions.assertThat(doubles.documents).filteredOn("ORDER_CURATOR"::equals).hasSize(2);
  }
}
