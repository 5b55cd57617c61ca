package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MentorsAppointedEvent;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.MenteeSupportTaskListener;
import ru.nastavnik.pairing.PairProposalService;
import ru.nastavnik.pairing.SearchOnNewMentors;
import ru.nastavnik.pairing.matching.MatchingResult;
import ru.nastavnik.pairing.matching.ProposedPair;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.Support;
import ru.nastavnik.staff.StaffMember;

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

  @Test
  void newMentorsProposeAgainForTheMenteesStillSearchingOnly() {
    ProcessInstance found = waitingForNextTry(7L);
    ProcessInstance notFound = waitingForNextTry(8L);
    Date nextTry = job(notFound).getDuedate();
    BaseService bases = mock(BaseService.class);
    List<MenteeProfile> stillSearching = List.of(searching(7L), searching(8L));
    when(bases.menteesWithStatus(1L, MenteeProfile.Status.SEARCHING)).thenReturn(stillSearching);
    PairProposalService proposals = mock(PairProposalService.class);
    // the matching finds a mentor with a free place for mentee 7 only
    when(proposals.proposeForSearching(1L, List.of(7L, 8L))).thenReturn(new MatchingResult(
        List.of(new ProposedPair(7L, 42L, 85, List.of(), InteractionForm.F1, false)), List.of(), List.of(), null));

    new SearchOnNewMentors(bases, proposals, runtimeService(), managementService(),
        extension.getProcessEngine().getIdentityService()).mentorsAppointed(new MentorsAppointedEvent(1L, 1));

    verify(proposals).proposeForSearching(1L, List.of(7L, 8L));
    assertThat(found).variables().containsEntry(MenteeSupportTaskListener.PROPOSED_MENTOR, "42");
    org.assertj.core.api.Assertions.assertThat(job(found).getDuedate()).isBeforeOrEqualTo(new Date());
    execute(job(found));
    assertThat(found).isWaitingAt(Support.CONTINUE_SEARCH);
    assertThat(notFound).isWaitingAt(Support.WAIT).variables().doesNotContainKey(MenteeSupportTaskListener.PROPOSED_MENTOR);
    org.assertj.core.api.Assertions.assertThat(job(notFound).getDuedate()).isEqualTo(nextTry);
  }

  private static ProcessInstance waitingForNextTry(long menteeId) {
    ProcessInstance support = start(ProgramProcess.MENTEE_SUPPORT, ProgramProcess.MENTEE_ID, menteeId);
    complete(task(support));
    complete(task(support), withVariables("searchDecision", "wait"));
    assertThat(support).isWaitingAt(Support.WAIT);
    return support;
  }

  private static MenteeProfile searching(long staffId) {
    StaffMember staff = mock(StaffMember.class);
    when(staff.getId()).thenReturn(staffId);
    MenteeProfile mentee = mock(MenteeProfile.class);
    when(mentee.getStaff()).thenReturn(staff);
    return mentee;
  }
}
