package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.staff.Role;

/** The seed roadmaps as data: seed 002's 15 rows as written, seed 004's seven stages, seed 000's frequencies. */
class RoadmapSeedsTest {

  @Test
  void seed002HasItsFifteenRowsAsWrittenWithWindowsInTheAcademicYear() {
    List<SeedRow> rows = RoadmapSeeds.rows(RowSet.SEED_002);
    assertThat(rows).extracting(SeedRow::number).containsExactly("1.1.", "2.1.", "2.2.", "2.3.", "2.4.", "2.5.",
        "2.6.", "2.7.", "2.8.", "2.9.", "2.10.", "2.11.", "3.1.", "3.2.", "4.1");
    SeedRow r23 = rows.get(3);
    assertThat(r23.action()).isEqualTo("Формирование банка наставляемых: диагностика профессиональных дефицитов"
        + " молодых педагогов; сбор дополнительной информации о запросах наставляемых; анализ данных;"
        + " формирование базы данных наставляемых.");
    assertThat(r23.resultForm()).isEqualTo("Аналитическая справка о профессиональных дефицитах молодых педагогов. База наставляемых.");
    assertThat(r23.periodText()).isEqualTo("Август – сентябрь");
    assertThat(r23.role()).isEqualTo(Role.DEPUTY);
    assertThat(r23.stage()).isEqualTo(ProgramProcess.CALL_MENTEE_BASE);
    assertThat(r23.windowStart(2025)).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(r23.windowEnd(2025)).isEqualTo(LocalDate.of(2025, 9, 30));
    // «Май - август» prepares the year; «Май» ends it
    assertThat(rows.get(0).windowStart(2025)).isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(rows.get(7).windowStart(2025)).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(rows.get(7).windowEnd(2025)).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(rows.get(13).windowEnd(2025)).isEqualTo(LocalDate.of(2026, 4, 30));
    // «В течение года»: September to May, with progress notes
    assertThat(rows.subList(8, 12)).allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RowKind.YEAR_ROUND);
      assertThat(r.periodText()).isEqualTo("В течение года");
      assertThat(r.windowStart(2025)).isEqualTo(LocalDate.of(2025, 9, 1));
      assertThat(r.windowEnd(2025)).isEqualTo(LocalDate.of(2026, 5, 31));
    });
    assertThat(rows).extracting(SeedRow::role).containsExactly(Role.DIRECTOR, Role.DEPUTY, Role.DIRECTOR, Role.DEPUTY,
        Role.DEPUTY, Role.DIRECTOR, Role.DIRECTOR, Role.DIRECTOR, Role.DEPUTY, Role.DIRECTOR, Role.PSYCHOLOGIST,
        Role.MENTOR, Role.DEPUTY, Role.DEPUTY, Role.DIRECTOR);
    assertThat(rows.get(14).resultForm()).isNull();
    assertThat(rows.get(1).resultForm()).isEqualTo("«Программа наставничества в МБОУ «СОШ ст. Старина»");
    assertThat(rows.get(0).section()).isEqualTo("1. Нормативно-правовое обеспечение введения системы наставничества");
  }

  @Test
  void seed004HasItsSevenStagesLinkedToTheProgram() {
    List<SeedRow> rows = RoadmapSeeds.rows(RowSet.SEED_004);
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0).action()).startsWith("Подготовка условий для реализации системы наставничества");
    assertThat(rows.get(4).kind()).isEqualTo(RowKind.YEAR_ROUND);
    assertThat(rows.get(4).windowStart(2024)).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(rows.get(4).windowEnd(2024)).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(rows).extracting(SeedRow::stage).containsExactly(ProgramProcess.CALL_PREPARATION,
        ProgramProcess.CALL_MENTEE_BASE, ProgramProcess.CALL_MENTOR_SELECTION, ProgramProcess.CALL_MENTOR_SELECTION,
        ProgramProcess.CALL_PAIR_WORK, ProgramProcess.CALL_COMPLETION, null);
  }

  @Test
  void seed000SetsFrequenciesAndItsEventRowsJoinOtherRoadmapsAsGroupFive() {
    List<SeedRow> all = RoadmapSeeds.rows(RowSet.SEED_000);
    assertThat(all).hasSize(7);
    assertThat(all.get(0).trigger()).isEqualTo(TriggerEvent.ROADMAP_STARTED);
    assertThat(all.get(1).periodText()).isEqualTo("По мере появления новых сотрудников");
    List<SeedRow> triggers = RoadmapSeeds.rows(RowSet.SEED_000_TRIGGERS);
    assertThat(triggers).extracting(SeedRow::number).containsExactly("5.1.", "5.2.", "5.3.");
    assertThat(triggers).extracting(SeedRow::trigger).containsExactly(TriggerEvent.STAFF_ARRIVED,
        TriggerEvent.EVENT_PLANNED, TriggerEvent.EVENT_FINISHED);
    assertThat(triggers).allSatisfy(r -> assertThat(r.termDays()).isEqualTo(10));
    assertThat(RoadmapSeeds.rows(RoadmapSettings.DEFAULTS.rowSets())).hasSize(18);
  }
}
