package ru.nastavnik.roadmap;

/** Row sets a school's roadmap is seeded from (files in {@code classpath:roadmap/}). */
public enum RowSet {
  /** Seed 002 §9: the 15 rows of МБОУ «СОШ ст. Старица». */
  SEED_002("seed-002.tsv"),
  /** Seed 004: the seven stages of the 2024–2025 roadmap of МКОУ «Степновская СОШ». */
  SEED_004("seed-004.tsv"),
  /** Seed 000: the stages with their frequencies (at launch, as staff arrive, …, end of year). */
  SEED_000("seed-000.tsv"),
  /** Seed 000's event rows only (new staff, before and after an internship or event), as group 5. */
  SEED_000_TRIGGERS("seed-000.tsv");

  private final String file;

  RowSet(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }
}
