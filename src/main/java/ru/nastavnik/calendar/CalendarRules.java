package ru.nastavnik.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The non-working days of one calendar (RU, KZ, …) as read from {@code classpath:calendars/}:
 * {@code <CODE>-<YEAR>.txt} lists a year's holidays, transferred days off and working weekend
 * days; {@code <CODE>-statutory.txt} lists the fixed statutory holidays used for years without a
 * file. Each file is checked when read, so a typo fails the start-up, not a deadline.
 */
final class CalendarRules {

  private static final Logger log = LoggerFactory.getLogger(CalendarRules.class);

  static final String LOCATION = "classpath*:calendars/*.txt";
  private static final Pattern YEAR_FILE = Pattern.compile("([A-Z]{2,8})-(\\d{4})\\.txt");
  private static final Pattern STATUTORY_FILE = Pattern.compile("([A-Z]{2,8})-statutory\\.txt");
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  /** What a line of a year file says about its date. */
  private enum Kind { HOLIDAY, DAYOFF, WORKDAY }

  private record Year(Set<LocalDate> nonWorking, Set<LocalDate> working) {}

  private final String code;
  private final Set<MonthDay> statutory;
  private final Map<Integer, Year> years;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  private CalendarRules(String code, Set<MonthDay> statutory, Map<Integer, Year> years) {
    this.code = code;
    this.statutory = Set.copyOf(statutory);
    this.years = Map.copyOf(years);
  }

  String code() {
    return code;
  }

  /** Years that have their own file. */
  Set<Integer> years() {
    return years.keySet();
  }

  /** Working day under this calendar alone (a school's extra days off are applied on top). */
  boolean isWorkingDay(LocalDate date) {
    Year year = years.get(date.getYear());
    if (year != null) {
      if (year.working().contains(date)) {
        return true;
      }
      return !year.nonWorking().contains(date) && !isWeekend(date);
    }
    if (warnedYears.add(date.getYear())) {
      log.warn("Production calendar {} has no data for {}: counting weekends and the fixed statutory "
          + "holidays only, without transfers. Add calendars/{}-{}.txt.", code, date.getYear(), code,
          date.getYear());
    }
    return !isWeekend(date) && !statutory.contains(MonthDay.from(date));
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Reads every calendar on the class path, keyed by code. */
  static Map<String, CalendarRules> loadAll() {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver(CalendarRules.class.getClassLoader())
          .getResources(LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + LOCATION, e);
    }
    Map<String, Set<MonthDay>> statutory = new HashMap<>();
    Map<String, Map<Integer, Year>> years = new HashMap<>();
    for (Resource resource : resources) {
      String name = Objects.requireNonNullElse(resource.getFilename(), "");
      Matcher yearFile = YEAR_FILE.matcher(name);
      Matcher statutoryFile = STATUTORY_FILE.matcher(name);
      if (yearFile.matches()) {
        int year = Integer.parseInt(yearFile.group(2));
        Year parsed = parseYear(resource, year);
        if (years.computeIfAbsent(yearFile.group(1), c -> new HashMap<>()).put(year, parsed) != null) {
          throw new IllegalStateException("Calendar file " + name + " is on the class path twice");
        }
      } else if (statutoryFile.matches()) {
        if (statutory.put(statutoryFile.group(1), parseStatutory(resource)) != null) {
          throw new IllegalStateException("Calendar file " + name + " is on the class path twice");
        }
      } else {
        throw new IllegalStateException("Unexpected file calendars/" + name
            + ": expected <CODE>-<YEAR>.txt or <CODE>-statutory.txt");
      }
    }
    for (String code : years.keySet()) {
      if (!statutory.containsKey(code)) {
        throw new IllegalStateException("Calendar " + code + " has year files but no calendars/"
            + code + "-statutory.txt for the other years");
      }
    }
    if (statutory.isEmpty()) {
      throw new IllegalStateException("No production calendar found at " + LOCATION);
    }
    Map<String, CalendarRules> calendars = new TreeMap<>();
    statutory.forEach((code, days) ->
        calendars.put(code, new CalendarRules(code, days, years.getOrDefault(code, Map.of()))));
    calendars.values().forEach(c -> log.info("Production calendar {}: data for {}", c.code(),
        new TreeSet<>(c.years())));
    return calendars;
  }

  private static Year parseYear(Resource resource, int year) {
    Set<LocalDate> nonWorking = new HashSet<>();
    Set<LocalDate> working = new HashSet<>();
    forEachLine(resource, (fields, where) -> {
      if (fields.length < 2) {
        throw new IllegalStateException(where + ": expected «YYYY-MM-DD holiday|dayoff|workday comment»");
      }
      LocalDate date;
      Kind kind;
      try {
        date = LocalDate.parse(fields[0]);
        kind = Kind.valueOf(fields[1].toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalStateException(where + ": expected «YYYY-MM-DD holiday|dayoff|workday comment»", e);
      }
      if (date.getYear() != year) {
        throw new IllegalStateException(where + ": " + date + " is not in " + year);
      }
      if (kind == Kind.DAYOFF && isWeekend(date)) {
        throw new IllegalStateException(where + ": a transferred day off on a weekend changes nothing (" + date + ")");
      }
      if (kind == Kind.WORKDAY && !isWeekend(date)) {
        throw new IllegalStateException(where + ": a transferred working day must be a Saturday or Sunday (" + date + ")");
      }
      if (nonWorking.contains(date) || working.contains(date)) {
        throw new IllegalStateException(where + ": " + date + " is listed twice");
      }
      (kind == Kind.WORKDAY ? working : nonWorking).add(date);
    });
    return new Year(Set.copyOf(nonWorking), Set.copyOf(working));
  }

  private static Set<MonthDay> parseStatutory(Resource resource) {
    Set<MonthDay> days = new HashSet<>();
    forEachLine(resource, (fields, where) -> {
      try {
        if (!days.add(MonthDay.parse(fields[0], MONTH_DAY))) {
          throw new IllegalStateException(where + ": " + fields[0] + " is listed twice");
        }
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(where + ": expected «MM-DD comment»", e);
      }
    });
    return days;
  }

  private interface LineHandler {
    void accept(String[] fields, String where);
  }

  private static void forEachLine(Resource resource, LineHandler handler) {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          handler.accept(text.split("\\s+", 3), "calendars/" + resource.getFilename() + ":" + number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read calendars/" + resource.getFilename(), e);
    }
  }
}
