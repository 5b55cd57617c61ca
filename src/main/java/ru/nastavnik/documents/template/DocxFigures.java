package ru.nastavnik.documents.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Appends pictures (charts) with their captions to a rendered DOCX, each scaled to the text width. */
public final class DocxFigures {

  /** 16 cm: the text width of an A4 page with the ГОСТ margins. */
  private static final double MAX_WIDTH_CM = 16.0;

  private DocxFigures() {}

  public static byte[] append(byte[] docx, List<DocumentModel.Figure> figures) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (DocumentModel.Figure f : figures) {
        double widthCm = Math.min(MAX_WIDTH_CM, f.widthPx() * 2.54 / 96);
        double heightCm = widthCm * f.heightPx() / f.widthPx();
        XWPFParagraph picture = doc.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        picture.createRun().addPicture(new ByteArrayInputStream(f.png()), XWPFDocument.PICTURE_TYPE_PNG,
            "chart.png", Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.createRun().setText(f.caption());
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException | InvalidFormatException e) {
      throw new java.io.UncheckedIOException(new IOException("Не удалось вставить диаграммы в документ: " + e.getMessage(), e));
    }
  }
}
