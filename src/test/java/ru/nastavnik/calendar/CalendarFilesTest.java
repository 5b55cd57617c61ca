package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The data files against the official totals and the statutory holidays. */
@ExtendWith(OutputCaptureExtension.class)
class CalendarFilesTest {

  private static final WorkingCalendar CALENDARS = Calendars.service();

  @ParameterizedTest(name = "{0} {1}: {2} working days")
  @CsvSource({
      // Russia: the official production calendars (five-day week)
      "RU, 2024, 248", "RU, 2025, 247", "RU, 2026, 247", "RU, 2027, 247",
      // Kazakhstan: as counted from the holidays, carry-overs and transfers in the files
      "KZ, 2024, 248", "KZ, 2025, 246", "KZ, 2026, 247", "KZ, 2027, 247"})
  void workingDaysInTheYear(String code, int year, int expected) {
    ProductionCalendar calendar = CALENDARS.forCode(code);
    assertThat(calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
        .isEqualTo(expected);
  }

  @Test
  void everyYearFileRestsOnTheStatutoryHolidays() {
    ProductionCalendar ru = CALENDARS.forCode("RU");
    for (int year = 2024; year <= 2027; year++) {
      for (String day : List.of("01-01", "01-02", "01-03", "01-04", "01-05", "01-06", "01-07", "01-08",
          "02-23", "03-08", "05-01", "05-09", "06-12", "11-04")) {
        LocalDate date = MonthDay.parse("--" + day).atYear(year);
        assertThat(ru.isWorkingDay(date)).as("RU " + date).isFalse();
      }
    }
    ProductionCalendar kz = CALENDARS.forCode("KZ");
    for (String day : List.of("01-01", "01-02", "01-07", "03-08", "03-15", "03-21", "03-22", "03-23",
        "05-01", "05-07", "05-09", "07-06", "10-25", "12-16")) {
      LocalDate date = MonthDay.parse("--" + day).atYear(2027);
      assertThat(kz.isWorkingDay(date)).as("KZ " + date).isFalse();
    }
  }

  @Test
  void yearsWithoutAFileFallBackToWeekendsAndStatutoryHolidaysWithOneWarning(CapturedOutput output) {
    ProductionCalendar ru = Calendars.service().forCode("RU");
    assertThat(ru.isWorkingDay(LocalDate.of(2030, 1, 8))).isFalse();   // Tuesday, New Year holidays
    assertThat(ru.isWorkingDay(LocalDate.of(2030, 1, 9))).isTrue();    // Wednesday
    assertThat(ru.isWorkingDay(LocalDate.of(2030, 1, 12))).isFalse();  // Saturday
    assertThat(ru.addWorkingDays(LocalDate.of(2029, 12, 28), 1)).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(output.getAll().split("has no data for 2030", -1)).hasSize(2);
    assertThat(output.getAll()).contains("Production calendar RU has no data for 2029");

    ProductionCalendar kz = Calendars.service().forCode("KZ");
    assertThat(kz.isWorkingDay(LocalDate.of(2028, 3, 15))).isFalse();  // Constitution Day
    assertThat(kz.isWorkingDay(LocalDate.of(2028, 3, 24))).isTrue();
  }
}
