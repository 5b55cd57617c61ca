package ru.nastavnik.monitoring;

import static ru.nastavnik.program.ProgramProcess.Completion.AWARD_ORDER;
import static ru.nastavnik.program.ProgramProcess.Completion.FINAL_EVENT;
import static ru.nastavnik.program.ProgramProcess.Completion.LONG_TERM_BASE;
import static ru.nastavnik.program.ProgramProcess.Completion.NOMINATE;
import static ru.nastavnik.program.ProgramProcess.Completion.RESULTS_ORDER;
import static ru.nastavnik.program.ProgramProcess.Completion.SCORE;
import static ru.nastavnik.program.ProgramProcess.Completion.SCORES;
import static ru.nastavnik.program.ProgramProcess.Completion.SUM_UP_PAIRS;
import static ru.nastavnik.program.ProgramProcess.Completion.TOTAL;

import com.fasterxml.jackson.databind.JsonNode;
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
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.OrderTasks;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/** Stage VI «Завершение программы». */
@Component("completionTasks")
public class CompletionTaskListener extends StageTaskListener {

  private final MonitoringService monitoring;
  private final CompletionService completion;
  private final ProgramRecordService records;
  private final ru.nastavnik.questionnaire.QuestionnaireService questionnaires;

  public CompletionTaskListener(MonitoringService monitoring, CompletionService completion,
      ProgramRecordService records, ru.nastavnik.questionnaire.QuestionnaireService questionnaires) {
    this.monitoring = monitoring;
    this.completion = completion;
    this.records = records;
    this.questionnaires = questionnaires;
  }

  @Override
  protected void prepare(DelegateTask task, Long programId) {
    String key = task.getTaskDefinitionKey();
    if (NOMINATE.equals(key)) {
      ViewOptions.set(task, "uiMentorOptions", monitoring.appointedMentors(programId),
          m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
      pairOptions(task, programId);
    } else if (SUM_UP_PAIRS.equals(key)) {
      List<MentoringPair> worked = pairOptions(task, programId);
      // one row per pair that worked, the curator fills in the outcome
      task.setVariableLocal(ProgramProcess.Completion.OUTCOME_ROWS, org.camunda.spin.plugin.variable.SpinValues
          .jsonValue(worked.stream().map(p -> "{\"pairId\":\"" + p.getId() + "\"}")
              .collect(Collectors.joining(",", "[", "]"))).create());
    } else if (FINAL_EVENT.equals(key)) {
      pairOptions(task, programId);
    } else if (LONG_TERM_BASE.equals(key)) {
      List<ru.nastavnik.bases.MenteeProfile> paired = monitoring.pairedMentees(programId);
      ViewOptions.set(task, "uiMenteeOptions", paired,
          m -> m.getStaff().getId(), m -> BaseService.label(m.getStaff()));
      preselectFutureMentors(task, paired);
    } else if (RESULTS_ORDER.equals(key)) {
      OrderTasks.show(task, "orderResults");
    } else if (AWARD_ORDER.equals(key)) {
      OrderTasks.show(task, "orderAwards");
      ViewOptions.text(task, "uiNominees", awarded(programId));
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
      case FINAL_EVENT -> {
        String format = form.requiredText("eventFormat", "Формат");
        java.time.LocalDate date = form.requiredDate("eventDate", "Дата мероприятия");
        int participants = form.requiredInt("participants", "Число участников", 1, 100000);
        List<CompletionService.PracticeInput> practices = new ArrayList<>();
        for (JsonNode row : form.rows(ProgramProcess.Completion.PRACTICE_ROWS)) {
          practices.add(new CompletionService.PracticeInput(text(row, "title"), text(row, "author"),
              id(row, "pairId"), text(row, "description")));
        }
        completion.recordFinalEvent(programId, format, date, participants, form.text("uiMaterials"), practices, actor);
        records.record(programId, ProgramRecord.Kind.FINAL_EVENT, null, date, format + ", участников: " + participants
            + (practices.isEmpty() ? "." : ". Лучших практик добавлено в методическую копилку: " + practices.size() + "."),
            actor);
      }
      case NOMINATE -> completion.nominate(programId,
          form.ids(ProgramProcess.Completion.MENTORS_OF_THE_YEAR, "Наставник года"),
          form.ids(ProgramProcess.Completion.BEST_PAIRS, "Лучшая пара"));
      case SUM_UP_PAIRS -> {
        List<CompletionService.OutcomeInput> rows = new ArrayList<>();
        for (JsonNode row : submitted(task, form, ProgramProcess.Completion.OUTCOME_ROWS).rows(ProgramProcess.Completion.OUTCOME_ROWS)) {
          rows.add(new CompletionService.OutcomeInput(id(row, "pairId"), text(row, "goalsReached"), text(row, "comment")));
        }
        completion.recordOutcomes(programId, rows, actor);
      }
      case LONG_TERM_BASE -> monitoring.addToLongTermBase(programId,
          submitted(task, form, "futureMentorIds").ids("futureMentorIds", "Желают стать наставниками"));
      case AWARD_ORDER -> records.record(programId, ProgramRecord.Kind.ORDER_AWARDS,
          OrderTasks.number(task, "orderAwards"), OrderTasks.today(),
          "Награждены: " + awarded(programId), actor);
      case RESULTS_ORDER -> records.record(programId, ProgramRecord.Kind.ORDER_RESULTS,
          OrderTasks.number(task, "orderResults"), OrderTasks.today(),
          "Итоги реализации программы: " + task.getVariable(ProgramProcess.Completion.LEVEL_VAR) + " уровень ("
              + task.getVariable(TOTAL) + " из 18 баллов)", actor);
      default -> { }
    }
  }

  /**
   * The values of a field the form came prefilled with (a task-local variable): a completion through
   * the task API sets the submitted value on the execution, where the prefill would hide it; a
   * Tasklist submission updates the task-local variable itself.
   */
  private static FormValues submitted(DelegateTask task, FormValues form, String name) {
    return task.getExecution().hasVariable(name) ? FormValues.of(task.getExecution()) : form;
  }

  /** Option list of the pairs that worked ({@code uiPairOptions}); returns them. */
  private List<MentoringPair> pairOptions(DelegateTask task, Long programId) {
    List<MentoringPair> worked = completion.workedPairs(programId);
    ViewOptions.set(task, "uiPairOptions", worked, MentoringPair::getId, PairingService::label);
    return worked;
  }

  /** «Иванова М. П. («Наставник года»), …; сертификаты участника: …». */
  private String awarded(Long programId) {
    String nominees = monitoring.nominations(programId).stream()
        .map(n -> n.getStaff().shortName() + " («" + n.getTitle() + "»)").collect(Collectors.joining(", "));
    String certified = completion.certifiedMentors(programId).stream().map(ru.nastavnik.staff.StaffMember::shortName)
        .collect(Collectors.joining(", "));
    return nominees + (certified.isEmpty() ? "" : "; сертификаты участника программы: " + certified);
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Long id(JsonNode row, String field) {
    String v = text(row, field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new UserFacingException("Значение «" + v + "» не является номером пары.");
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
