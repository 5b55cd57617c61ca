package ru.nastavnik.staff.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one sheet or CSV file as text, collected while a reader streams them: finds the header
 * among the first rows, skips blank rows, stops past the row limit.
 */
final class RawTable {

  /** The header must be within the first rows (a title or a date may stand above it). */
  static final int HEADER_SEARCH_ROWS = 20;

  record Row(int number, List<String> cells) {}

  private final int maxRows;
  private HeaderRow header;
  private final List<Row> rows = new ArrayList<>();
  private boolean tooManyRows;
  private boolean headerMissing;
  private int lastRowNumber;
  private boolean anyData;

  RawTable(int maxRows) {
    this.maxRows = maxRows;
  }

  /**
   * Takes the next row; {@code number} is the row number the user sees (1-based).
   *
   * @return false when reading should stop
   */
  boolean accept(int number, List<String> cells) {
    lastRowNumber = number;
    if (Texts.isBlank(cells)) {
      return true;
    }
    anyData = true;
    if (header == null) {
      if (number > HEADER_SEARCH_ROWS) {
        headerMissing = true;
        return false;
      }
      header = HeaderRow.detect(number, cells);
      return true;
    }
    if (rows.size() >= maxRows) {
      tooManyRows = true;
      return false;
    }
    rows.add(new Row(number, List.copyOf(cells)));
    return true;
  }

  HeaderRow header() {
    return header;
  }

  boolean hasHeader() {
    return header != null && !headerMissing;
  }

  List<Row> rows() {
    return rows;
  }

  boolean tooManyRows() {
    return tooManyRows;
  }

  int maxRows() {
    return maxRows;
  }

  /** Whether any non-blank row was seen. */
  boolean anyData() {
    return anyData;
  }

  int lastRowNumber() {
    return lastRowNumber;
  }
}
