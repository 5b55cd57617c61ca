package ru.nastavnik.common;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** Cell styles the application's Excel files share (the staff list template, the municipal roll-up). */
public final class Spreadsheets {

  private Spreadsheets() {}

  /** Bold text; wrapped when {@code wrap} (column headers). */
  public static CellStyle bold(Workbook wb, boolean wrap) {
    Font bold = wb.createFont();
    bold.setBold(true);
    CellStyle style = wb.createCellStyle();
    style.setFont(bold);
    style.setWrapText(wrap);
    return style;
  }

  /** A cell style with the given Excel number format ("@" text, "0.0" one decimal). */
  public static CellStyle format(Workbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }
}
