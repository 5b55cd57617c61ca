package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffService;

/**
 * {@code mentorship}: the steps of one mentorship of seed 003 (Kazakhstan), called from task
 * listener expressions such as {@code ${mentorship.plan(task)}}. Each completed step is fixed as a
 * record of the program (the free text leaves Camunda: the form's «ui» variables are dropped); the
 * plan and the report documents are built from these records.
 *
 * <ul>
 *   <li>{@code showAppointment} / {@code appoint} — the head appoints the mentor of a young teacher
 *       (the order fixes both; the mentorship's tasks go to that mentor, variable
 *       {@value #MENTOR_USERNAME});
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
  public static final String MENTOR_USERNAME = "mentorUsername";
  public static final String MENTOR_ID = "mentorId";
  public static final String YOUNG_TEACHER_ID = "youngTeacherId";
  static final int MAX_FIELD = 1200;

  private final MentorshipRecords records;
  private final StaffService staff;

  public MentorshipTasks(MentorshipRecords records, StaffService staff) {
    this.records = records;
    this.staff = staff;
  }

  /** On the appointment's creation: the school's teachers to choose the mentor and the young teacher from. */
  public void showAppointment(DelegateTask task) {
    String school = (String) task.getVariable(ProgramProcess.SCHOOL_CODE);
    List<StaffMember> teachers = staff.appointable(school);
    // mentors first, then the rest; young teachers (mentees, then by experience) first
    ViewOptions.set(task, "uiMentorOptions", teachers.stream()
        .sorted(Comparator.comparing((StaffMember s) -> !s.hasRole(Role.MENTOR)).thenComparing(StaffMember::fullName))
        .toList(), StaffMember::getId, BaseService::label);
    ViewOptions.set(task, "uiYoungTeacherOptions", teachers.stream()
        .sorted(Comparator.comparing((StaffMember s) -> !s.hasRole(Role.MENTEE))
            .thenComparingInt(StaffMember::getExperienceYears)
            .thenComparing(StaffMember::fullName))
        .toList(), StaffMember::getId, BaseService::label);
  }

  /**
   * The head's order appointing the mentor: both people of the school, not the same, neither the
   * head; the mentor's login goes to the process so the mentorship's steps reach that mentor alone.
   */
  public void appoint(DelegateTask task) {
    FormValues form = FormValues.of(task);
    String school = (String) task.getVariable(ProgramProcess.SCHOOL_CODE);
    StaffMember mentor = staff.inSchool(school, form.requiredId(MENTOR_ID, "Наставник"));
    StaffMember young = staff.inSchool(school, form.requiredId(YOUNG_TEACHER_ID, "Молодой педагог"));
    if (mentor.getId().equals(young.getId())) {
      throw new UserFacingException("Наставник и молодой педагог — разные сотрудники: выберите другого наставника.");
    }
    if (mentor.hasRole(Role.DIRECTOR) || young.hasRole(Role.DIRECTOR)) {
      throw new UserFacingException("Руководитель организации не назначается ни наставником, ни молодым педагогом.");
    }
    if (!mentor.isActive() || !young.isActive()) {
      throw new UserFacingException("Сотрудник «" + (mentor.isActive() ? young : mentor).fullName()
          + "» не работает в школе: выберите другого.");
    }
    staff.grantRole(mentor, Role.MENTOR);
    staff.grantRole(young, Role.MENTEE);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(MENTOR_ID, mentor.getId().toString());
    fields.put(YOUNG_TEACHER_ID, young.getId().toString());
    fields.put("mentor", mentor.fullName());
    fields.put("youngTeacher", young.fullName());
    save(task, ProgramRecord.Kind.MENTORSHIP_APPOINTMENT, fields);
    task.getExecution().setVariable(MENTOR_USERNAME, mentor.getUsername());
    task.getExecution().removeVariable(MENTOR_ID);
    task.getExecution().removeVariable(YOUNG_TEACHER_ID);
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
