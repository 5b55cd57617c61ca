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
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/** Stage IV «Формирование наставнических пар и групп». */
@Component("pairsTasks")
public class PairsTaskListener extends StageTaskListener {

  private final PairingService pairing;
  private final ProgramRecordService records;

  public PairsTaskListener(PairingService pairing, ProgramRecordService records) {
    this.pairing = pairing;
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
      }
      case CONFIRM_CONSENTS -> ViewOptions.set(task, "uiPairOptions", pairing.pending(programId),
          MentoringPair::getId, PairingService::label);
      case APPROVE_PAIRS -> ViewOptions.text(task, "uiPairsSummary",
          pairing.pending(programId).stream().map(PairingService::label).collect(Collectors.joining("; ")));
      default -> { }
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case FORM_PAIRS -> {
        var rows = form.rows("pairs");
        if (rows.isEmpty()) {
          throw new UserFacingException("Добавьте хотя бы одну пару: наставляемый, наставник и форма взаимодействия.");
        }
        pairing.formPairs(programId, PairingService.parse(rows));
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
          records.record(programId, ProgramRecord.Kind.ORDER_PAIRS, form.requiredText("orderNumber", "Номер приказа"),
              form.requiredDate("orderDate", "Дата приказа"), summary, actor);
          task.getExecution().setVariable(UNPAIRED_MENTEES, unpaired);
        }
      }
      default -> { }
    }
  }
}
