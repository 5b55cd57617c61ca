package ru.nastavnik.pairing;

import static ru.nastavnik.program.ProgramProcess.Support.APPROVE_PAIR;
import static ru.nastavnik.program.ProgramProcess.Support.CONTINUE_SEARCH;
import static ru.nastavnik.program.ProgramProcess.Support.SUPPORT;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.matching.MatchingResult;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffService;

/** Support of a mentee without a pair: the psychologist's support, the curator's continued search. */
@Component("menteeSupportTasks")
public class MenteeSupportTaskListener extends StageTaskListener {

  private final PairingService pairing;
  private final PairProposalService proposals;
  private final StaffService staff;
  private final ProgramRecordService records;

  public MenteeSupportTaskListener(PairingService pairing, PairProposalService proposals, StaffService staff,
      ProgramRecordService records) {
    this.pairing = pairing;
    this.proposals = proposals;
    this.staff = staff;
    this.records = records;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    ViewOptions.text(task, "uiMentee", BaseService.label(mentee(task)));
    if (CONTINUE_SEARCH.equals(task.getTaskDefinitionKey())) {
      ViewOptions.set(task, "uiMentorOptions", pairing.appointedMentors(programId).stream()
              .filter(m -> pairing.freePlaces(programId, m) > 0).toList(),
          m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()) + ", свободных мест: " + pairing.freePlaces(programId, m));
      ViewOptions.set(task, "uiFormOptions", Arrays.asList(InteractionForm.values()), Enum::name, InteractionForm::title);
      proposeMentor(task, programId);
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    switch (task.getTaskDefinitionKey()) {
      case SUPPORT -> records.record(programId, ProgramRecord.Kind.MENTEE_SUPPORT, null,
          form.requiredDate("supportDate", "Дата"),
          mentee(task).shortName() + ": " + form.requiredText("supportForm", "Форма поддержки"), actor);
      case CONTINUE_SEARCH -> {
        String decision = form.requiredChoice("searchDecision", "Решение", Set.of("found", "wait", "close"));
        if ("found".equals(decision)) {
          form.requiredId("mentorId", "Наставник");
          form.requiredText("interactionForm", "Форма взаимодействия");
        }
      }
      case APPROVE_PAIR -> form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"));
      default -> { }
    }
  }

  /**
   * The matching for this mentee only, against the mentors' free places: its choice pre-fills
   * the form (the curator may take another), with the reasons above it.
   */
  private void proposeMentor(DelegateTask task, Long programId) {
    long menteeId = EngineContext.longVar(task, ProgramProcess.MENTEE_ID);
    MatchingResult result;
    try {
      result = proposals.proposeForSearching(programId, List.of(menteeId));
    } catch (UserFacingException e) {
      ViewOptions.text(task, "uiProposal", "Подбор не выполнен: " + e.getMessage());
      return;
    }
    result.pairs().stream().filter(p -> p.menteeId() == menteeId).findFirst().ifPresent(p -> {
      task.setVariable(PROPOSED_MENTOR, String.valueOf(p.mentorId()));
      task.setVariable("mentorId", String.valueOf(p.mentorId()));
      task.setVariable("interactionForm", p.form() == null ? "" : p.form().name());
    });
    ViewOptions.text(task, "uiProposal", proposals.searchProposal(programId, result, menteeId));
  }

  /** The mentor the continued search proposed (a process variable of the support process). */
  public static final String PROPOSED_MENTOR = "proposedMentorId";

  private StaffMember mentee(DelegateTask task) {
    return staff.inSchool((String) task.getVariable(ProgramProcess.SCHOOL_CODE),
        EngineContext.longVar(task, ProgramProcess.MENTEE_ID));
  }

  /** The service task after the director's approval. */
  @Component("fixAdditionalPair")
  public static class FixAdditionalPair implements org.camunda.bpm.engine.delegate.JavaDelegate {

    private final PairingService pairing;

    public FixAdditionalPair(PairingService pairing) {
      this.pairing = pairing;
    }

    @Override
    public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      Long programId = EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID);
      Long menteeId = EngineContext.longVar(execution, ProgramProcess.MENTEE_ID);
      Long mentorId = Long.valueOf(execution.getVariable("mentorId").toString());
      InteractionForm form = InteractionForm.byCode(String.valueOf(execution.getVariable("interactionForm")))
          .orElseThrow(() -> new UserFacingException("Не выбрана форма взаимодействия."));
      MentoringPair pair = pairing.fixAdditionalPair(programId, menteeId, mentorId, form);
      execution.setVariable(ProgramProcess.PAIR_ID, pair.getId());
    }
  }
}
