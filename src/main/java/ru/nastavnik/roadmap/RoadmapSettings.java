package ru.nastavnik.roadmap;

import java.util.List;

/**
 * The roadmap's periods for one school, all in working days of the school's production calendar
 * except the progress-note interval.
 *
 * @param reminderWorkingDays the reminder (e-mail, follow-up date) comes this many working days before the due day
 * @param directorAfterWorkingDays an open row this many working days past its due day goes to the director (0: at the due time)
 * @param adminAfterWorkingDays and this many working days after that to the municipal administrator
 * @param progressNoteDays «в течение года» rows ask for a progress note every this many calendar days
 * @param triggerWorkingDays default term of a trigger row, counted from its event
 * @param lateStartWorkingDays a row whose window ended before the roadmap started is due this many working days after the start
 * @param reviewWorkingDays the curator or deputy reviews the seeded roadmap within this many working days
 * @param rowSets the seed rows a new roadmap of the school starts from
 */
public record RoadmapSettings(int reminderWorkingDays, int directorAfterWorkingDays, int adminAfterWorkingDays,
    int progressNoteDays, int triggerWorkingDays, int lateStartWorkingDays, int reviewWorkingDays,
    List<RowSet> rowSets) {

  public static final RoadmapSettings DEFAULTS = new RoadmapSettings(3, 1, 5, 28, 10, 10, 10,
      List.of(RowSet.SEED_002, RowSet.SEED_000_TRIGGERS));

  public RoadmapSettings {
    rowSets = List.copyOf(rowSets);
  }

  /** ISO-8601 duration of the progress-note timer. */
  public String progressEvery() {
    return "P" + progressNoteDays + "D";
  }
}
