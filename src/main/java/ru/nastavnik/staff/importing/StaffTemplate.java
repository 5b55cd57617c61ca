package ru.nastavnik.staff.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.nastavnik.common.Spreadsheets;

/**
 * The downloadable staff file template: the header row and one example row, in XLSX (sheet
 * «Сотрудники» plus a reference sheet «Справочник» with the subjects, categories and roles) and
 * in CSV (UTF-8 with BOM so that Excel opens it in the right encoding, separator «;»).
 */
public final class StaffTemplate {

  static final List<String> EXAMPLE = List.of("000123", "Иванова", "Мария", "Петровна", "Учитель математики",
      "Математика; Алгебра; Геометрия", "2", "28.08.2025", "без категории", "ivanova@school.example", "",
      "");

  private StaffTemplate() {}

  public static byte[] csv() {
    StringBuilder s = new StringBuilder("\uFEFF");
    s.append(StaffColumn.templateColumns().stream().map(c -> quote(c.title())).collect(Collectors.joining(";")))
        .append("\r\n");
    s.append(EXAMPLE.stream().map(StaffTemplate::quote).collect(Collectors.joining(";"))).append("\r\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(String v) {
    return v.contains(";") || v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  public static byte[] xlsx() {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle head = Spreadsheets.bold(wb, true);
      CellStyle text = Spreadsheets.format(wb, "@");

      Sheet sheet = wb.createSheet(XlsxTableReader.SHEET_NAME);
      List<StaffColumn> columns = StaffColumn.templateColumns();
      Row header = sheet.createRow(0);
      Row example = sheet.createRow(1);
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i).setCellValue(columns.get(i).title());
        header.getCell(i).setCellStyle(head);
        var cell = example.createCell(i);
        cell.setCellStyle(text);
        cell.setCellValue(EXAMPLE.get(i));
        sheet.setColumnWidth(i, (columns.get(i) == StaffColumn.SUBJECTS ? 36 : 20) * 256);
        sheet.setDefaultColumnStyle(i, text);
      }
      sheet.createFreezePane(0, 1);

      Sheet ref = wb.createSheet("Справочник");
      Row refHead = ref.createRow(0);
      String[] titles = {"Предметы", "Квалификационная категория", "Роли", "Пояснения"};
      for (int i = 0; i < titles.length; i++) {
        refHead.createCell(i).setCellValue(titles[i]);
        refHead.getCell(i).setCellStyle(head);
      }
      List<String> subjects = SubjectCatalog.subjects();
      List<String> categories = List.of("без категории", "первая", "высшая", "соответствие занимаемой должности",
          "педагог-методист", "педагог-наставник");
      List<String> roles = List.of("директор", "заместитель", "куратор", "наставник", "наставляемый", "психолог");
      List<String> notes = List.of(
          "Одна строка — один сотрудник; строку-образец замените своими данными.",
          "Обязательные столбцы: Табельный номер, Фамилия, Имя, Должность, Предметы, Педагогический стаж.",
          "Табельный номер не меняйте: по нему повторная загрузка обновляет сотрудника.",
          "Несколько предметов или ролей разделяйте точкой с запятой.",
          "Стаж — число полных лет (0–60); дата приёма — ДД.ММ.ГГГГ.",
          "Логин можно не указывать: он будет создан из фамилии и инициалов латиницей.",
          "Роли наставника и наставляемого назначает программа; здесь достаточно ролей руководства.");
      int rows = Math.max(subjects.size(), Math.max(categories.size(), notes.size()));
      for (int r = 0; r < rows; r++) {
        Row row = ref.createRow(r + 1);
        if (r < subjects.size()) {
          row.createCell(0).setCellValue(subjects.get(r));
        }
        if (r < categories.size()) {
          row.createCell(1).setCellValue(categories.get(r));
        }
        if (r < roles.size()) {
          row.createCell(2).setCellValue(roles.get(r));
        }
        if (r < notes.size()) {
          row.createCell(3).setCellValue(notes.get(r));
        }
      }
      ref.setColumnWidth(0, 48 * 256);
      ref.setColumnWidth(1, 36 * 256);
      ref.setColumnWidth(2, 16 * 256);
      ref.setColumnWidth(3, 90 * 256);

      int categoryColumn = columns.indexOf(StaffColumn.CATEGORY);
      DataValidationHelper dv = sheet.getDataValidationHelper();
      DataValidation validation = dv.createValidation(
          dv.createFormulaListConstraint("'Справочник'!$B$2:$B$" + (categories.size() + 1)),
          new CellRangeAddressList(1, 20_000, categoryColumn, categoryColumn));
      validation.setShowErrorBox(true);
      sheet.addValidationData(validation);

      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
