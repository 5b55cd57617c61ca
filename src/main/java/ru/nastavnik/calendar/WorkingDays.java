package ru.nastavnik.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.UserFacingException;

/**
 * Deadlines for BPMN expressions, counted from the engine's clock ({@link ClockUtil}, which
 * process tests move) in the school's production calendar and time zone:
 *
 * <pre>
 * &lt;bpmn:userTask camunda:dueDate="${workingDays.dueIn(execution, 5)}" …/&gt;
 * &lt;bpmn:timeDate&gt;${workingDays.calendarDaysDue(execution, 10)}&lt;/bpmn:timeDate&gt;
 * </pre>
 *
 * The school is the process variable {@value #SCHOOL_CODE}, or else the tenant of the execution
 * (a school is a Camunda tenant). The result is the deadline day at
 * {@code nastavnik.calendar.due-time} (18:00) local time.
 */
@Component("workingDays")
public class WorkingDays {

  /** Process variable holding the school's code. */
  public static final String SCHOOL_CODE = "schoolCode";

  private final WorkingCalendar calendars;
  private final CalendarProperties properties;

  public WorkingDays(WorkingCalendar calendars, CalendarProperties properties) {
    this.calendars = calendars;
    this.properties = properties;
  }

  /** End of the {@code workingDays}-th working day after today (today not counted). */
  public Date dueIn(VariableScope execution, int workingDays) {
    return due(execution, workingDays, ProductionCalendar::addWorkingDays);
  }

  /** End of the day {@code days} calendar days after today. */
  public Date calendarDaysDue(VariableScope execution, int days) {
    return due(execution, days, ProductionCalendar::addCalendarDays);
  }

  private Date due(VariableScope execution, int days, Term term) {
    ProductionCalendar calendar = calendars.calendarFor(schoolCode(execution));
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone());
    LocalDate deadline = term.apply(calendar, today, days);
    return Date.from(deadline.atTime(properties.dueTime()).atZone(calendar.zone()).toInstant());
  }

  @FunctionalInterface
  private interface Term {
    LocalDate apply(ProductionCalendar calendar, LocalDate start, int days);
  }

  private static String schoolCode(VariableScope execution) {
    if (execution == null) {
      throw new UserFacingException("Срок не рассчитан: выражение вызвано без execution.");
    }
    Object code = execution.getVariable(SCHOOL_CODE);
    if (code == null) {
      code = tenantId(execution);
    }
    if (code == null || code.toString().isBlank()) {
      throw new UserFacingException("Срок не рассчитан: у процесса нет переменной «" + SCHOOL_CODE
          + "» и он запущен не от имени школы (без арендатора).");
    }
    return code.toString();
  }

  private static String tenantId(VariableScope execution) {
    if (execution instanceof DelegateExecution delegate) {
      return delegate.getTenantId();
    }
    if (execution instanceof DelegateTask task) {
      return task.getTenantId();
    }
    return null;
  }
}
