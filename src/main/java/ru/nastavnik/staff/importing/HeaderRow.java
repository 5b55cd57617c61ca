package ru.nastavnik.staff.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The header row of a staff table: which column index holds which {@link StaffColumn}. */
final class HeaderRow {

  final int rowNumber;
  final Map<StaffColumn, Integer> index = new EnumMap<>(StaffColumn.class);
  /** Titles as written in the file, by index, for columns the importer does not know. */
  final Map<Integer, String> unknown = new java.util.TreeMap<>();
  final List<ImportError> problems = new ArrayList<>();
  final int width;

  private HeaderRow(int rowNumber, List<String> cells) {
    this.rowNumber = rowNumber;
    this.width = cells.size();
    for (int i = 0; i < cells.size(); i++) {
      String title = Texts.clean(cells.get(i));
      if (title.isEmpty()) {
        continue;
      }
      var column = StaffColumn.byHeader(title);
      if (column.isEmpty()) {
        unknown.put(i, title);
      } else if (index.containsKey(column.get())) {
        problems.add(new ImportError(rowNumber, column.get().title(),
            "столбец «" + column.get().title() + "» встречается дважды (столбцы "
                + Texts.columnLetter(index.get(column.get())) + " и " + Texts.columnLetter(i)
                + "): оставьте один."));
      } else {
        index.put(column.get(), i);
      }
    }
  }

  /** A row is the header when at least two of its cells are known column titles. */
  static HeaderRow detect(int rowNumber, List<String> cells) {
    int known = 0;
    for (String c : cells) {
      if (StaffColumn.byHeader(c).filter(col -> col != StaffColumn.ROW_NUMBER).isPresent()) {
        known++;
      }
    }
    return known >= 2 ? new HeaderRow(rowNumber, cells) : null;
  }

  boolean has(StaffColumn c) {
    return index.containsKey(c);
  }

  /** Columns present in the file (after the «ФИО» alternative is taken into account). */
  Set<StaffColumn> present() {
    return index.isEmpty() ? EnumSet.noneOf(StaffColumn.class) : EnumSet.copyOf(index.keySet());
  }

  /** Missing required columns, unknown and doubled columns. */
  List<ImportError> validate() {
    List<ImportError> errors = new ArrayList<>(problems);
    boolean fullName = has(StaffColumn.FULL_NAME);
    if (fullName && (has(StaffColumn.LAST_NAME) || has(StaffColumn.FIRST_NAME) || has(StaffColumn.MIDDLE_NAME))) {
      errors.add(new ImportError(rowNumber, StaffColumn.FULL_NAME.title(),
          "укажите либо один столбец «ФИО», либо столбцы «Фамилия», «Имя», «Отчество», но не оба варианта."));
    }
    for (StaffColumn c : StaffColumn.values()) {
      boolean coveredByFullName = fullName && (c == StaffColumn.LAST_NAME || c == StaffColumn.FIRST_NAME);
      if (c.required() && !has(c) && !coveredByFullName) {
        errors.add(new ImportError(rowNumber, c.title(), "нет обязательного столбца «" + c.title()
            + "». Проверьте заголовки или возьмите шаблон файла."));
      }
    }
    for (Map.Entry<Integer, String> u : unknown.entrySet()) {
      errors.add(new ImportError(rowNumber, u.getValue(), "неизвестный столбец «" + u.getValue() + "» (столбец "
          + Texts.columnLetter(u.getKey()) + "). Удалите его или переименуйте; допустимые столбцы: "
          + expectedTitles() + "."));
    }
    return errors;
  }

  static String expectedTitles() {
    return StaffColumn.templateColumns().stream().map(c -> "«" + c.title() + "»").collect(Collectors.joining(", "));
  }

  String cell(List<String> cells, StaffColumn c) {
    Integer i = index.get(c);
    return i == null || i >= cells.size() ? "" : Texts.clean(cells.get(i));
  }
}
