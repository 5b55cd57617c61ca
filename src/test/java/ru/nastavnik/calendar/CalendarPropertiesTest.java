package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.annotation.AnnotationUtils;

class CalendarPropertiesTest {

  private static final String PREFIX =
      AnnotationUtils.findAnnotation(CalendarProperties.class, ConfigurationProperties.class).prefix();

  private static CalendarProperties bind(Map<String, String> properties) {
    Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
        ApplicationConversionService.getSharedInstance());
    return binder.bindOrCreate(PREFIX, CalendarProperties.class);
  }

  @Test
  void nothingConfiguredGivesTheDefaults() {
    CalendarProperties properties = bind(Map.of());
    assertThat(PREFIX).isEqualTo("nastavnik.calendar");
    assertThat(properties.dueTime()).isEqualTo(LocalTime.of(18, 0));
    assertThat(properties.zoneFor("ANY", "RU")).isEqualTo(ZoneId.of("Europe/Moscow"));
    assertThat(properties.zoneFor("ANY", "KZ")).isEqualTo(ZoneId.of("Asia/Almaty"));
    assertThat(properties.extraHolidaysOf("ANY")).isEmpty();
    assertThat(properties).isEqualTo(CalendarProperties.defaults());
  }

  @Test
  void everySettingBinds() {
    CalendarProperties properties = bind(Map.of(
        "nastavnik.calendar.due-time", "17:30",
        "nastavnik.calendar.zones.RU", "Europe/Samara",
        "nastavnik.calendar.school-zones.school10", "Asia/Yekaterinburg",
        "nastavnik.calendar.extra-holidays.SCH002[0]", "2025-09-01",
        "nastavnik.calendar.extra-holidays.SCH002[1]", "2025-10-05",
        "nastavnik.calendar.extra-holidays.sch003", "2026-01-12,2026-01-13"));
    assertThat(properties.dueTime()).isEqualTo(LocalTime.of(17, 30));
    assertThat(properties.zoneFor("SCH002", "RU")).isEqualTo(ZoneId.of("Europe/Samara"));
    assertThat(properties.zoneFor("SCH002", "KZ")).isEqualTo(ZoneId.of("Asia/Almaty"));
    assertThat(properties.zoneFor("SCHOOL10", "RU")).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
    assertThat(properties.extraHolidaysOf("SCH002"))
        .containsExactlyInAnyOrder(LocalDate.parse("2025-09-01"), LocalDate.parse("2025-10-05"));
    assertThat(properties.extraHolidaysOf("SCH003"))
        .containsExactlyInAnyOrder(LocalDate.parse("2026-01-12"), LocalDate.parse("2026-01-13"));
    assertThat(properties.extraHolidaysOf(null)).isEmpty();
  }
}
