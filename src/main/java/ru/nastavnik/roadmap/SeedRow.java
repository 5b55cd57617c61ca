package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.MonthDay;
import ru.nastavnik.staff.Role;

/**
 * A row of a seed roadmap with its window relative to the academic year: {@code Y1} is the first
 * calendar year of «2025/26», {@code Y2} the second.
 */
public record SeedRow(RowSet set, String number, String section, String action, String resultForm,
    String periodText, RowKind kind, RelativeDate start, RelativeDate end, TriggerEvent trigger,
    Integer termDays, Role role, String stage) {

  /** A month and day in the first (1) or second (2) year of an academic year. */
  public record RelativeDate(int year, MonthDay day) {

    static RelativeDate parse(String s) {
      if (!s.matches("Y[12]-\\d{2}-\\d{2}")) {
        throw new IllegalArgumentException("date " + s + ": expected Y1-MM-DD or Y2-MM-DD");
      }
      return new RelativeDate(s.charAt(1) - '0', MonthDay.parse("--" + s.substring(3)));
    }

    public LocalDate in(int firstYear) {
      return day.atYear(firstYear + year - 1);
    }
  }

  public LocalDate windowStart(int firstYear) {
    return start == null ? null : start.in(firstYear);
  }

  public LocalDate windowEnd(int firstYear) {
    return end == null ? null : end.in(firstYear);
  }
}
