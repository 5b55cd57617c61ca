package ru.nastavnik.staff.importing;

import java.util.List;

/**
 * Reads and validates a staff file on its own, without the database: recognises the format,
 * finds the sheet and the header, checks every row. The result is either rows ready to apply or
 * the complete list of errors.
 */
final class StaffFileReader {

  private final StaffImportProperties limits;

  StaffFileReader(StaffImportProperties limits) {
    this.limits = limits;
  }

  /** The file read and validated on its own. */
  static final class Parsed {
    String format;
    int rowCount;
    HeaderRow header;
    List<StaffRow> rows = List.of();
    List<ImportError> errors = List.of();
    ImportResult.Outcome outcome = ImportResult.Outcome.INVALID_ROWS;
  }

  Parsed read(byte[] content) throws ImportRejectedException {
    FileKind kind = FileKind.detect(content, limits.maxUnzippedBytes().toBytes());
    RawTable table;
    if (kind == FileKind.XLSX) {
      table = XlsxTableReader.read(content, limits.maxRows(), new String[1]);
    } else {
      String text = CsvTableReader.decode(content);
      table = new RawTable(limits.maxRows());
      CsvTableReader.read(text, table);
      if (!table.anyData()) {
        throw new ImportRejectedException("файл пустой. Заполните шаблон списка сотрудников и загрузите его снова.");
      }
      if (!table.hasHeader()) {
        throw new ImportRejectedException("в файле не найдена строка заголовков списка сотрудников. В первой "
            + "строке должны быть заголовки столбцов: " + HeaderRow.expectedTitles()
            + "; разделитель — точка с запятой или запятая (возьмите шаблон).");
      }
    }
    if (table.tooManyRows()) {
      throw new ImportRejectedException("в файле больше " + table.maxRows() + " строк с сотрудниками: "
          + "разделите его на несколько файлов.");
    }
    Parsed parsed = new Parsed();
    parsed.format = kind.name();
    parsed.header = table.header();
    parsed.rowCount = table.rows().size();
    List<ImportError> headerErrors = table.header().validate();
    if (!headerErrors.isEmpty()) {
      parsed.errors = headerErrors;
      parsed.outcome = ImportResult.Outcome.INVALID_FILE;
      return parsed;
    }
    if (table.rows().isEmpty()) {
      throw new ImportRejectedException("в файле есть строка заголовков, но нет ни одной строки с сотрудниками.");
    }
    StaffRowParser parser = new StaffRowParser(table.header());
    parser.parseAll(table.rows());
    parsed.rows = parser.rows();
    parsed.errors = parser.errors();
    return parsed;
  }
}
