package ru.nastavnik.staff.importing;

import java.util.List;
import ru.nastavnik.common.UserFacingException;

/**
 * Outcome of one staff import. Either the whole file was applied ({@link #ok()}) or nothing was
 * changed and {@link #errors()} says why.
 *
 * @param fileName the uploaded file's name as given
 * @param format XLSX or CSV; {@code null} when the file could not be recognised
 * @param rows staff rows read from the file
 * @param created staff members added
 * @param updated staff members whose data changed
 * @param unchanged staff members already stored exactly as in the file
 * @param createdStaffIds ids of the staff members added
 * @param outcome what happened
 * @param errorCount how many errors were found (may exceed the errors listed)
 * @param errors the errors, in row order, at most {@code nastavnik.import.max-listed-errors}
 */
public record ImportResult(
    String fileName,
    String format,
    int rows,
    int created,
    int updated,
    int unchanged,
    List<Long> createdStaffIds,
    Outcome outcome,
    int errorCount,
    List<ImportError> errors) {

  public enum Outcome {
    /** The file was applied. */
    IMPORTED,
    /** Some rows are invalid: nothing was changed. */
    INVALID_ROWS,
    /** The file is not a usable staff table (broken, empty, wrong sheet, columns): nothing was changed. */
    INVALID_FILE,
    /** The file is bigger than allowed: it was not read. */
    TOO_LARGE
  }

  public boolean ok() {
    return outcome == Outcome.IMPORTED;
  }

  /** One Russian sentence for the user. */
  public String message() {
    return switch (outcome) {
      case IMPORTED -> "Список сотрудников загружен: добавлено " + created + ", обновлено " + updated
          + ", без изменений " + unchanged + ".";
      case INVALID_ROWS -> "Файл не загружен: найдено ошибок — " + errorCount
          + ". Исправьте их и загрузите файл снова; данные не изменены.";
      case INVALID_FILE, TOO_LARGE -> errors.isEmpty() ? "Файл не загружен."
          : errors.get(0).row() != null
              ? "Файл не загружен: ошибки в заголовках столбцов — " + errorCount + ". Данные не изменены."
              : "Файл не загружен. " + errors.get(0).message();
    };
  }

  /**
   * For callers that must fail as a whole, such as a task listener of the curator's upload form:
   * throws a {@link UserFacingException} (Tasklist shows it, the transaction rolls back) listing
   * the first errors.
   */
  public ImportResult requireSuccess() {
    if (ok()) {
      return this;
    }
    StringBuilder s = new StringBuilder(message());
    if (!errors.isEmpty() && errors.get(0).row() != null) {
      int shown = Math.min(errors.size(), 20);
      for (int i = 0; i < shown; i++) {
        s.append('\n').append(errors.get(i).describe());
      }
      if (errorCount > shown) {
        s.append("\n… и ещё ошибок: ").append(errorCount - shown).append('.');
      }
    }
    throw new UserFacingException(outcome == Outcome.TOO_LARGE ? 413 : 400, s.toString());
  }

  static ImportResult imported(String fileName, String format, int rows, int created, int updated,
      int unchanged, List<Long> createdIds) {
    return new ImportResult(fileName, format, rows, created, updated, unchanged, List.copyOf(createdIds),
        Outcome.IMPORTED, 0, List.of());
  }

  /** The refusal of a file over the size limit, made without reading the file. */
  public static ImportResult tooLarge(String fileName, long size, long maxBytes) {
    String message = "Файл слишком большой (" + megabytes(size) + "): список сотрудников принимается размером "
        + "не более " + megabytes(maxBytes) + ". Проверьте, что загружаете нужный файл; удалите из книги лишние "
        + "листы и рисунки.";
    return new ImportResult(fileName, null, 0, 0, 0, 0, List.of(), Outcome.TOO_LARGE, 1,
        List.of(ImportError.file(message)));
  }

  /** «256 КБ», «5,0 МБ», «50 МБ». */
  static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " КБ";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return (mb >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", mb)
        : String.format(java.util.Locale.ROOT, "%.1f", mb).replace('.', ',')) + " МБ";
  }

  static ImportResult failed(String fileName, String format, int rows, Outcome outcome,
      List<ImportError> all, int maxListed) {
    List<ImportError> listed = all.size() > maxListed ? all.subList(0, maxListed) : all;
    return new ImportResult(fileName, format, rows, 0, 0, 0, List.of(), outcome, all.size(),
        List.copyOf(listed));
  }
}
