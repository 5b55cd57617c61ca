package ru.nastavnik.roadmap;

/** Where a roadmap row stands. Overdue is not a status: it is an open row past its due date. */
public enum RowStatus {
  PLANNED("запланирован", false),
  IN_PROGRESS("в работе", false),
  DONE("выполнен", true),
  NOT_REQUIRED("не потребовался", true),
  CANCELLED("исключён", true);

  private final String title;
  private final boolean closed;

  RowStatus(String title, boolean closed) {
    this.title = title;
    this.closed = closed;
  }

  public String title() {
    return title;
  }

  /** Nothing more happens to the row. */
  public boolean isClosed() {
    return closed;
  }
}
