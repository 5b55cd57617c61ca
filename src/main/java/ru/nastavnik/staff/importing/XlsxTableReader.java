package ru.nastavnik.staff.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the staff sheet of an XLSX workbook with POI's streaming (SAX) reader, so memory stays
 * small for large files. The sheet is the one named «Сотрудники», else the first sheet with a
 * recognisable header. Cell values come as the user sees them, except date cells, which come as
 * ISO dates ({@code 2025-08-28}) whatever their display format.
 */
final class XlsxTableReader {

  static final String SHEET_NAME = "Сотрудники";

  /** Tighten POI's process-wide zip bomb guards (never loosen what another part of the application set). */
  static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  static {
    if (ZipSecureFile.getMinInflateRatio() < 0.01) {
      ZipSecureFile.setMinInflateRatio(0.01);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }
  }

  private XlsxTableReader() {}

  /** Thrown from the row handler to stop reading a sheet early. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super("stop", null, false, false);
    }
  }

  /** Returns the table of the staff sheet and that sheet's name. */
  static RawTable read(byte[] content, int maxRows, String[] sheetNameOut) throws ImportRejectedException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();

      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream ignored = it.next()) {
          names.add(it.getSheetName());
        }
      }
      if (names.isEmpty()) {
        throw new ImportRejectedException("в книге Excel нет ни одного листа.");
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if (Texts.key(names.get(i)).equals(Texts.key(SHEET_NAME))) {
          order.add(i);
          break;
        }
      }
      for (int i = 0; i < names.size(); i++) {
        if (!order.contains(i)) {
          order.add(i);
        }
      }
      boolean anyData = false;
      for (int sheet : order) {
        RawTable table = new RawTable(maxRows);
        readSheet(reader, sheet, styles, strings, table);
        if (table.hasHeader()) {
          sheetNameOut[0] = names.get(sheet);
          return table;
        }
        anyData |= table.anyData();
      }
      if (!anyData) {
        throw new ImportRejectedException("книга Excel пустая: ни на одном листе нет данных. Заполните шаблон "
            + "списка сотрудников и загрузите его снова.");
      }
      throw new ImportRejectedException("ни на одном листе книги (" + quoted(names) + ") не найдена строка "
          + "заголовков списка сотрудников. Назовите лист «" + SHEET_NAME + "» и поставьте в первой строке "
          + "заголовки столбцов: " + HeaderRow.expectedTitles() + " (возьмите шаблон).");
    } catch (ImportRejectedException e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
        | RuntimeException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("Zip bomb") || message.contains("exceed") || message.contains("max size")) {
        throw new ImportRejectedException("файл после распаковки оказался слишком большим для списка "
            + "сотрудников (похоже на «zip-бомбу»). Файл не обработан.");
      }
      throw new ImportRejectedException("файл повреждён или не является книгой Excel (.xlsx): его не удалось "
          + "прочитать. Откройте его в Excel, сохраните заново как «Книга Excel (.xlsx)» и загрузите снова.");
    }
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "«" + n + "»").toList());
  }

  private static void readSheet(XSSFReader reader, int sheetIndex, StylesTable styles,
      ReadOnlySharedStringsTable strings, RawTable table)
      throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
    XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
    for (int i = 0; it.hasNext(); i++) {
      try (InputStream in = it.next()) {
        if (i != sheetIndex) {
          continue;
        }
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(table),
            new IsoDateFormatter(), false));
        try {
          xml.parse(new InputSource(in));
        } catch (Stop stop) {
          // the table has what it needs
        } catch (SAXException e) {
          if (!(e.getCause() instanceof Stop)) {
            throw e;
          }
        }
        return;
      }
    }
  }

  /** Collects a row's cells by column index, filling gaps with empty strings. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RawTable table;
    private final List<String> cells = new ArrayList<>();

    Rows(RawTable table) {
      this.table = table;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (!table.accept(rowNum + 1, cells)) {
        throw new Stop();
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int column = ref == null ? cells.size() : new CellReference(ref).getCol();
      if (column > 200) {
        return; // far-right stray cells are not staff data
      }
      while (cells.size() < column) {
        cells.add("");
      }
      if (cells.size() == column) {
        cells.add(value == null ? "" : value);
      }
    }
  }

  /**
   * Shows date cells as ISO dates and other numbers as written (Excel's «General» without
   * exponent), independent of the server's locale.
   */
  private static final class IsoDateFormatter extends DataFormatter {
    IsoDateFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
      }
      if (formatString == null || "General".equalsIgnoreCase(formatString) || "@".equals(formatString)) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
  }
}
