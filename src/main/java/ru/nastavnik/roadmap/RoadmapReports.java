package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapService.DATE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.roadmap.RoadmapProgress.Counts;
import ru.nastavnik.roadmap.RoadmapProgress.RoleProgress;
import ru.nastavnik.roadmap.RoadmapProgress.RowProgress;
import ru.nastavnik.roadmap.RoadmapProgress.State;
import ru.nastavnik.staff.Role;

/** The progress view and the document table of a roadmap, as of the engine's clock. */
@Service
public class RoadmapReports {

  private final RoadmapService roadmaps;
  private final RoadmapRepository roadmapRepository;

  public RoadmapReports(RoadmapService roadmaps, RoadmapRepository roadmapRepository) {
    this.roadmaps = roadmaps;
    this.roadmapRepository = roadmapRepository;
  }

  /**
   * The document table and the progress of the school's roadmap for the year, or empty when no
   * roadmap was started for it (never throws, so a caller's transaction stays usable).
   */
  @Transactional(readOnly = true)
  public java.util.Optional<Snapshot> snapshot(String schoolCode, String academicYear) {
    String year;
    try {
      year = RoadmapService.normaliseYear(academicYear);
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
    if (roadmapRepository.findBySchoolAndYear(schoolCode, year).isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Snapshot(table(schoolCode, year), progress(schoolCode, year)));
  }

  /** The roadmap document's table with the counts behind its status column. */
  public record Snapshot(RoadmapTable table, RoadmapProgress progress) {}

  @Transactional(readOnly = true)
  public RoadmapProgress progress(String schoolCode, String academicYear) {
    Roadmap roadmap = roadmaps.get(schoolCode, academicYear);
    Instant now = RoadmapService.now();
    ZoneId zone = roadmaps.zone(schoolCode);
    Counts totals = new Counts(0, 0, 0, 0, 0);
    Map<Role, Counts> byRole = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      byRole.put(role, new Counts(0, 0, 0, 0, 0));
    }
    List<RowProgress> lines = new ArrayList<>();
    for (RoadmapRow row : roadmaps.rows(roadmap.getId())) {
      State state = State.of(row, now);
      if (state != State.CANCELLED) {
        totals = totals.plus(state);
        byRole.put(row.getRole(), byRole.get(row.getRole()).plus(state));
      }
      lines.add(new RowProgress(row.getId(), row.getNumber(), row.getAction(), row.getRole().groupId(),
          row.getRole().title(), state.name(), stateTitle(row, state, zone), RoadmapRowTasks.period(row),
          row.getDueAt(), row.getCompletedAt(), row.getEscalationLevel(), row.isClosedByStage(), row.getTimesDone()));
    }
    List<RoleProgress> roles = byRole.entrySet().stream().filter(e -> e.getValue().total() > 0)
        .map(e -> new RoleProgress(e.getKey().groupId(), e.getKey().title(), e.getValue())).toList();
    return new RoadmapProgress(schoolCode, roadmap.getSchool().getShortName(), roadmap.getAcademicYear(),
        roadmap.getStatus().name(), roadmap.getPeriodStart(), roadmap.getPeriodEnd(), now, totals, roles, lines);
  }

  /** The table model of the roadmap document, with a status column. */
  @Transactional(readOnly = true)
  public RoadmapTable table(String schoolCode, String academicYear) {
    Roadmap roadmap = roadmaps.get(schoolCode, academicYear);
    Instant now = RoadmapService.now();
    ZoneId zone = roadmaps.zone(schoolCode);
    List<RoadmapTable.Section> sections = new ArrayList<>();
    String current = null;
    List<RoadmapTable.Line> lines = null;
    for (RoadmapRow row : roadmaps.rows(roadmap.getId())) {
      State state = State.of(row, now);
      if (state == State.CANCELLED) {
        continue;
      }
      if (lines == null || !Objects.equals(current, row.getSection())) {
        current = row.getSection();
        lines = new ArrayList<>();
        sections.add(new RoadmapTable.Section(current, lines));
      }
      lines.add(new RoadmapTable.Line(row.getNumber(), row.getAction(),
          row.getResultForm() == null ? "" : row.getResultForm(), RoadmapRowTasks.period(row), row.getRole().title(),
          stateTitle(row, state, zone)));
    }
    return new RoadmapTable("Дорожная карта по реализации системы наставничества педагогических работников в "
        + roadmap.getSchool().getShortName() + " на " + roadmap.getAcademicYear() + " учебный год",
        roadmap.getSchool().getShortName(), roadmap.getSchool().getFullName(), roadmap.getAcademicYear(),
        LocalDate.ofInstant(now, zone), RoadmapTable.COLUMNS, sections);
  }

  /** «выполнено 12.09.2025», «в работе, срок 30.09.2025», «просрочено (срок 31.08.2025), сообщено директору». */
  static String stateTitle(RoadmapRow row, State state, ZoneId zone) {
    String due = row.getDueAt() == null ? null : DATE.format(row.getDueAt().atZone(zone).toLocalDate());
    return switch (state) {
      case DONE -> "выполнено" + (row.getCompletedAt() == null ? ""
          : " " + DATE.format(row.getCompletedAt().atZone(zone).toLocalDate()))
          + (row.isClosedByStage() ? " (с завершением этапа программы)" : "")
          + (row.getTimesDone() > 1 ? ", раз: " + row.getTimesDone() : "");
      case IN_PROGRESS -> "в работе" + (due == null ? "" : ", срок " + due);
      case OVERDUE -> "просрочено (срок " + due + ")" + switch (row.getEscalationLevel()) {
        case 1 -> ", сообщено директору";
        case 2 -> ", сообщено директору и муниципальному администратору";
        default -> "";
      };
      case UPCOMING -> row.getKind() == RowKind.TRIGGER
          ? (row.getTimesDone() > 0 ? "выполнено раз: " + row.getTimesDone() + "; ждёт события" : "ждёт события")
          : "предстоит" + (row.getWindowStart() == null ? "" : " с " + DATE.format(row.getWindowStart()));
      case NOT_REQUIRED -> "не потребовалось: событие не наступило";
      case CANCELLED -> "исключено";
    };
  }
}
