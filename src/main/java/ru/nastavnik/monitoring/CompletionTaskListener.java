package ru.nastavnik.monitoring;

import static ru.nastavnik.program.ProgramProcess.Completion.AWARD_ORDER;
import static ru.nastavnik.program.ProgramProcess.Completion.FINAL_EVENT;
import static ru.nastavnik.program.ProgramProcess.Completion.LONG_TERM_BASE;
import static ru.nastavnik.program.ProgramProcess.Completion.NOMINATE;
import static ru.nastavnik.program.ProgramProcess.Completion.RESULTS_ORDER;
import static ru.nastavnik.program.ProgramProcess.Completion.SCORE;
import static ru.nastavnik.program.ProgramProcess.Completion.SCORES;
import static ru.nastavnik.program.ProgramProcess.Completion.TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/** Stage VI «Завершение программы». */
@Component("completionTasks")
public class CompletionTaskListener implements TaskListener {

  private final MonitoringService monitoring;
  private final ProgramRecordService records;

  public CompletionTaskListener(MonitoringService monitoring, ProgramRecordService records) {
    this.monitoring = monitoring;
    this.records = records;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Long programId = EngineContext.longVar(task, ProgramProcess.PROGRAM_ID);
    String key = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (NOMINATE.equals(key)) {
        ViewOptions.set(task, "uiMentorOptions", monitoring.appointedMentors(programId),
            m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
      } else if (LONG_TERM_BASE.equals(key)) {
        ViewOptions.set(task, "uiMenteeOptions", monitoring.pairedMentees(programId),
            m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
      } else if (AWARD_ORDER.equals(key)) {
        ViewOptions.text(task, "uiNominees", monitoring.nominations(programId).stream()
            .map(n -> n.getStaff().shortName() + " («" + n.getTitle() + "»)").collect(Collectors.joining(", ")));
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    FormValues form = FormValues.of(task);
    String actor = EngineContext.actor(task);
    switch (key) {
      case SCORE -> {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= MonitoringService.INDICATORS.size(); i++) {
          values.add(form.requiredInt("indicator" + i, "Показатель " + i, 0, 2));
        }
        String encoded = MonitoringService.encode(values);
        task.getExecution().setVariable(SCORES, encoded);
        task.getExecution().setVariable(TOTAL, MonitoringService.total(encoded));
        task.getExecution().setVariable("effectivenessScoredBy", actor);
      }
      case FINAL_EVENT -> records.record(programId, ProgramRecord.Kind.FINAL_EVENT, null,
          form.requiredDate("eventDate", "Дата мероприятия"),
          form.requiredText("eventFormat", "Формат") + ", участников: "
              + form.requiredInt("participants", "Число участников", 1, 100000)
              + (form.flag("practicesCollected") ? ". Лучшие практики добавлены в методическую копилку." : "."), actor);
      case NOMINATE -> monitoring.nominate(programId, form.requiredIds("bestMentorIds", "Лучшие наставники"),
          form.requiredText("nominationTitle", "Номинация"));
      case LONG_TERM_BASE -> monitoring.addToLongTermBase(programId, form.ids("futureMentorIds", "Желают стать наставниками"));
      case AWARD_ORDER -> records.record(programId, ProgramRecord.Kind.ORDER_AWARDS,
          form.requiredText("orderNumber", "Номер приказа"), form.requiredDate("orderDate", "Дата приказа"),
          "Награждены: " + monitoring.nominations(programId).stream()
              .map(n -> n.getStaff().shortName() + " («" + n.getTitle() + "»)").collect(Collectors.joining(", ")), actor);
      case RESULTS_ORDER -> records.record(programId, ProgramRecord.Kind.ORDER_RESULTS,
          form.requiredText("orderNumber", "Номер приказа"), form.requiredDate("orderDate", "Дата приказа"),
          "Итоги реализации программы: " + task.getVariable(ProgramProcess.Completion.LEVEL_VAR) + " уровень ("
              + task.getVariable(TOTAL) + " из 18 баллов)", actor);
      default -> { }
    }
    FormValues.dropViewVariables(task);
  }

  /** Stores the score with the level the DMN table gave. */
  @Component("recordEffectiveness")
  public static class RecordEffectiveness implements org.camunda.bpm.engine.delegate.JavaDelegate {

    private final MonitoringService monitoring;

    public RecordEffectiveness(MonitoringService monitoring) {
      this.monitoring = monitoring;
    }

    @Override
    public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      monitoring.record(EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID),
          (String) execution.getVariable(SCORES),
          (String) execution.getVariable(ProgramProcess.Completion.LEVEL_VAR),
          (String) execution.getVariable("effectivenessScoredBy"));
    }
  }

}
