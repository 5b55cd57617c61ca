package ru.nastavnik.roadmap;

/** How a roadmap row is timed (seed 002 windows, «в течение года», seed 000 frequencies). */
public enum RowKind {
  /** A window of dates: the task appears at its start and is due at its end. */
  DATED("в установленные сроки"),
  /** «В течение года»: open for the whole window, with periodic progress notes. */
  YEAR_ROUND("в течение года"),
  /** Starts when an event happens (new staff arrive, an event is planned or held). */
  TRIGGER("по событию");

  private final String title;

  RowKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
