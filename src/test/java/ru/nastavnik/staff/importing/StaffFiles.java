package ru.nastavnik.staff.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real XLSX (built with POI) and CSV bytes for the tests. */
final class StaffFiles {

  static final List<String> HEADER = List.of("Табельный номер", "Фамилия", "Имя", "Отчество", "Должность",
      "Предметы", "Педагогический стаж, лет", "Дата приёма", "Квалификационная категория", "E-mail", "Логин",
      "Роли");

  private StaffFiles() {}

  /** Three valid staff rows; numbers and dates as Excel would keep them. */
  static List<List<Object>> threeStaff() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(HEADER));
    rows.add(row(1001, "Иванова", "Мария", "Петровна", "Учитель математики", "Математика; алгебра", 2,
        LocalDate.of(2024, 8, 28), "первая", "Ivanova@School.example", "", ""));
    rows.add(row(1002, "Петров", "Сергей", "Иванович", "Директор", "История", 25, LocalDate.of(2001, 9, 1),
        "высшая", "petrov@school.example", "direktor", "директор"));
    rows.add(row(1003, "Смирнова", "Ольга", "", "Учитель иностранного языка",
        "Английский язык, Немецкий язык", 0, "", "без категории", "", "", "куратор; наставник"));
    return rows;
  }

  static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  static byte[] xlsx(List<List<Object>> rows) {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Сотрудники", rows);
    return xlsx(sheets);
  }

  static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
      for (var e : sheets.entrySet()) {
        Sheet sheet = wb.createSheet(e.getKey());
        int r = 0;
        for (List<Object> values : e.getValue()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null || "".equals(v)) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else {
              cell.setCellValue(v.toString());
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CSV text as a person would save it: dates as dd.MM.yyyy, fields quoted when needed. */
  static byte[] csv(List<List<Object>> rows, char separator, boolean bom) {
    StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
    for (List<Object> r : rows) {
      s.append(r.stream().map(v -> field(v, separator)).collect(Collectors.joining(String.valueOf(separator))))
          .append("\r\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String field(Object v, char separator) {
    String text = v == null ? "" : v instanceof LocalDate d
        ? String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : v.toString();
    if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n") || text.contains(";")
        || text.contains(",")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** A ZIP with [Content_Types].xml and one other entry. */
  static byte[] zipWith(String entry) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("text".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal XLSX-looking package whose sheet inflates to {@code inflatedBytes}: a zip bomb. */
  static byte[] zipBomb(long inflatedBytes) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) ' ');
      for (long written = 0; written < inflatedBytes; written += block.length) {
        zip.write(block);
      }
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
