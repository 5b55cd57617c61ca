package ru.nastavnik.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A few layout helpers on Apache POI for the built-in templates: A4 with the margins of ГОСТ Р
 * 7.0.97-2016, Times New Roman, justified text with a 1.25 cm first-line indent, bordered tables,
 * borderless requisite and signature blocks, page numbers from the second page.
 */
final class DocxWriter implements AutoCloseable {

  static final String FONT = "Times New Roman";
  private static final int TWIPS_PER_MM = 57;

  final XWPFDocument doc = new XWPFDocument();
  private final int textWidthTwips;

  DocxWriter(boolean landscape, int baseSizePt) {
    defaults(baseSizePt);
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    int a4w = 11906;
    int a4h = 16838;
    size.setW(BigInteger.valueOf(landscape ? a4h : a4w));
    size.setH(BigInteger.valueOf(landscape ? a4w : a4h));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    int left = 30 * TWIPS_PER_MM;
    int right = 15 * TWIPS_PER_MM;
    mar.setLeft(BigInteger.valueOf(left));
    mar.setRight(BigInteger.valueOf(right));
    mar.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
    mar.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
    mar.setHeader(BigInteger.valueOf(10 * TWIPS_PER_MM));
    mar.setFooter(BigInteger.valueOf(10 * TWIPS_PER_MM));
    textWidthTwips = (landscape ? a4h : a4w) - left - right;
  }

  private void defaults(int sizePt) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTDocDefaults dd = styles.addNewDocDefaults();
    CTRPr rpr = dd.addNewRPrDefault().addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
    rpr.addNewLang().setVal("ru-RU");
    CTPPrGeneral ppr = dd.addNewPPrDefault().addNewPPr();
    ppr.addNewSpacing().setAfter(BigInteger.ZERO);
    doc.createStyles().setStyles(styles);
  }

  /** Page numbers centred at the top from the second page (ГОСТ Р 7.0.97-2016, п. 5.1). */
  DocxWriter pageNumbers() {
    XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
    first.createParagraph();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    field.addNewR().addNewT().setStringValue("2");
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
    return this;
  }

  // ---------------------------------------------------------------- paragraphs

  final class Para {
    final XWPFParagraph p;
    private Integer size;

    Para(XWPFParagraph p) {
      this.p = p;
    }

    Para center() {
      p.setAlignment(ParagraphAlignment.CENTER);
      return this;
    }

    Para right() {
      p.setAlignment(ParagraphAlignment.RIGHT);
      return this;
    }

    Para justify() {
      p.setAlignment(ParagraphAlignment.BOTH);
      return this;
    }

    /** Red line: 1.25 cm. */
    Para indent() {
      p.setFirstLineIndent(709);
      return this;
    }

    Para leftIndentMm(int mm) {
      p.setIndentationLeft(mm * TWIPS_PER_MM);
      return this;
    }

    Para after(int pt) {
      p.setSpacingAfter(pt * 20);
      return this;
    }

    Para before(int pt) {
      p.setSpacingBefore(pt * 20);
      return this;
    }

    Para keepNext() {
      p.setKeepNext(true);
      return this;
    }

    Para size(int pt) {
      this.size = pt;
      return this;
    }

    Para text(String s) {
      run(s, false, false);
      return this;
    }

    Para bold(String s) {
      run(s, true, false);
      return this;
    }

    Para italic(String s) {
      run(s, false, true);
      return this;
    }

    Para spaced(String s, int spacingPt) {
      XWPFRun r = run(s, true, false);
      r.setCharacterSpacing(spacingPt * 20);
      return this;
    }

    private XWPFRun run(String s, boolean bold, boolean italic) {
      XWPFRun r = p.createRun();
      String[] lines = s.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          r.addBreak();
        }
        r.setText(lines[i], i);
      }
      if (bold) {
        r.setBold(true);
      }
      if (italic) {
        r.setItalic(true);
      }
      if (size != null) {
        r.setFontSize(size);
      }
      return r;
    }
  }

  Para para() {
    return new Para(doc.createParagraph());
  }

  /** A justified paragraph with the red line. */
  Para body(String text) {
    return para().justify().indent().text(text);
  }

  void blank() {
    doc.createParagraph();
  }

  // ---------------------------------------------------------------- tables

  /** A bordered table: a bold header row and the given rows; widths in parts of the text width. */
  XWPFTable table(int[] widths, int fontPt, String[] header, String[]... rows) {
    XWPFTable t = doc.createTable(1 + rows.length, widths.length);
    layout(t, widths, true);
    fill(t.getRow(0), header, fontPt, true, true);
    t.getRow(0).setRepeatHeader(true);
    for (int i = 0; i < rows.length; i++) {
      fill(t.getRow(i + 1), rows[i], fontPt, false, false);
    }
    return t;
  }

  /** A table without borders (requisites, signatures, approval blocks). */
  XWPFTable plain(int[] widths, int fontPt, ParagraphAlignment[] aligns, String[]... rows) {
    XWPFTable t = doc.createTable(rows.length, widths.length);
    layout(t, widths, false);
    for (int i = 0; i < rows.length; i++) {
      XWPFTableRow row = t.getRow(i);
      for (int c = 0; c < widths.length; c++) {
        XWPFTableCell cell = row.getCell(c);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(aligns[c]);
        write(p, rows[i][c], fontPt, false);
      }
    }
    return t;
  }

  private void layout(XWPFTable t, int[] widths, boolean borders) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
    CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(textWidthTwips));
    t.setTableAlignment(TableRowAlign.CENTER);
    CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    STBorder.Enum kind = borders ? STBorder.SINGLE : STBorder.NONE;
    for (CTBorder border : new CTBorder[] {
        b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
        b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight() : b.addNewRight(),
        b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV()}) {
      border.setVal(kind);
      border.setSz(BigInteger.valueOf(borders ? 4 : 0));
      border.setColor("000000");
    }
    var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) textWidthTwips * w / total));
    }
    for (XWPFTableRow row : t.getRows()) {
      for (int c = 0; c < widths.length; c++) {
        XWPFTableCell cell = row.getCell(c);
        CTTblWidth cw = cell.getCTTc().addNewTcPr().addNewTcW();
        cw.setType(STTblWidth.DXA);
        cw.setW(BigInteger.valueOf((long) textWidthTwips * widths[c] / total));
        cell.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.TOP);
      }
    }
  }

  private static void fill(XWPFTableRow row, String[] texts, int fontPt, boolean bold, boolean center) {
    for (int c = 0; c < texts.length; c++) {
      XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
      p.setAlignment(center ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      write(p, texts[c], fontPt, bold);
    }
  }

  private static void write(XWPFParagraph p, String text, int fontPt, boolean bold) {
    if (text == null || text.isEmpty()) {
      return;
    }
    XWPFRun r = p.createRun();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    r.setFontSize(fontPt);
    if (bold) {
      r.setBold(true);
    }
  }

  void write(OutputStream out) throws IOException {
    doc.write(out);
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
