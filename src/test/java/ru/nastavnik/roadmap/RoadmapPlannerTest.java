package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.roadmap.RoadmapFixtures.msk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.staff.Role;

/** A row's dates in the Russian production calendar, to the minute. */
class RoadmapPlannerTest {

  private final RowPlanner planner = RoadmapFixtures.planner(RoadmapSettings.DEFAULTS);
  private static final LocalDate STARTED = LocalDate.of(2025, 4, 21);
  private static final LocalDate PERIOD_END = LocalDate.of(2026, 8, 31);

  private static RowSpec dated(String start, String end) {
    return new RowSpec(RowKind.DATED, LocalDate.parse(start), LocalDate.parse(end), null, Role.DIRECTOR);
  }

  @Test
  void aDatedRowOpensAtItsFirstDayAndIsDueAtSixOnItsLastDay() {
    RowSpec pairs = dated("2025-08-01", "2025-08-31");
    RowPlan waiting = planner.plan(pairs, msk("2025-06-20T12:00"), STARTED, PERIOD_END, null);
    assertThat(waiting.open()).isFalse();
    assertThat(waiting.windowOpensAt()).isEqualTo(msk("2025-08-01T00:00"));
    RowPlan open = planner.plan(pairs, msk("2025-08-01T00:00"), STARTED, PERIOD_END, null);
    assertThat(open.open()).isTrue();
    assertThat(open.followUp()).isEqualTo(msk("2025-08-01T00:00"));
    assertThat(open.due()).isEqualTo(msk("2025-08-31T18:00"));
    // three working days before Sunday 31 August: Wednesday 27th; overdue a working day later: Monday 1 September
    assertThat(open.reminderAt()).isEqualTo(msk("2025-08-27T09:00"));
    assertThat(open.directorAt()).isEqualTo(msk("2025-09-01T18:00"));
    assertThat(open.adminAfterDays()).isEqualTo(5);
    assertThat(open.group()).isEqualTo("director");
    assertThat(open.progressEvery()).isNull();
  }

  @Test
  void mayHolidaysMoveTheEscalation() {
    RowPlan april = planner.plan(dated("2026-04-01", "2026-04-30"), msk("2026-04-01T00:00"), STARTED, PERIOD_END, null);
    assertThat(april.reminderAt()).isEqualTo(msk("2026-04-27T09:00"));
    // 1 May holiday, 2–3 May weekend
    assertThat(april.directorAt()).isEqualTo(msk("2026-05-04T18:00"));
  }

  @Test
  void aTriggerRowIsDueTenWorkingDaysAfterItsEventAcrossHolidaysAndAWorkingSaturday() {
    RowSpec newStaff = new RowSpec(RowKind.TRIGGER, null, null, 10, Role.DIRECTOR);
    RowPlan waiting = planner.plan(newStaff, msk("2025-10-01T10:00"), STARTED, PERIOD_END, null);
    assertThat(waiting.open()).isFalse();
    assertThat(waiting.periodEndsAt()).isEqualTo(msk("2026-09-01T00:00"));
    // Friday 31 October 2025: Saturday 1 November works, 3–4 November are off
    Instant event = msk("2025-10-31T15:00");
    RowPlan open = planner.plan(newStaff, msk("2025-10-31T15:00"), STARTED, PERIOD_END, event);
    assertThat(open.open()).isTrue();
    assertThat(open.followUp()).isEqualTo(event);
    assertThat(open.due()).isEqualTo(msk("2025-11-17T18:00"));
    // 30 December 2025: 31 December and 1–11 January are off
    RowPlan newYear = planner.plan(newStaff, msk("2025-12-30T11:00"), STARTED, PERIOD_END, msk("2025-12-30T11:00"));
    assertThat(newYear.due()).isEqualTo(msk("2026-01-23T18:00"));
    assertThat(newYear.reminderAt()).isEqualTo(msk("2026-01-20T09:00"));
    assertThat(newYear.directorAt()).isEqualTo(msk("2026-01-26T18:00"));
  }

  @Test
  void aWindowOverBeforeTheRoadmapStartedGetsALateStartTermInsteadOfBeingOverdue() {
    // a roadmap started on Monday 24 November 2026 for 2026/27: «Май - август» already over
    RowPlan late = planner.plan(dated("2026-05-01", "2026-08-31"), msk("2026-11-24T10:00"),
        LocalDate.of(2026, 11, 24), LocalDate.of(2027, 8, 31), null);
    assertThat(late.open()).isTrue();
    assertThat(late.followUp()).isEqualTo(msk("2026-11-24T00:00"));
    assertThat(late.due()).isEqualTo(msk("2026-12-08T18:00"));
    assertThat(late.reminderAt()).isEqualTo(msk("2026-12-03T09:00"));
  }

  @Test
  void aShortWindowRemindsWhenItOpensAndYearRoundRowsAskForProgressNotes() {
    RowPlan shortWindow = planner.plan(dated("2025-09-29", "2025-09-30"), msk("2025-09-29T00:00"), STARTED,
        PERIOD_END, null);
    assertThat(shortWindow.reminderAt()).isEqualTo(msk("2025-09-29T00:00"));
    RowPlan yearRound = planner.plan(new RowSpec(RowKind.YEAR_ROUND, LocalDate.of(2025, 9, 1),
        LocalDate.of(2026, 5, 31), null, Role.PSYCHOLOGIST), msk("2025-09-01T00:00"), STARTED, PERIOD_END, null);
    assertThat(yearRound.progressEvery()).isEqualTo("P28D");
    assertThat(yearRound.group()).isEqualTo("psychologist");
  }

  @Test
  void periodsComeFromTheSchoolsSettings() {
    RoadmapProperties properties = new RoadmapProperties(2, 0, 3, 14, null, null, null, null, null, null, null,
        java.util.Map.of("Starica", new RoadmapProperties.School(5, null, null, null, null, null, null,
            List.of(RowSet.SEED_004), List.of("uo@example.ru"))));
    RoadmapSettings starica = properties.forSchool("starica");
    assertThat(starica.reminderWorkingDays()).isEqualTo(5);
    assertThat(starica.directorAfterWorkingDays()).isZero();
    assertThat(starica.adminAfterWorkingDays()).isEqualTo(3);
    assertThat(starica.rowSets()).containsExactly(RowSet.SEED_004);
    assertThat(properties.forSchool("other").reminderWorkingDays()).isEqualTo(2);
    assertThat(properties.forSchool("other").rowSets()).isEqualTo(RoadmapSettings.DEFAULTS.rowSets());
    assertThat(properties.adminEmailsFor("STARICA")).containsExactly("uo@example.ru");
    RoadmapProperties none = new RoadmapProperties(null, null, null, null, null, null, null, null, null, null, null,
        java.util.Map.of("kz", new RoadmapProperties.School(null, null, null, null, null, null, null, List.of(), null)));
    assertThat(none.forSchool("kz").rowSets()).isEmpty();
    RowPlan plan = RoadmapFixtures.planner(starica).plan(dated("2025-08-01", "2025-08-31"), msk("2025-08-02T10:00"),
        STARTED, PERIOD_END, null);
    // five working days before Sunday 31 August: Monday 25th; the director at the due time itself
    assertThat(plan.reminderAt()).isEqualTo(msk("2025-08-25T09:00"));
    assertThat(plan.directorAt()).isEqualTo(msk("2025-08-31T18:00"));
  }
}
