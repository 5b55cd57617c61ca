package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.CalendarProperties;
import ru.nastavnik.calendar.WorkingCalendar;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolService;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffRepository;

/**
 * A school's roadmap for an academic year: started with the program (or on its own), seeded from
 * the seed roadmaps configured for the school, one «roadmap-row» process per row.
 */
@Service
public class RoadmapService {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** Rows may plan the summer before the academic year (seed 002: «Май – август»). */
  static final int PREPARATION_MONTHS = 4;

  private final RoadmapRepository roadmaps;
  private final RoadmapRowRepository rows;
  private final RoadmapNoteRepository notes;
  private final SchoolService schools;
  private final StaffRepository staff;
  private final ProgramRepository programs;
  private final RoadmapProperties properties;
  private final WorkingCalendar calendars;
  private final CalendarProperties calendarProperties;
  private final RoadmapSignals signals;
  private final HistoryService history;

  public RoadmapService(RoadmapRepository roadmaps, RoadmapRowRepository rows, RoadmapNoteRepository notes,
      SchoolService schools, StaffRepository staff, ProgramRepository programs, RoadmapProperties properties,
      WorkingCalendar calendars, CalendarProperties calendarProperties, RoadmapSignals signals,
      HistoryService history) {
    this.roadmaps = roadmaps;
    this.rows = rows;
    this.notes = notes;
    this.schools = schools;
    this.staff = staff;
    this.programs = programs;
    this.properties = properties;
    this.calendars = calendars;
    this.calendarProperties = calendarProperties;
    this.signals = signals;
    this.history = history;
  }

  // ---------------------------------------------------------------- start

  /**
   * Starts the roadmap of a school for an academic year. The period is the academic year
   * (1 September – 31 August) unless both of its dates are given.
   */
  @Transactional
  public Roadmap start(String schoolCode, String academicYear, LocalDate periodStart, LocalDate periodEnd) {
    String year = academicYear == null ? null : academicYear.trim();
    Period period = checkNew(schoolCode, year, periodStart, periodEnd);
    Map<String, Object> vars = new HashMap<>();
    vars.put(RoadmapProcess.PERIOD_START, period.start().toString());
    vars.put(RoadmapProcess.PERIOD_END, period.end().toString());
    signals.startRoadmap(schoolCode, year, vars);
    return roadmaps.findBySchoolAndYear(schoolCode, year).orElseThrow();
  }

  /** The roadmap of the program's year: linked if it exists, else started with the program. */
  @Transactional
  public Roadmap startWithProgram(MentoringProgram program) {
    String school = program.getSchool().getCode();
    Optional<Roadmap> existing = roadmaps.findBySchoolAndYear(school, program.getAcademicYear());
    if (existing.isPresent()) {
      existing.get().setProgram(program);
      return existing.get();
    }
    return start(school, program.getAcademicYear(), null, null);
  }

  record Period(LocalDate start, LocalDate end) {}

  /** Refuses a bad year or period, a second roadmap for the year, and overlap with a running roadmap. */
  Period checkNew(String schoolCode, String academicYear, LocalDate periodStart, LocalDate periodEnd) {
    ProgramService.checkAcademicYear(academicYear);
    School school = schools.byCode(schoolCode);
    int first = Integer.parseInt(academicYear.substring(0, 4));
    if ((periodStart == null) != (periodEnd == null)) {
      throw new UserFacingException("Укажите обе даты периода дорожной карты (начало и окончание) или ни одной:"
          + " тогда период — учебный год с 1 сентября по 31 августа.");
    }
    Period period = periodStart == null
        ? new Period(LocalDate.of(first, 9, 1), LocalDate.of(first + 1, 8, 31))
        : new Period(periodStart, periodEnd);
    if (!period.end().isAfter(period.start())) {
      throw new UserFacingException("Период дорожной карты заканчивается (" + DATE.format(period.end())
          + ") не позже, чем начинается (" + DATE.format(period.start()) + ").");
    }
    if (period.start().getYear() < first - 1 || period.end().getYear() > first + 2) {
      throw new UserFacingException("Период дорожной карты " + span(period.start(), period.end())
          + " не относится к " + academicYear + " учебному году.");
    }
    roadmaps.findBySchoolAndYear(schoolCode, academicYear).ifPresent(r -> {
      throw UserFacingException.conflict("Дорожная карта школы «" + school.getShortName() + "» на " + academicYear
          + " учебный год уже есть: вторая на тот же год не создаётся.");
    });
    for (Roadmap other : roadmaps.findBySchool(schoolCode)) {
      if (other.isRunning() && other.overlaps(period.start(), period.end())) {
        throw UserFacingException.conflict("Период " + span(period.start(), period.end())
            + " пересекается с действующей дорожной картой на " + other.getAcademicYear() + " учебный год ("
            + span(other.getPeriodStart(), other.getPeriodEnd()) + "): сначала завершите её или выберите другой период.");
      }
    }
    return period;
  }

