package ru.nastavnik.pairing;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MentorsAppointedEvent;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.matching.MatchingResult;
import ru.nastavnik.pairing.matching.ProposedPair;
import ru.nastavnik.program.ProgramProcess;

/**
 * When new mentors enter the mentor base, the matching proposes again for the mentees still in
 * the search, and for them only: pairs already formed keep their places and are not touched.
 * Each mentee that gets a proposal has it in its support process ({@code proposedMentorId}),
 * and a search waiting for its next try continues now.
 */
@Component
public class SearchOnNewMentors {

  private static final Logger LOG = LoggerFactory.getLogger(SearchOnNewMentors.class);

  private final BaseService bases;
  private final PairProposalService proposals;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final IdentityService identity;

  public SearchOnNewMentors(BaseService bases, PairProposalService proposals, RuntimeService runtime,
      ManagementService management, IdentityService identity) {
    this.bases = bases;
    this.proposals = proposals;
    this.runtime = runtime;
    this.management = management;
    this.identity = identity;
  }

  /**
   * Runs once the appointment is committed; a failure here is logged and leaves the searches as
   * they were (the curator's next «Продолжить поиск» proposes anyway).
   */
  @TransactionalEventListener(fallbackExecution = true)
  public void mentorsAppointed(MentorsAppointedEvent event) {
    try {
      proposeAgain(event);
    } catch (RuntimeException e) {
      LOG.warn("Повторный подбор для наставляемых без пары (программа {}) не выполнен: {}",
          event.programId(), e.getMessage(), e);
    }
  }

  private void proposeAgain(MentorsAppointedEvent event) {
    List<Long> searching = bases.menteesWithStatus(event.programId(), MenteeProfile.Status.SEARCHING).stream()
        .map(m -> m.getStaff().getId()).toList();
    if (searching.isEmpty()) {
      return;
    }
    MatchingResult result = proposals.proposeForSearching(event.programId(), searching);
    EngineContext.asSystem(identity, () -> {
      for (ProposedPair pair : result.pairs()) {
        for (ProcessInstance support : runtime.createProcessInstanceQuery()
            .processDefinitionKey(ProgramProcess.MENTEE_SUPPORT).active()
            .variableValueEquals(ProgramProcess.PROGRAM_ID, event.programId())
            .variableValueEquals(ProgramProcess.MENTEE_ID, pair.menteeId()).list()) {
          runtime.setVariable(support.getId(), MenteeSupportTaskListener.PROPOSED_MENTOR,
              String.valueOf(pair.mentorId()));
          for (Job timer : management.createJobQuery().processInstanceId(support.getId()).timers().list()) {
            management.setJobDuedate(timer.getId(), new Date());
          }
        }
      }
    });
  }
}
