package ru.nastavnik.calendar;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;

/**
 * Production calendars for "N working days" deadlines anywhere in the application: the Russian
 * one (RU, the default of every school) and the Kazakh one (KZ). The holiday data are the files
 * in {@code classpath:calendars/}, read once at start-up; the arithmetic and how a term is counted
 * are described on {@link ProductionCalendar}.
 */
@Service
public class WorkingCalendar {

  private final Map<String, CalendarRules> calendars;
  private final SchoolRepository schools;
  private final CalendarProperties properties;

  public WorkingCalendar(SchoolRepository schools, CalendarProperties properties) {
    this.schools = schools;
    this.properties = properties;
    this.calendars = CalendarRules.loadAll();
    for (String code : calendars.keySet()) {
      if (properties.zoneFor(null, code) == null) {
        throw new IllegalStateException("No time zone for production calendar " + code
            + ": set nastavnik.calendar.zones." + code);
      }
    }
  }

  /** Codes of the calendars there are data for. */
  public Set<String> codes() {
    return new TreeSet<>(calendars.keySet());
  }

  /** The calendar with this code (RU, KZ), without any school's extra days off. */
  public ProductionCalendar forCode(String calendarCode) {
    CalendarRules rules = rules(calendarCode, null);
    return new ProductionCalendar(rules, properties.zoneFor(null, rules.code()), Set.of());
  }

  /**
   * The calendar of a school: its {@link School#getCalendarCode() calendar code}, plus the
   * extra days off configured under {@code nastavnik.calendar.extra-holidays.<school code>}, in
   * the school's time zone.
   */
  public ProductionCalendar calendarFor(String schoolCode) {
    if (schoolCode == null || schoolCode.isBlank()) {
      throw new UserFacingException("Не указан код школы: не по чему выбрать производственный календарь.");
    }
    School school = schools.findByCode(schoolCode).orElseThrow(() ->
        UserFacingException.notFound("Школа с кодом «" + schoolCode + "» не найдена."));
    CalendarRules rules = rules(school.getCalendarCode(), schoolCode);
    return new ProductionCalendar(rules, properties.zoneFor(schoolCode, rules.code()),
        properties.extraHolidaysOf(schoolCode));
  }

  private CalendarRules rules(String calendarCode, String schoolCode) {
    CalendarRules rules = calendarCode == null ? null
        : calendars.get(calendarCode.strip().toUpperCase(Locale.ROOT));
    if (rules == null) {
      throw new UserFacingException("Неизвестный производственный календарь «" + calendarCode + "»"
          + (schoolCode == null ? "" : " у школы «" + schoolCode + "»")
          + ". Доступные календари: " + String.join(", ", calendars.keySet()) + ".");
    }
    return rules;
  }
}