  /**
   * Registers the roadmap when its process starts (from the API, with the program, or from
   * Tasklist / Cockpit with {@code schoolCode} and {@code academicYear}): seeds its rows.
   */
  @Transactional
  public Roadmap register(DelegateExecution execution) {
    Object code = execution.getVariable(RoadmapProcess.SCHOOL_CODE);
    Object year = execution.getVariable(RoadmapProcess.ACADEMIC_YEAR);
    if (code == null || year == null) {
      throw new UserFacingException("Для запуска дорожной карты укажите школу (schoolCode) и учебный год"
          + " (academicYear, например «2025/26»).");
    }
    String academicYear = year.toString().trim();
    Period period = checkNew(code.toString(), academicYear, date(execution, RoadmapProcess.PERIOD_START),
        date(execution, RoadmapProcess.PERIOD_END));
    School school = schools.byCode(code.toString());
    Instant now = now();
    var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Roadmap roadmap = new Roadmap(school, academicYear, period.start(), period.end(),
        auth == null ? null : auth.getUserId(), now);
    roadmap.setProcessInstanceId(execution.getProcessInstanceId());
    MentoringProgram program = programs.findBySchoolAndYear(school.getCode(), academicYear).orElse(null);
    roadmap.setProgram(program);
    roadmap = roadmaps.saveAndFlush(roadmap);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(roadmap.getBusinessKey());
    }
    seed(roadmap, program, now);
    execution.setVariable(RoadmapProcess.ROADMAP_ID, roadmap.getId());
    execution.setVariable(RoadmapProcess.PERIOD_START, period.start().toString());
    execution.setVariable(RoadmapProcess.PERIOD_END, period.end().toString());
    execution.setVariable(RoadmapProcess.REVIEW_DAYS, properties.forSchool(school.getCode()).reviewWorkingDays());
    return roadmap;
  }

  private void seed(Roadmap roadmap, MentoringProgram program, Instant now) {
    String school = roadmap.getSchool().getCode();
    int position = 0;
    for (SeedRow seed : RoadmapSeeds.rows(properties.forSchool(school).rowSets())) {
      RoadmapRow row = new RoadmapRow(roadmap, ++position, seed.set().name());
      row.setNumber(seed.number());
      row.setSection(seed.section());
      row.setAction(seed.action());
      row.setResultForm(seed.resultForm());
      row.setPeriodText(seed.periodText());
      row.setKind(seed.kind());
      row.setWindow(seed.windowStart(roadmap.firstYear()), seed.windowEnd(roadmap.firstYear()));
      row.setTrigger(seed.trigger());
      row.setTermDays(seed.termDays());
      Role role = roleFor(school, seed.role());
      row.setRole(role);
      row.setStage(seed.stage());
      row = rows.save(row);
      if (role != seed.role()) {
        note(row, RoadmapNote.Kind.ROLE_REPLACED, "В школе нет сотрудника с ролью «" + seed.role().title()
            + "»: ответственным назначен «" + role.title() + "».", "system");
      }
      if (seed.stage() != null && stageFinished(program, seed.stage())) {
        row.doneByStage(now);
        note(row, RoadmapNote.Kind.STAGE_COMPLETED, "Этап программы «" + RoadmapProcess.STAGES.get(seed.stage())
            + "» уже завершён: пункт выполнен.", "system");
      }
    }
    rows.flush();
  }

  /** A role the school has: psychologist, curator and deputy fall back to whoever of them is there. */
  Role roleFor(String schoolCode, Role wanted) {
    List<Role> chain = switch (wanted) {
      case PSYCHOLOGIST -> List.of(Role.PSYCHOLOGIST, Role.CURATOR, Role.DEPUTY, Role.DIRECTOR);
      case CURATOR -> List.of(Role.CURATOR, Role.DEPUTY, Role.DIRECTOR);
      case DEPUTY -> List.of(Role.DEPUTY, Role.CURATOR, Role.DIRECTOR);
      default -> List.of(wanted);
    };
    for (Role role : chain) {
      if (schoolHas(schoolCode, role)) {
        return role;
      }
    }
    return wanted;
  }

  /** Mentors and mentees are appointed by the program; other roles need a member of staff. */
  public boolean schoolHas(String schoolCode, Role role) {
    return role == Role.MENTOR || role == Role.MENTEE || !staff.findBySchoolAndRole(schoolCode, role).isEmpty();
  }

  private boolean stageFinished(MentoringProgram program, String stage) {
    if (program == null || program.getProcessInstanceId() == null) {
      return false;
    }
    boolean[] finished = new boolean[1];
    EngineContext.asSystem(() -> finished[0] = history.createHistoricActivityInstanceQuery()
        .processInstanceId(program.getProcessInstanceId()).activityId(stage).finished().list().stream()
        .anyMatch(a -> !a.isCanceled()));
    return finished[0];
  }

  /** The annual process ended: the roadmap is completed (or cancelled, when it was deleted). */
  @Transactional
  public void roadmapEnded(Long roadmapId, boolean cancelled) {
    roadmaps.findById(roadmapId).ifPresent(r -> {
      if (cancelled) {
        r.cancel(now());
      } else {
        r.complete(now());
      }
    });
  }

  // ---------------------------------------------------------------- queries

  @Transactional(readOnly = true)
  public List<Roadmap> ofSchool(String schoolCode) {
    return roadmaps.findBySchool(schoolCode);
  }

  @Transactional(readOnly = true)
  public Roadmap get(String schoolCode, String academicYear) {
    String year = normaliseYear(academicYear);
    return roadmaps.findBySchoolAndYear(schoolCode, year).orElseThrow(() -> UserFacingException.notFound(
        "Дорожная карта на " + year + " учебный год для этой школы не найдена."));
  }

  @Transactional(readOnly = true)
  public List<RoadmapRow> rows(Long roadmapId) {
    return rows.findByRoadmap(roadmapId);
  }

  @Transactional(readOnly = true)
  public List<RoadmapNote> notes(Long roadmapId) {
    return notes.findByRoadmap(roadmapId);
  }

  /** «2025-26» (as in URLs) or «2025/26». */
  public static String normaliseYear(String year) {
    if (year == null) {
      return null;
    }
    String y = year.trim();
    return y.matches("\\d{4}-\\d{2}") ? y.replace('-', '/') : y;
  }

  // ---------------------------------------------------------------- helpers for the row process

  RowPlanner planner(String schoolCode) {
    return new RowPlanner(calendars.calendarFor(schoolCode), calendarProperties.dueTime(),
        properties.forSchool(schoolCode));
  }

  ZoneId zone(String schoolCode) {
    return calendars.calendarFor(schoolCode).zone();
  }

  RoadmapSettings settings(String schoolCode) {
    return properties.forSchool(schoolCode);
  }

  RoadmapRow row(Long rowId) {
    return rows.findById(rowId).orElseThrow(() -> UserFacingException.notFound("Пункт дорожной карты не найден."));
  }

  void note(RoadmapRow row, RoadmapNote.Kind kind, String text, String author) {
    notes.save(new RoadmapNote(row, kind, text, author, now()));
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static String span(LocalDate start, LocalDate end) {
    return DATE.format(start) + "–" + DATE.format(end);
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return new java.sql.Date(d.getTime()).toLocalDate();
    }
    try {
      return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
    } catch (DateTimeParseException e) {
      throw new UserFacingException("Дата «" + value + "» не распознана (ожидается ГГГГ-ММ-ДД).");
    }
  }
}
