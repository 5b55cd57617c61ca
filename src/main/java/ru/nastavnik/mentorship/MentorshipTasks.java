package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 *       {@value #MENTOR_USERNAME}); with {@value #APPOINT_ANOTHER} the head appoints the next one, so
 *       one program of the year holds a mentorship for each young teacher;
 *   <li>{@code appointments} / {@code begin} — the program runs one mentorship per appointment
 *       (multi-instance), each knowing its appointment ({@value #APPOINTMENT_ID}), mentor and young teacher;
 *   <li>{@code name} — a task of a mentorship names its young teacher, so the deputy and the head tell
 *       the mentorships apart in Tasklist;
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
  public static final String YOUNG_TEACHER_NAME = "youngTeacherName";
  public static final String MENTOR_NAME = "mentorName";
  public static final String APPOINTMENT_ID = "appointmentId";
  public static final String APPOINT_ANOTHER = "appointAnother";
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
    List<MentorshipRecords.Entry> done = records.appointments(programId(task));
    if (!done.isEmpty()) {
      ViewOptions.text(task, "uiAppointed", String.join("\n", done.stream()
          .map(e -> e.get("youngTeacher") + " — наставник " + e.get("mentor")).toList()));
    }
    // the head ticks «ещё одному» each time anew
    task.getExecution().setVariable(APPOINT_ANOTHER, false);
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
    for (MentorshipRecords.Entry done : records.appointments(programId(task))) {
      if (young.getId().toString().equals(done.get(YOUNG_TEACHER_ID))) {
        throw new UserFacingException("Молодому педагогу «" + young.fullName() + "» наставник уже назначен в этой"
            + " программе (" + done.get("mentor") + "): выберите другого молодого педагога.");
      }
      if (young.getId().toString().equals(done.get(MENTOR_ID))) {
        throw new UserFacingException("«" + young.fullName() + "» уже назначен наставником в этой программе"
            + " и не может быть молодым педагогом: выберите другого.");
      }
      if (mentor.getId().toString().equals(done.get(YOUNG_TEACHER_ID))) {
        throw new UserFacingException("«" + mentor.fullName() + "» — молодой педагог этой программы"
            + " и не может быть наставником: выберите другого наставника.");
      }
    }
    boolean another = FormValues.of(task).flag(APPOINT_ANOTHER);
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
    task.getExecution().setVariable(APPOINT_ANOTHER, another);
  }

  /** The program's mentorships to run, one per appointment: the appointments' record ids in order. */
  public List<Long> appointments(DelegateExecution execution) {
    Long program = programId(execution);
    List<Long> ids = records.appointments(program).stream().map(MentorshipRecords.Entry::id).toList();
    if (ids.isEmpty()) {
      throw new UserFacingException("В программе нет ни одного назначения наставника: наставничество не начато.");
    }
    return ids;
  }

  /**
   * At a mentorship's start: its mentor's login (the mentorship's tasks are theirs), the young
   * teacher and the mentor by name, from the head's appointment {@value #APPOINTMENT_ID}.
   */
  public void begin(DelegateExecution execution) {
    Long program = programId(execution);
    Long appointment = execution.getVariable(APPOINTMENT_ID) instanceof Number n ? n.longValue() : null;
    MentorshipRecords.Entry order = records.appointment(program, appointment).orElseThrow(() ->
        new UserFacingException("Назначение наставника № " + appointment + " не найдено в программе."));
    StaffMember mentor = staff.inSchool((String) execution.getVariable(ProgramProcess.SCHOOL_CODE),
        Long.valueOf(order.get(MENTOR_ID)));
    execution.setVariable(MENTOR_USERNAME, mentor.getUsername());
    execution.setVariable(MENTOR_NAME, order.get("mentor"));
    execution.setVariable(YOUNG_TEACHER_ID, Long.valueOf(order.get(YOUNG_TEACHER_ID)));
    execution.setVariable(YOUNG_TEACHER_NAME, order.get("youngTeacher"));
  }

  /**
   * On a mentorship's task creation: the task names the young teacher (and the description the
   * pair), so the head and the deputy tell several mentorships apart. A task of a program begun
   * with one mentorship and no such variables keeps its name.
   */
  public void name(DelegateTask task) {
    Object young = task.getVariable(YOUNG_TEACHER_NAME);
    if (young == null) {
      return;
    }
    task.setName(task.getName() + " — молодой педагог " + young);
    Object mentor = task.getVariable(MENTOR_NAME);
    task.setDescription("Молодой педагог: " + young + (mentor == null ? "" : "; наставник: " + mentor) + ".");
  }

  /** On the council's task: whose reports the council hears, one per mentorship of the program. */
  public void showCouncil(DelegateTask task) {
    List<MentorshipRecords.Entry> done = records.appointments(programId(task));
    if (!done.isEmpty()) {
      task.setDescription("Отчёты о результатах наставничества (" + done.size() + "): " + String.join("; ",
          done.stream().map(e -> "молодой педагог " + e.get("youngTeacher") + ", наставник " + e.get("mentor")).toList())
          + ".");
    }
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
    records.latest(program, ProgramRecord.Kind.PLAN_REVIEW, appointment(task))
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
    Long appointment = appointment(task);
    if (appointment != null) {
      fields.put(MentorshipRecords.APPOINTMENT, appointment.toString());
    }
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

  private static Long programId(DelegateExecution execution) {
    if (execution.getVariable(ProgramProcess.PROGRAM_ID) instanceof Number n) {
      return n.longValue();
    }
    throw new UserFacingException("У шага «" + execution.getCurrentActivityName()
        + "» нет переменной programId: программа не найдена.");
  }

  /** The mentorship a task belongs to; null in a program begun with one mentorship. */
  private static Long appointment(DelegateTask task) {
    return task.getVariable(APPOINTMENT_ID) instanceof Number n ? n.longValue() : null;
  }

  private static String limited(String text, String label) {
    if (text.length() > MAX_FIELD) {
      throw new UserFacingException("Поле «" + label + "» — не более " + MAX_FIELD + " символов.");
    }
    return text;
  }
}
