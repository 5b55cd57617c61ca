package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nastavnik.common.UserFacingException;

class RussianCalendarTest {

  private static final ProductionCalendar RU = Calendars.service().forCode("RU");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void ordinaryWeekCountsFiveWorkingDaysAndSkipsTheWeekend() {
    // Friday 10 October 2025: the term runs Mon 13 … Fri 17, the start day not counted
    assertThat(RU.addWorkingDays(d("2025-10-10"), 5)).isEqualTo(d("2025-10-17"));
    assertThat(RU.addWorkingDays(d("2025-10-10"), 1)).isEqualTo(d("2025-10-13"));
    // given on a Saturday or Sunday: the same Friday
    assertThat(RU.addWorkingDays(d("2025-10-11"), 5)).isEqualTo(d("2025-10-17"));
    assertThat(RU.addWorkingDays(d("2025-10-12"), 5)).isEqualTo(d("2025-10-17"));
    assertThat(RU.isWorkingDay(d("2025-10-11"))).isFalse();
    assertThat(RU.isWorkingDay(d("2025-10-13"))).isTrue();
  }

  @Test
  void zeroWorkingDaysMeansTodayOrTheNextWorkingDay() {
    assertThat(RU.addWorkingDays(d("2025-10-10"), 0)).isEqualTo(d("2025-10-10"));
    assertThat(RU.addWorkingDays(d("2025-10-11"), 0)).isEqualTo(d("2025-10-13"));
    assertThat(RU.addWorkingDays(d("2024-12-31"), 0)).isEqualTo(d("2025-01-09"));
  }

  @Test
  void newYearHolidaysAcrossTheYearBoundary() {
    // 2024: Saturday 28 December works, 29 Dec – 8 Jan rest (30, 31 Dec transferred, 1–8 Jan holidays)
    assertThat(RU.addWorkingDays(d("2024-12-27"), 1)).isEqualTo(d("2024-12-28"));
    assertThat(RU.addWorkingDays(d("2024-12-27"), 2)).isEqualTo(d("2025-01-09"));
    assertThat(RU.addWorkingDays(d("2024-12-27"), 5)).isEqualTo(d("2025-01-14"));
    assertThat(RU.workingDaysBetween(d("2024-12-27"), d("2025-01-14"))).isEqualTo(5);
    // 2025/2026: 31 Dec and 9 Jan are transferred days off, 12 days of rest
    assertThat(RU.addWorkingDays(d("2025-12-30"), 1)).isEqualTo(d("2026-01-12"));
    for (LocalDate day = d("2025-12-31"); day.isBefore(d("2026-01-12")); day = day.plusDays(1)) {
      assertThat(RU.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    // 2026/2027: 31 Dec 2026 (from 4 Jan) and 1–10 Jan 2027 rest
    assertThat(RU.addWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2027-01-11"));
  }

  @Test
  void mayHolidays() {
    // 2025: 1–4 May and 8–11 May rest (2 May from 4 Jan, 8 May from 23 Feb)
    assertThat(RU.addWorkingDays(d("2025-04-30"), 1)).isEqualTo(d("2025-05-05"));
    assertThat(RU.addWorkingDays(d("2025-04-30"), 5)).isEqualTo(d("2025-05-13"));
    assertThat(RU.workingDaysBetween(d("2025-04-30"), d("2025-05-31"))).isEqualTo(18);
    // 2024: 28 Apr – 1 May and 9–12 May rest; Saturday 27 April works
    assertThat(RU.addWorkingDays(d("2024-05-08"), 1)).isEqualTo(d("2024-05-13"));
    // 2026: 9 May is a Saturday, the day off moves to Monday 11 May
    assertThat(RU.isWorkingDay(d("2026-05-11"))).isFalse();
    assertThat(RU.addWorkingDays(d("2026-05-08"), 1)).isEqualTo(d("2026-05-12"));
  }

  @Test
  void transferredWorkingSaturdays() {
    // 2024 (Постановление № 1314): 27 Apr, 2 Nov and 28 Dec work; 29–30 Apr, 10 May, 30–31 Dec rest
    assertThat(RU.isWorkingDay(d("2024-04-27"))).isTrue();
    assertThat(RU.isWorkingDay(d("2024-11-02"))).isTrue();
    assertThat(RU.isWorkingDay(d("2024-12-28"))).isTrue();
    assertThat(RU.isWorkingDay(d("2024-04-29"))).isFalse();
    assertThat(RU.isWorkingDay(d("2024-04-30"))).isFalse();
    assertThat(RU.isWorkingDay(d("2024-05-10"))).isFalse();
    assertThat(RU.addWorkingDays(d("2024-04-26"), 1)).isEqualTo(d("2024-04-27"));
    assertThat(RU.addWorkingDays(d("2024-04-26"), 2)).isEqualTo(d("2024-05-02"));
    // 2025 (Постановление № 1335): Saturday 1 November works, 2–4 November rest
    assertThat(RU.addWorkingDays(d("2025-10-31"), 1)).isEqualTo(d("2025-11-01"));
    assertThat(RU.addWorkingDays(d("2025-10-31"), 2)).isEqualTo(d("2025-11-05"));
    assertThat(RU.isWorkingDay(d("2025-06-13"))).isFalse();
    // 2026 (Постановление № 1466): no Saturday works; 3 Jan moved to Friday 9 Jan
    for (LocalDate day = d("2026-01-03"); day.getYear() == 2026; day = day.plusWeeks(1)) {
      assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(RU.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(RU.isWorkingDay(d("2026-01-09"))).isFalse();
    // 2027 (Постановление № 1187): Saturday 20 February works, 21–23 February rest
    assertThat(RU.isWorkingDay(d("2027-02-20"))).isTrue();
    assertThat(RU.addWorkingDays(d("2027-02-19"), 2)).isEqualTo(d("2027-02-24"));
  }

  @Test
  void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
    LocalDate start = d("2024-12-20");
    for (int n = 1; n <= 300; n++) {
      assertThat(RU.workingDaysBetween(start, RU.addWorkingDays(start, n))).isEqualTo(n);
    }
    assertThat(RU.workingDaysBetween(d("2025-05-13"), d("2025-04-30"))).isEqualTo(-5);
    assertThat(RU.workingDaysBetween(d("2025-05-13"), d("2025-05-13"))).isZero();
  }

  @Test
  void calendarDaysIgnoreHolidays() {
    assertThat(RU.addCalendarDays(d("2025-12-25"), 10)).isEqualTo(d("2026-01-04"));
    assertThat(RU.addCalendarDays(d("2025-12-25"), 0)).isEqualTo(d("2025-12-25"));
  }

  @Test
  void negativeTermsAreRefusedInRussian() {
    assertThatThrownBy(() -> RU.addWorkingDays(d("2025-10-10"), -1))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Срок в рабочих днях не может быть отрицательным (указано: -1).");
    assertThatThrownBy(() -> RU.addCalendarDays(d("2025-10-10"), -3))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Срок в календарных днях не может быть отрицательным (указано: -3).");
  }
}
