package ru.nastavnik.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nastavnik.calendar.*}: when a deadline falls in the day, in which time zone, and each
 * school's own days off. Codes in the maps are matched without regard to case.
 *
 * <pre>
 * nastavnik:
 *   calendar:
 *     due-time: "18:00"                 # deadlines are set at this local time
 *     zones:                            # by calendar code; RU and KZ have defaults
 *       RU: Europe/Moscow
 *       KZ: Asia/Almaty
 *     school-zones:                     # by school code, overrides the calendar's zone
 *       school1: Asia/Yekaterinburg
 *     extra-holidays:                   # by school code: non-working days besides the calendar
 *       school1: [2025-09-01, 2025-10-05]
 * </pre>
 *
 * @param dueTime local time of day at which a deadline day ends (default 18:00)
 * @param zones time zone per calendar code (defaults: RU Europe/Moscow, KZ Asia/Almaty)
 * @param schoolZones time zone per school code, where a school is not in its calendar's zone
 * @param extraHolidays extra non-working days per school code
 */
@ConfigurationProperties("nastavnik.calendar")
public record CalendarProperties(
    LocalTime dueTime,
    Map<String, ZoneId> zones,
    Map<String, ZoneId> schoolZones,
    Map<String, List<LocalDate>> extraHolidays) {

  public static final LocalTime DEFAULT_DUE_TIME = LocalTime.of(18, 0);
  public static final Map<String, ZoneId> DEFAULT_ZONES =
      Map.of("RU", ZoneId.of("Europe/Moscow"), "KZ", ZoneId.of("Asia/Almaty"));

  public CalendarProperties {
    dueTime = dueTime != null ? dueTime : DEFAULT_DUE_TIME;
    zones = byCode(DEFAULT_ZONES, zones, Function.identity());
    schoolZones = byCode(Map.of(), schoolZones, Function.identity());
    extraHolidays = byCode(Map.of(), extraHolidays, List::copyOf);
  }

  /** Nothing configured: 18:00, Moscow for RU, Almaty for KZ, no extra days off. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null, null, null, null);
  }

  /** The school's own zone if configured, else its calendar's; null when neither is known. */
  public ZoneId zoneFor(String schoolCode, String calendarCode) {
    ZoneId schoolZone = schoolCode == null ? null : schoolZones.get(schoolCode);
    return schoolZone != null ? schoolZone : zones.get(calendarCode);
  }

  public Set<LocalDate> extraHolidaysOf(String schoolCode) {
    return schoolCode == null ? Set.of() : Set.copyOf(extraHolidays.getOrDefault(schoolCode, List.of()));
  }

  private static <V> Map<String, V> byCode(Map<String, V> defaults, Map<String, V> configured,
      Function<V, V> copy) {
    Map<String, V> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.putAll(defaults);
    if (configured != null) {
      configured.forEach((code, value) -> map.put(code, value == null ? null : copy.apply(value)));
    }
    map.values().removeIf(Objects::isNull);
    return Collections.unmodifiableMap(map);
  }
}
