package ru.nastavnik.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Reads generated DOCX back with POI. */
public final class DocxRead {

  private DocxRead() {}

  /** All text: body, tables, headers and footers. */
  public static String text(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
      return ex.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tables of the body: rows of cell texts. */
  public static List<List<List<String>>> tables(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return doc.getTables().stream().map(DocxRead::rows).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first table whose header row starts with the given cell text. */
  public static List<List<String>> table(byte[] docx, String firstHeader, String secondHeader) {
    return tables(docx).stream()
        .filter(t -> t.get(0).size() > 1 && t.get(0).get(0).equals(firstHeader) && t.get(0).get(1).equals(secondHeader))
        .findFirst().orElseThrow(() -> new AssertionError("no table " + firstHeader + " | " + secondHeader));
  }

  private static List<List<String>> rows(XWPFTable t) {
    return t.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
  }
}
