package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;

/**
 * {@code mentorship}: the steps of one mentorship of seed 003 (Kazakhstan), called from task
 * listener expressions such as {@code ${mentorship.plan(task)}}. Each completed step is fixed as a
 * record of the program (the free text leaves Camunda: the form's «ui» variables are dropped); the
 * plan and the report documents are built from these records.
 *
 * <ul>
 *   <li>{@code diagnostics} — the mentor's diagnostics: level of preparation and individual needs;
 *   <li>{@code showReturn} / {@code plan} — the mentor drafts the plan (goals and tasks, main
 *       directions, activities one a line «срок — мероприятие»), seeing why it came back;
 *   <li>{@code showPlan} / {@code review} — the deputy agrees, the head approves: {@code decision}
 *       {@value MentorshipRecords#APPROVE} or {@value MentorshipRecords#RETURN} (a comment is then required);
 *   <li>{@code report} — the report to the pedagogical council: results and recommendations.
 * </ul>
 */
@Component("mentorship")
public class MentorshipTasks {

  public static final String DECISION = "decision";
  static final int MAX_FIELD = 1200;

  private final MentorshipRecords records;

  public MentorshipTasks(MentorshipRecords records) {
    this.records = records;
  }

  public void diagnostics(DelegateTask task) {
    FormValues form = FormValues.of(task);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("level", limited(form.requiredText("uiLevel", "Уровень подготовки педагога"), "Уровень подготовки педагога"));
    fields.put("needs", limited(form.requiredText("uiNeeds", "Индивидуальные потребности педагога"),
        "Индивидуальные потребности педагога"));
    save(task, ProgramRecord.Kind.MENTORSHIP_DIAGNOSTICS, fields);
  }

  /** On the draft's creation: the comment of the review that returned the plan, if it came back. */
  public void showReturn(DelegateTask task) {
    Long program = programId(task);
    records.latest(program, ProgramRecord.Kind.PLAN_REVIEW)
        .filter(r -> MentorshipRecords.RETURN.equals(r.get("decision")))
        .ifPresent(r -> ViewOptions.text(task, "uiReturnComment", r.get("reviewer") + ": " + r.get("comment")));
  }

  public void plan(DelegateTask task) {
    FormValues form = FormValues.of(task);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("goals", limited(form.requiredText("uiGoals", "Цели и задачи работы"), "Цели и задачи работы"));
    fields.put("directions", limited(form.requiredText("uiDirections", "Основные направления работы"),
        "Основные направления работы"));
    fields.put("activities", limited(form.requiredText("uiActivities", "Мероприятия"), "Мероприятия"));
    save(task, ProgramRecord.Kind.MENTORSHIP_PLAN, fields);
  }

  /** On a review's creation: the generated plan to download. */
  public void showPlan(DelegateTask task) {
    Object id = task.getVariable(DocumentKind.MENTORSHIP_PLAN.documentIdVariable());
    ViewOptions.text(task, "uiDocumentId", String.valueOf(id));
  }

  public void review(DelegateTask task) {
    FormValues form = FormValues.of(task);
    String decision = form.requiredChoice(DECISION, "Решение", Set.of(MentorshipRecords.APPROVE, MentorshipRecords.RETURN));
    String comment = form.text("uiComment");
    if (MentorshipRecords.RETURN.equals(decision) && comment == null) {
      throw new UserFacingException("Укажите в комментарии, что наставнику доработать в плане наставничества.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("step", task.getName());
    fields.put("decision", decision);
    fields.put("reviewer", task.getTaskDefinitionKey().contains("Approve")
        ? "Руководитель организации" : "Заместитель руководителя по учебной работе");
    fields.put("comment", comment == null ? "" : limited(comment, "Комментарий"));
    save(task, ProgramRecord.Kind.PLAN_REVIEW, fields);
  }

  public void report(DelegateTask task) {
    FormValues form = FormValues.of(task);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("results", limited(form.requiredText("uiResults", "Итоги реализации мероприятий плана"),
        "Итоги реализации мероприятий плана"));
    fields.put("recommendations", limited(form.requiredText("uiRecommendations",
        "Рекомендации для совершенствования практики"), "Рекомендации для совершенствования практики"));
    save(task, ProgramRecord.Kind.COUNCIL_REPORT, fields);
  }

  private void save(DelegateTask task, ProgramRecord.Kind kind, Map<String, String> fields) {
    records.save(programId(task), kind, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.systemDefault()), fields, EngineContext.actor(task));
    FormValues.dropViewVariables(task);
  }

  private static Long programId(DelegateTask task) {
    if (task.getVariable(ProgramProcess.PROGRAM_ID) instanceof Number n) {
      return n.longValue();
    }
    throw new UserFacingException("У задачи «" + task.getName() + "» нет переменной programId: программа не найдена.");
  }

  private static String limited(String text, String label) {
    if (text.length() > MAX_FIELD) {
      throw new UserFacingException("Поле «" + label + "» — не более " + MAX_FIELD + " символов.");
    }
    return text;
  }
}
