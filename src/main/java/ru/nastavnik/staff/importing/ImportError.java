package ru.nastavnik.staff.importing;

/**
 * One problem found in an import file.
 *
 * @param row the row number as Excel shows it (the header row is row 1 when it is the first row);
 *     {@code null} for a problem with the whole file
 * @param column the column title as the template names it; {@code null} when no single column is at fault
 * @param message what is wrong and how to fix it, in Russian
 */
public record ImportError(Integer row, String column, String message) {

  static ImportError file(String message) {
    return new ImportError(null, null, message);
  }

  /** «Строка 5, «Фамилия»: не указана фамилия.» */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (row != null) {
      s.append("Строка ").append(row);
    }
    if (column != null) {
      s.append(s.isEmpty() ? "" : ", ").append("столбец «").append(column).append('»');
    }
    return s.isEmpty() ? message : s.append(": ").append(message).toString();
  }
}
