package ru.nastavnik.roadmap;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import ru.nastavnik.calendar.CalendarProperties;
import ru.nastavnik.calendar.ProductionCalendar;
import ru.nastavnik.calendar.WorkingCalendar;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;

/** The real production calendars over a stub register of one school, for tests without Spring. */
public final class RoadmapFixtures {

  public static final String SCHOOL = "starica";
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private RoadmapFixtures() {}

  /** A register that knows one school with the Russian calendar. */
  public static SchoolRepository schools() {
    School school = new School(SCHOOL, "МБОУ «СОШ ст. Старица»", "Полное название", "МБОУ «СОШ ст. Старица»",
        "Соколова Е. В.", "Директор", "Адрес", "ст. Старица");
    return (SchoolRepository) Proxy.newProxyInstance(SchoolRepository.class.getClassLoader(),
        new Class<?>[] {SchoolRepository.class}, (proxy, method, args) -> {
          if (method.getName().equals("findByCode")) {
            return SCHOOL.equals(args[0]) ? Optional.of(school) : Optional.empty();
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  public static WorkingCalendar calendars() {
    return new WorkingCalendar(schools(), CalendarProperties.defaults());
  }

  public static ProductionCalendar calendar() {
    return calendars().calendarFor(SCHOOL);
  }

  public static WorkingDays workingDays() {
    return new WorkingDays(calendars(), CalendarProperties.defaults());
  }

  public static RowPlanner planner(RoadmapSettings settings) {
    return new RowPlanner(calendar(), CalendarProperties.DEFAULT_DUE_TIME, settings);
  }

  /** Moscow local time «2025-08-27T09:00». */
  public static Instant msk(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
  }

  public static Date mskDate(String localDateTime) {
    return Date.from(msk(localDateTime));
  }
}
