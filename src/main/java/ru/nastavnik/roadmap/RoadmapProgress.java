package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a school's roadmap stands: done / in progress / overdue / upcoming, in total and per
 * responsible role, and row by row.
 */
public record RoadmapProgress(String schoolCode, String schoolName, String academicYear, String status,
    LocalDate periodStart, LocalDate periodEnd, Instant asOf, Counts totals, List<RoleProgress> byRole,
    List<RowProgress> rows) {

  /** Rows by state; excluded rows are not counted. */
  public record Counts(int done, int inProgress, int overdue, int upcoming, int notRequired) {

    public int total() {
      return done + inProgress + overdue + upcoming + notRequired;
    }

    Counts plus(State state) {
      return new Counts(done + (state == State.DONE ? 1 : 0), inProgress + (state == State.IN_PROGRESS ? 1 : 0),
          overdue + (state == State.OVERDUE ? 1 : 0), upcoming + (state == State.UPCOMING ? 1 : 0),
          notRequired + (state == State.NOT_REQUIRED ? 1 : 0));
    }
  }

  public record RoleProgress(String role, String title, Counts counts) {}

  public record RowProgress(Long id, String number, String action, String role, String roleTitle, String state,
      String stateTitle, String period, Instant dueAt, Instant completedAt, int escalationLevel,
      boolean closedByStage, int timesDone) {}

  /** A row's state as the progress view shows it. */
  public enum State {
    DONE("выполнено"), IN_PROGRESS("в работе"), OVERDUE("просрочено"), UPCOMING("предстоит"),
    NOT_REQUIRED("не потребовалось"), CANCELLED("исключено");

    private final String title;

    State(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }

    static State of(RoadmapRow row, Instant now) {
      return switch (row.getStatus()) {
        case DONE -> DONE;
        case NOT_REQUIRED -> NOT_REQUIRED;
        case CANCELLED -> CANCELLED;
        case IN_PROGRESS -> row.isOverdue(now) ? OVERDUE : IN_PROGRESS;
        case PLANNED -> UPCOMING;
      };
    }
  }
}
