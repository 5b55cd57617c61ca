package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapProcess.ADMIN_AFTER_DAYS;
import static ru.nastavnik.roadmap.RoadmapProcess.DIRECTOR_AT;
import static ru.nastavnik.roadmap.RoadmapProcess.PERIOD_ENDS_AT;
import static ru.nastavnik.roadmap.RoadmapProcess.PROGRESS_EVERY;
import static ru.nastavnik.roadmap.RoadmapProcess.REMINDER_AT;
import static ru.nastavnik.roadmap.RoadmapProcess.ROW_DUE;
import static ru.nastavnik.roadmap.RoadmapProcess.ROW_FOLLOW_UP;
import static ru.nastavnik.roadmap.RoadmapProcess.ROW_GROUP;
import static ru.nastavnik.roadmap.RoadmapProcess.ROW_KIND;
import static ru.nastavnik.roadmap.RoadmapProcess.ROW_OPEN;
import static ru.nastavnik.roadmap.RoadmapProcess.WINDOW_OPENS_AT;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The schedule of a row at one moment: whether its task is open now, when its window opens, when it
 * is due, when to remind, when to escalate. Written into the row's process as variables that the
 * diagram's timers, the task's due and follow-up dates and its candidate group read.
 *
 * @param open the task is (or stays) open now
 * @param windowOpensAt when a dated row's task appears (null for trigger rows)
 * @param due the task's due date
 * @param followUp the task's follow-up date: the start of its window
 * @param reminderAt the reminder to the responsible people
 * @param directorAt the escalation to the director
 * @param adminAfterDays working days from the director's escalation to the administrator's
 * @param progressEvery ISO duration between progress notes («в течение года»)
 * @param periodEndsAt trigger rows stop waiting for events at the end of the roadmap's period
 */
public record RowPlan(RowKind kind, String group, boolean open, Instant windowOpensAt, Instant due,
    Instant followUp, Instant reminderAt, Instant directorAt, int adminAfterDays, String progressEvery,
    Instant periodEndsAt) {

  /** Sets the process variables the row's diagram reads. */
  public void applyTo(VariableScope scope) {
    scope.setVariable(ROW_KIND, kind.name());
    scope.setVariable(ROW_GROUP, group);
    scope.setVariable(ROW_OPEN, open);
    scope.setVariable(WINDOW_OPENS_AT, date(windowOpensAt));
    scope.setVariable(ROW_DUE, date(due));
    scope.setVariable(ROW_FOLLOW_UP, date(followUp));
    scope.setVariable(REMINDER_AT, date(reminderAt));
    scope.setVariable(DIRECTOR_AT, date(directorAt));
    scope.setVariable(ADMIN_AFTER_DAYS, adminAfterDays);
    scope.setVariable(PROGRESS_EVERY, progressEvery);
    scope.setVariable(PERIOD_ENDS_AT, date(periodEndsAt));
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
