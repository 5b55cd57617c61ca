package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KazakhCalendarTest {

  private static final WorkingCalendar CALENDARS = Calendars.service();
  private static final ProductionCalendar KZ = CALENDARS.forCode("KZ");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void nauryzWithTheWeekendDaysMovedToTheFollowingWorkingDays() {
    // 2025: 21 (Fri), 22 (Sat), 23 (Sun) March; the weekend is moved to 24 and 25 March
    for (LocalDate day = d("2025-03-21"); day.isBefore(d("2025-03-26")); day = day.plusDays(1)) {
      assertThat(KZ.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(KZ.addWorkingDays(d("2025-03-20"), 1)).isEqualTo(d("2025-03-26"));
    // 2026: 21 (Sat), 22 (Sun), 23 (Mon) March; rest until Wednesday 25 March
    assertThat(KZ.addWorkingDays(d("2026-03-20"), 1)).isEqualTo(d("2026-03-26"));
    // Russia works through Nauryz
    assertThat(CALENDARS.forCode("RU").isWorkingDay(d("2025-03-21"))).isTrue();
  }

  @Test
  void seed003DiagnosticWithinFiveWorkingDaysOfTheIntroductoryStage() {
    // A young teacher's mentorship starts on Monday 17 March 2025. The diagnostic is due
    // «в течение 5 рабочих дней»: 18, 19, 20 March, then Nauryz, then 26 and 27 March.
    LocalDate start = d("2025-03-17");
    assertThat(KZ.addWorkingDays(start, 5)).isEqualTo(d("2025-03-27"));
    // the whole introductory stage is «10 календарных дней»: it ends the same day
    assertThat(KZ.addCalendarDays(start, 10)).isEqualTo(d("2025-03-27"));
    // the same term in a Russian school ends three days earlier
    assertThat(CALENDARS.forCode("RU").addWorkingDays(start, 5)).isEqualTo(d("2025-03-24"));
  }

  @Test
  void religiousDaysOffAreNotMovedButStateHolidaysAre() {
    // 7 January 2024 was a Sunday: Monday 8 January worked
    assertThat(KZ.isWorkingDay(d("2024-01-08"))).isTrue();
    // 6 July 2024 (Capital Day) was a Saturday: Monday 8 July rested
    assertThat(KZ.isWorkingDay(d("2024-07-08"))).isFalse();
    // Kurban ait: 17 June 2024, 6 June 2025, 27 May 2026
    assertThat(KZ.isWorkingDay(d("2024-06-17"))).isFalse();
    assertThat(KZ.isWorkingDay(d("2025-06-06"))).isFalse();
    assertThat(KZ.isWorkingDay(d("2026-05-27"))).isFalse();
  }

  @Test
  void ministryTransfers() {
    // 2024: Saturday 4 May worked, Wednesday 8 May rested
    assertThat(KZ.isWorkingDay(d("2024-05-04"))).isTrue();
    assertThat(KZ.addWorkingDays(d("2024-05-06"), 1)).isEqualTo(d("2024-05-10"));
    // 2025: Sunday 5 January worked, Friday 3 January rested
    assertThat(KZ.addWorkingDays(d("2024-12-31"), 1)).isEqualTo(d("2025-01-05"));
    assertThat(KZ.addWorkingDays(d("2024-12-31"), 3)).isEqualTo(d("2025-01-08"));
  }

  @Test
  void constitutionDayMovedFromAugustToMarch() {
    assertThat(KZ.isWorkingDay(d("2025-09-01"))).isFalse();
    // 2026: no Constitution Day, so Monday 31 August works
    assertThat(KZ.isWorkingDay(d("2026-08-31"))).isTrue();
    // 2027: 15 March
    assertThat(KZ.isWorkingDay(d("2027-03-15"))).isFalse();
    assertThat(KZ.isWorkingDay(d("2027-08-30"))).isTrue();
  }

  @Test
  void codesAreMatchedWithoutRegardToCase() {
    assertThat(CALENDARS.forCode("kz").code()).isEqualTo("KZ");
    assertThat(CALENDARS.codes()).containsExactly("KZ", "RU");
  }
}
