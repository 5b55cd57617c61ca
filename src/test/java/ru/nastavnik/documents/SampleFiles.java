package ru.nastavnik.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files for upload tests: a Word document with one paragraph and a PNG picture. */
public final class SampleFiles {

  private SampleFiles() {}

  /** A DOCX whose only paragraph is {@code text}. */
  public static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A 40 × 30 PNG with a filled rectangle. */
  public static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(5, 5, 20, 10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
