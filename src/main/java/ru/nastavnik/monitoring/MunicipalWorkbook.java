package ru.nastavnik.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.nastavnik.common.Spreadsheets;

/**
 * The municipal roll-up as an Excel workbook for the regional administrator's own reports: one row
 * per school with a program in the year (the program's score out of 18 and level, pairs scored,
 * the mean pair total, pairs per level, questionnaires sent and answered, response rate, mean
 * growth), numbers as numbers, and a total row for the municipality. Aggregates only, no names of
 * people — the same figures as the JSON and the page.
 */
public final class MunicipalWorkbook {

  public static final String SHEET = "Сводный отчёт";
  public static final String TOTAL = "Итого по муниципалитету";
  static final int HEADER_ROW = 3;

  private MunicipalWorkbook() {}

  /** The column titles, in order. */
  public static List<String> headers() {
    List<String> h = new ArrayList<>(List.of("Школа", "Код школы", "Оценка программы (из 18)", "Уровень программы",
        "Пар оценено", "Средний балл пары"));
    MonitoringReportService.LEVELS.forEach(level -> h.add("Пар: " + level + " уровень"));
    h.addAll(List.of("Анкет направлено", "Анкет заполнено", "Отклик, %", "Средний рост (баллы)"));
    return h;
  }

  public static byte[] xlsx(MonitoringReport.Municipal m) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle strong = Spreadsheets.bold(wb, false);
      CellStyle head = Spreadsheets.bold(wb, true);
      CellStyle decimal = Spreadsheets.format(wb, "0.0");
      CellStyle decimalStrong = wb.createCellStyle();
      decimalStrong.cloneStyleFrom(decimal);
      decimalStrong.setFont(wb.getFontAt(strong.getFontIndex()));

      Sheet sheet = wb.createSheet(SHEET);
      Cell title = sheet.createRow(0).createCell(0);
      title.setCellValue("Мониторинг наставничества по муниципалитету, " + m.academicYear() + " учебный год");
      title.setCellStyle(strong);
      sheet.createRow(1).createCell(0).setCellValue("Школ с программой: " + m.schools().size() + "; оценено пар: "
          + m.pairsScored() + "; отклик на анкеты: " + m.percent() + " %.");

      List<String> headers = headers();
      Row header = sheet.createRow(HEADER_ROW);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
        header.getCell(i).setCellStyle(head);
        sheet.setColumnWidth(i, (i == 0 ? 44 : 14) * 256);
      }
      int r = HEADER_ROW + 1;
      int respondents = 0;
      int answered = 0;
      for (MonitoringReport.SchoolLine s : m.schools()) {
        Row row = sheet.createRow(r++);
        int c = 0;
        row.createCell(c++).setCellValue(s.schoolName());
        row.createCell(c++).setCellValue(s.schoolCode());
        if (s.programTotal() == null) {
          row.createCell(c++).setCellValue("—");
          row.createCell(c++).setCellValue("не оценена");
        } else {
          row.createCell(c++).setCellValue(s.programTotal());
          row.createCell(c++).setCellValue(s.programLevel());
        }
        row.createCell(c++).setCellValue(s.pairsScored());
        number(row, c++, s.averagePairTotal(), decimal);
        for (String level : MonitoringReportService.LEVELS) {
          row.createCell(c++).setCellValue(s.levels().getOrDefault(level, 0));
        }
        row.createCell(c++).setCellValue(s.respondents());
        row.createCell(c++).setCellValue(s.answered());
        row.createCell(c++).setCellValue(s.percent());
        number(row, c, s.averageChange(), decimal);
        respondents += s.respondents();
        answered += s.answered();
      }
      Row total = sheet.createRow(r);
      int c = 0;
      total.createCell(c++).setCellValue(TOTAL);
      c += 3;
      total.createCell(c++).setCellValue(m.pairsScored());
      double mean = m.schools().stream().mapToDouble(s -> s.averagePairTotal() * s.pairsScored()).sum()
          / Math.max(1, m.pairsScored());
      number(total, c++, Math.round(mean * 10) / 10.0, decimalStrong);
      for (String level : MonitoringReportService.LEVELS) {
        total.createCell(c++).setCellValue(m.levels().getOrDefault(level, 0));
      }
      total.createCell(c++).setCellValue(respondents);
      total.createCell(c++).setCellValue(answered);
      total.createCell(c).setCellValue(m.percent());
      for (Cell cell : total) {
        if (cell.getCellStyle() != decimalStrong) {
          cell.setCellStyle(strong);
        }
      }
      sheet.createFreezePane(1, HEADER_ROW + 1);
      if (!m.schools().isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, headers.size() - 1));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
