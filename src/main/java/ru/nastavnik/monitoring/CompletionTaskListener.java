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
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.StageTaskListener;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.OrderTasks;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/** Stage VI «Завершение программы». */
@Component("completionTasks")
public class CompletionTaskListener extends StageTaskListener {

  private final MonitoringService monitoring;
  private final ProgramRecordService records;
  private final ru.nastavnik.questionnaire.QuestionnaireService questionnaires;

  public CompletionTaskListener(MonitoringService monitoring, ProgramRecordService records,
      ru.nastavnik.questionnaire.QuestionnaireService questionnaires) {
    this.monitoring = monitoring;
    this.records = records;
    this.questionnaires = questionnaires;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    String key = task.getTaskDefinitionKey();
    if (NOMINATE.equals(key)) {
      ViewOptions.set(task, "uiMentorOptions", monitoring.appointedMentors(programId),
          m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
    } else if (LONG_TERM_BASE.equals(key)) {
      List<ru.nastavnik.bases.MenteeProfile> paired = monitoring.pairedMentees(programId);
      ViewOptions.set(task, "uiMenteeOptions", paired,
          m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
      preselectFutureMentors(task, paired);
    } else if (RESULTS_ORDER.equals(key)) {
      OrderTasks.show(task, "orderResults");
    } else if (AWARD_ORDER.equals(key)) {
      OrderTasks.show(task, "orderAwards");
      ViewOptions.text(task, "uiNominees", monitoring.nominations(programId).stream()
          .map(n -> n.getStaff().shortName() + " («" + n.getTitle() + "»)").collect(Collectors.joining(", ")));
    }
  }

  @Override
  protected void record(DelegateTask task, Long programId, FormValues form, String actor) {
    String key = task.getTaskDefinitionKey();
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
          OrderTasks.number(task, "orderAwards"), OrderTasks.today(),
          "Награждены: " + monitoring.nominations(programId).stream()
              .map(n -> n.getStaff().shortName() + " («" + n.getTitle() + "»)").collect(Collectors.joining(", ")), actor);
      case RESULTS_ORDER -> records.record(programId, ProgramRecord.Kind.ORDER_RESULTS,
          OrderTasks.number(task, "orderResults"), OrderTasks.today(),
          "Итоги реализации программы: " + task.getVariable(ProgramProcess.Completion.LEVEL_VAR) + " уровень ("
              + task.getVariable(TOTAL) + " из 18 баллов)", actor);
      default -> { }
    }
  }

  /**
   * The mentees who answered «Да» to «Хотели бы вы в будущем стать наставником?» in the exit
   * questionnaire come pre-selected; the curator confirms or changes the choice.
   */
  private void preselectFutureMentors(DelegateTask task, List<ru.nastavnik.bases.MenteeProfile> paired) {
    Object collectionId = task.getVariable(ProgramProcess.Completion.EXIT_COLLECTION_ID);
    if (!(collectionId instanceof Number id)) {
      return;
    }
    List<String> willing = paired.stream().map(m -> m.getStaff().getId())
        .filter(staffId -> wantsToMentor(questionnaires.answersOf(id.longValue(), staffId)
            .get(ru.nastavnik.questionnaire.QuestionnaireCatalogue.WANTS_TO_MENTOR)))
        .map(String::valueOf).toList();
    if (!willing.isEmpty()) {
      task.setVariableLocal("futureMentorIds", org.camunda.spin.plugin.variable.SpinValues
          .jsonValue(willing.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"))).create());
    }
  }

  private static boolean wantsToMentor(Object answer) {
    return answer instanceof List<?> list ? list.contains("yes") : "yes".equals(answer);
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
