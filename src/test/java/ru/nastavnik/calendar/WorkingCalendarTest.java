package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.common.UserFacingException;

class WorkingCalendarTest {

  private static final CalendarProperties PROPERTIES = new CalendarProperties(null, null,
      Map.of("sch010", ZoneId.of("Asia/Yekaterinburg")),
      Map.of("sch002", List.of(LocalDate.parse("2025-09-01"))));

  private final WorkingCalendar calendars = Calendars.service(PROPERTIES,
      Calendars.schools("SCH002", "RU", "SCH003", "KZ", "SCH010", "RU", "SCH099", "BY"));

  @Test
  void aSchoolGetsItsCalendarZoneAndExtraDaysOff() {
    ProductionCalendar school2 = calendars.calendarFor("SCH002");
    assertThat(school2.code()).isEqualTo("RU");
    assertThat(school2.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    assertThat(school2.extraDaysOff()).containsExactly(LocalDate.parse("2025-09-01"));
    assertThat(school2.isWorkingDay(LocalDate.parse("2025-09-01"))).isFalse();
    assertThat(school2.addWorkingDays(LocalDate.parse("2025-08-29"), 1)).isEqualTo(LocalDate.parse("2025-09-02"));
    // the bare calendar and other schools are not affected
    assertThat(calendars.forCode("RU").isWorkingDay(LocalDate.parse("2025-09-01"))).isTrue();
    assertThat(calendars.calendarFor("SCH010").isWorkingDay(LocalDate.parse("2025-09-01"))).isTrue();

    ProductionCalendar school3 = calendars.calendarFor("SCH003");
    assertThat(school3.code()).isEqualTo("KZ");
    assertThat(school3.zone()).isEqualTo(ZoneId.of("Asia/Almaty"));
    assertThat(school3.extraDaysOff()).isEmpty();

    assertThat(calendars.calendarFor("SCH010").zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
  }

  @Test
  void unknownSchoolsAndCalendarsAreRefusedInRussian() {
    assertThatThrownBy(() -> calendars.calendarFor("NOPE"))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Школа с кодом «NOPE» не найдена.")
        .extracting(e -> ((UserFacingException) e).status()).isEqualTo(404);
    assertThatThrownBy(() -> calendars.calendarFor("SCH099"))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Неизвестный производственный календарь «BY» у школы «SCH099». Доступные календари: KZ, RU.");
    assertThatThrownBy(() -> calendars.forCode("UA"))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Неизвестный производственный календарь «UA». Доступные календари: KZ, RU.");
    assertThatThrownBy(() -> calendars.forCode(null)).isInstanceOf(UserFacingException.class);
    assertThatThrownBy(() -> calendars.calendarFor(" "))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("Не указан код школы");
  }
}
