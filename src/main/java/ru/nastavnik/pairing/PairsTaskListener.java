package ru.nastavnik.pairing;

import static ru.nastavnik.program.ProgramProcess.Pairs.APPROVE_PAIRS;
import static ru.nastavnik.program.ProgramProcess.Pairs.CONFIRM_CONSENTS;
import static ru.nastavnik.program.ProgramProcess.Pairs.FORM_PAIRS;
import static ru.nastavnik.program.ProgramProcess.Pairs.UNPAIRED_MENTEES;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.OrderTasks;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/** Stage IV «Формирование наставнических пар и групп». */
@Component("pairsTasks")
public class PairsTaskListener extends StageTaskListener {

  private final PairingService pairing;
  private final PairProposalService proposals;
  private final ProgramRecordService records;

  public PairsTaskListener(PairingService pairing, PairProposalService proposals, ProgramRecordService records) {
    this.pairing = pairing;
    this.proposals = proposals;
    this.records = records;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case FORM_PAIRS -> {
        ViewOptions.set(task, "uiMenteeOptions", pairing.waitingMentees(programId),
            m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()) + " (" + m.getCategory().title() + ")");
        ViewOptions.set(task, "uiMentorOptions", pairing.appointedMentors(programId),
            m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()) + ", мест: " + m.getCapacity());
        ViewOptions.set(task, "uiFormOptions", Arrays.asList(InteractionForm.values()),
            Enum::name, InteractionForm::title);
        ViewOptions.text(task, "uiProposalReasons", proposalText(task, programId));
      }
      case CONFIRM_CONSENTS -> ViewOptions.set(task, "uiPairOptions", pairing.pending(programId),
          MentoringPair::getId, PairingService::label);
      case APPROVE_PAIRS -> {
        OrderTasks.show(task, "orderPairs");
        ViewOptions.text(task, "uiPairsSummary",
          pairing.pending(programId).stream().map(PairingService::label).collect(Collectors.joining("; ")));
      }
      default -> { }
    }
  }

  /** The proposal's reasons as the curator reads them: each pair's score by criterion, the unpaired. */
  private String proposalText(DelegateTask task, Long programId) {
    StringBuilder text = new StringBuilder();
    for (var choice : PairingService.parse(FormValues.of(task).rows(ProgramProcess.Pairs.ROWS))) {
      var explained = proposals.explain(programId, choice.menteeId(), choice.mentorId());
      text.append(pairing.label(programId, choice.menteeId(), choice.mentorId())).append(" — ")
          .append(explained.score()).append(" баллов: ").append(PairProposalService.reasons(explained)).append('\n');
    }
    records.of(programId, ProgramRecord.Kind.PAIRING_PROPOSAL).stream().reduce((a, b) -> b)
        .ifPresent(r -> text.append('\n').append(r.getDetails()));
    return text.toString().trim();
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case FORM_PAIRS -> {
        var rows = form.rows(ProgramProcess.Pairs.ROWS);
        var choices = PairingService.parse(rows);
        if (form.flag(ProgramProcess.Pairs.RERUN)) {
          // the curator's rows stay as they are; the matching proposes for the others
          task.getExecution().setVariable(ProgramProcess.Pairs.LOCKED, task.getVariable(ProgramProcess.Pairs.ROWS));
          return;
        }
        if (rows.isEmpty()) {
          throw new UserFacingException("Добавьте хотя бы одну пару: наставляемый, наставник и форма взаимодействия.");
        }
        for (MentoringPair pair : pairing.formPairs(programId, choices)) {
          int score = 0;
          StringBuilder why = new StringBuilder();
          for (var mentee : pair.getMentees()) {
            var explained = proposals.explain(programId, mentee.getId(), pair.getMentor().getId());
            score += explained.score();
            why.append(mentee.shortName()).append(": ").append(PairProposalService.reasons(explained)).append(". ");
          }
          pair.explain(score, why.toString().trim());
        }
      }
      case CONFIRM_CONSENTS -> pairing.confirmConsents(programId, form.ids("consentedPairIds", "Пары с согласием"),
          form.requiredDate("consentDate", "Дата согласий"), actor);
      case APPROVE_PAIRS -> {
        String decision = form.requiredChoice(ProgramProcess.DECISION, "Решение", Set.of("approve", "return"));
        if ("approve".equals(decision)) {
          String summary = pairing.pending(programId).stream()
              .filter(p -> p.getStatus() == MentoringPair.Status.CONSENTED)
              .map(PairingService::label).collect(Collectors.joining("; "));
          if (summary.isEmpty()) {
            throw new UserFacingException("Нет пар с письменным согласием участников: утверждать нечего. Верните задачу куратору.");
          }
          int unpaired = pairing.approvePairs(programId);
          records.record(programId, ProgramRecord.Kind.ORDER_PAIRS, OrderTasks.number(task, "orderPairs"),
              OrderTasks.today(), summary, actor);
          task.getExecution().setVariable(UNPAIRED_MENTEES, unpaired);
        }
      }
      default -> { }
    }
  }
}
