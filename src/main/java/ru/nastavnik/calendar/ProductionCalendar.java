package ru.nastavnik.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import ru.nastavnik.common.UserFacingException;

/**
 * Working-day arithmetic under one production calendar (five-day week), optionally with a school's
 * own extra days off. Obtain one from {@link WorkingCalendar}.
 *
 * <p>How "within N working days" is counted: the deadline is the end of the N-th working day
 * after the start day; the start day itself is never counted, whether or not it is a working day.
 * A task given on Friday with 5 working days is due on the following Friday; given on Saturday or
 * Sunday, also on that Friday. N = 0 means "by the end of the start day", moved to the next
 * working day when the start day is not one.
 */
public final class ProductionCalendar {

  private final CalendarRules rules;
  private final ZoneId zone;
  private final Set<LocalDate> extraDaysOff;

  ProductionCalendar(CalendarRules rules, ZoneId zone, Set<LocalDate> extraDaysOff) {
    this.rules = rules;
    this.zone = zone;
    this.extraDaysOff = Set.copyOf(extraDaysOff);
  }

  /** Calendar code: RU, KZ. */
  public String code() {
    return rules.code();
  }

  /** Where the school's working day ends (deadlines are set at a local time of day). */
  public ZoneId zone() {
    return zone;
  }

  /** Extra non-working days of the school this calendar was made for (empty for a bare code). */
  public Set<LocalDate> extraDaysOff() {
    return extraDaysOff;
  }

  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !extraDaysOff.contains(date) && rules.isWorkingDay(date);
  }

  /**
   * The last day of a term of {@code workingDays} working days starting on {@code start}: the
   * {@code workingDays}-th working day after {@code start}, the start day not counted; for 0, the
   * start day itself or, if it is not a working day, the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    Objects.requireNonNull(start, "start");
    requireNotNegative(workingDays, "рабочих");
    LocalDate day = start;
    if (workingDays == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int left = workingDays; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}, so that
   * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n ≥ 1. Negative when
   * {@code to} is before {@code from} (for instance, how many working days a task is overdue).
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The last day of a term of {@code days} calendar days: {@code start} plus {@code days}, the
   * start day not counted, with no shift when that day is not a working day.
   */
  public LocalDate addCalendarDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    requireNotNegative(days, "календарных");
    return start.plusDays(days);
  }

  private static void requireNotNegative(int days, String kind) {
    if (days < 0) {
      throw new UserFacingException(
          "Срок в " + kind + " днях не может быть отрицательным (указано: " + days + ").");
    }
  }

  @Override
  public String toString() {
    return "ProductionCalendar[" + code() + ", " + zone + ", extra days off " + extraDaysOff + "]";
  }
}
