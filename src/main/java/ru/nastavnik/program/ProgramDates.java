package ru.nastavnik.program;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks from the seeds' windows of the academic year, e.g.
 * {@code camunda:dueDate="${programDates.by(execution, '09-30')}"} for «Август – сентябрь».
 * September–December fall in the first year of «2025/26», January–August in the second. A window
 * already past when the task appears (a program started late) gives the task
 * {@code nastavnik.program.late-start-days} days instead of an instant overdue.
 */
@Component("programDates")
public class ProgramDates {

  private final ZoneId zone;
  private final int lateStartDays;

  public ProgramDates(@Value("${nastavnik.program.zone:Europe/Moscow}") String zone,
      @Value("${nastavnik.program.late-start-days:14}") int lateStartDays) {
    this.zone = ZoneId.of(zone);
    this.lateStartDays = lateStartDays;
  }

  /** A date of the academic year: September–December of its first year, January–August of its second. */
  public Date by(VariableScope scope, String monthDay) {
    MonthDay md = MonthDay.parse("--" + monthDay);
    int firstYear = firstYear(scope);
    return due(md.atYear(md.getMonthValue() >= 9 ? firstYear : firstYear + 1));
  }

  /** A date before the academic year starts (stage I: «Май – август», «Июнь – август»). */
  public Date beforeYear(VariableScope scope, String monthDay) {
    return due(MonthDay.parse("--" + monthDay).atYear(firstYear(scope)));
  }

  /** A due date some days from now (e.g. «10 календарных дней»). */
  public Date inDays(int days) {
    return Date.from(today().plusDays(days).atTime(LocalTime.of(18, 0)).atZone(zone).toInstant());
  }

  private Date due(LocalDate date) {
    LocalDate today = today();
    LocalDate due = date.isBefore(today) ? today.plusDays(lateStartDays) : date;
    return Date.from(due.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  private int firstYear(VariableScope scope) {
    Object year = scope.getVariable(ProgramProcess.ACADEMIC_YEAR);
    return year == null ? today().getYear() : Integer.parseInt(year.toString().substring(0, 4));
  }
}
