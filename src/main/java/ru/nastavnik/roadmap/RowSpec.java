package ru.nastavnik.roadmap;

import java.time.LocalDate;
import ru.nastavnik.staff.Role;

/** What the schedule of a row depends on. */
public record RowSpec(RowKind kind, LocalDate windowStart, LocalDate windowEnd, Integer termDays, Role role) {

  public static RowSpec of(RoadmapRow row) {
    return new RowSpec(row.getKind(), row.getWindowStart(), row.getWindowEnd(), row.getTermDays(), row.getRole());
  }

  public static RowSpec of(SeedRow row, int firstYear) {
    return new RowSpec(row.kind(), row.windowStart(firstYear), row.windowEnd(firstYear), row.termDays(), row.role());
  }
}
