package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import ru.nastavnik.calendar.ProductionCalendar;

/**
 * Works out a row's schedule in the school's production calendar. Dates of a window are whole
 * days: a window opens at 00:00 of its first day and its task is due at the calendar's due time
 * (18:00) of its last day. Terms in working days end at the due time of the N-th working day after
 * the start day, as {@code workingDays.dueIn(execution, n)} counts them.
 *
 * <ul>
 *   <li>a window that ended before the roadmap started is due {@code late-start-working-days}
 *       after the roadmap's first day, so a roadmap started late does not begin overdue;</li>
 *   <li>the reminder is at 09:00 of the N-th working day before the due day, never before the
 *       task appears;</li>
 *   <li>the director hears of an open row at the due time of the N-th working day after the due
 *       day (N = 0: at the due time itself), the administrator N working days after that
 *       ({@code workingDays.dueIn} in the diagram).</li>
 * </ul>
 */
public final class RowPlanner {

  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final ProductionCalendar calendar;
  private final LocalTime dueTime;
  private final RoadmapSettings settings;

  public RowPlanner(ProductionCalendar calendar, LocalTime dueTime, RoadmapSettings settings) {
    this.calendar = calendar;
    this.dueTime = dueTime;
    this.settings = settings;
  }

  /**
   * @param row what the row says
   * @param now the engine's clock
   * @param roadmapStartedOn the first day of the roadmap (late windows count from it)
   * @param periodEnd the last day of the roadmap's period
   * @param triggeredAt when the event opened a trigger row, null while it waits
   */
  public RowPlan plan(RowSpec row, Instant now, LocalDate roadmapStartedOn, LocalDate periodEnd,
      Instant triggeredAt) {
    ZoneId zone = calendar.zone();
    Instant periodEndsAt = periodEnd.plusDays(1).atStartOfDay(zone).toInstant();
    String progress = row.kind() == RowKind.YEAR_ROUND ? settings.progressEvery() : null;
    if (row.kind() == RowKind.TRIGGER) {
      if (triggeredAt == null) {
        return new RowPlan(row.kind(), row.role().groupId(), false, null, null, null, null, null,
            settings.adminAfterWorkingDays(), null, periodEndsAt);
      }
      LocalDate eventDay = LocalDate.ofInstant(triggeredAt, zone);
      int term = row.termDays() == null ? settings.triggerWorkingDays() : row.termDays();
      LocalDate dueDay = calendar.addWorkingDays(eventDay, term);
      return open(row, triggeredAt, dueDay, triggeredAt, progress, periodEndsAt);
    }
    Instant opensAt = row.windowStart().atStartOfDay(zone).toInstant();
    Instant startedAt = roadmapStartedOn.atStartOfDay(zone).toInstant();
    LocalDate dueDay = row.windowEnd();
    if (at(dueDay).isBefore(startedAt)) {
      dueDay = calendar.addWorkingDays(roadmapStartedOn, settings.lateStartWorkingDays());
    }
    Instant followUp = opensAt.isBefore(startedAt) ? startedAt : opensAt;
    if (now.isBefore(opensAt)) {
      return new RowPlan(row.kind(), row.role().groupId(), false, opensAt, at(dueDay), followUp, null, null,
          settings.adminAfterWorkingDays(), progress, periodEndsAt);
    }
    return open(row, opensAt, dueDay, followUp, progress, periodEndsAt);
  }

  private RowPlan open(RowSpec row, Instant opensAt, LocalDate dueDay, Instant followUp, String progress,
      Instant periodEndsAt) {
    Instant reminder = workingDaysBefore(dueDay, settings.reminderWorkingDays())
        .atTime(REMINDER_TIME).atZone(calendar.zone()).toInstant();
    if (reminder.isBefore(followUp)) {
      reminder = followUp;
    }
    int afterDue = settings.directorAfterWorkingDays();
    Instant director = afterDue == 0 ? at(dueDay) : at(calendar.addWorkingDays(dueDay, afterDue));
    return new RowPlan(row.kind(), row.role().groupId(), true, opensAt, at(dueDay), followUp, reminder, director,
        settings.adminAfterWorkingDays(), progress, periodEndsAt);
  }

  /** The N-th working day before {@code day} (the day itself when N = 0). */
  public LocalDate workingDaysBefore(LocalDate day, int n) {
    LocalDate d = day;
    int counted = 0;
    while (counted < n) {
      d = d.minusDays(1);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  private Instant at(LocalDate day) {
    return day.atTime(dueTime).atZone(calendar.zone()).toInstant();
  }
}
