package ru.nastavnik.monitoring;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A grouped bar chart drawn on the server: inline SVG for the web page (no scripts, no external
 * resources) and PNG (Java2D, headless) for documents. Same geometry in both.
 */
public record BarChart(String title, List<String> categories, List<Series> series, double max) {

  public record Series(String name, String color, List<Double> values) {}

  public static final int WIDTH = 640;
  static final int TOP = 40;
  static final int ROW = 34;
  static final int LABEL = 220;
  static final int LEGEND = 30;

  public int height() {
    return TOP + Math.max(1, categories.size()) * ROW + LEGEND;
  }

  private double scale() {
    return (WIDTH - LABEL - 60) / (max <= 0 ? 1 : max);
  }

  private int barHeight() {
    return Math.max(6, (ROW - 8) / Math.max(1, series.size()));
  }

  public String svg() {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height()).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height())
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\" font-family=\"sans-serif\">");
    s.append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">").append(esc(title)).append("</text>");
    for (int c = 0; c < categories.size(); c++) {
      int y = TOP + c * ROW;
      s.append("<text x=\"10\" y=\"").append(y + ROW / 2 + 4).append("\" font-size=\"12\">")
          .append(esc(shorten(categories.get(c)))).append("</text>");
      for (int k = 0; k < series.size(); k++) {
        double v = series.get(k).values().get(c);
        int by = y + 2 + k * barHeight();
        int w = (int) Math.round(v * scale());
        s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(by).append("\" width=\"").append(w)
            .append("\" height=\"").append(barHeight() - 2).append("\" fill=\"").append(series.get(k).color())
            .append("\"/>");
        s.append("<text x=\"").append(LABEL + w + 4).append("\" y=\"").append(by + barHeight() - 4)
            .append("\" font-size=\"11\">").append(number(v)).append("</text>");
      }
    }
    int ly = height() - 10;
    int lx = 10;
    for (Series se : series) {
      s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(se.color()).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(ly)
          .append("\" font-size=\"12\">").append(esc(se.name())).append("</text>");
      lx += 30 + se.name().length() * 8;
    }
    return s.append("</svg>").toString();
  }

  public byte[] png() {
    BufferedImage image = new BufferedImage(WIDTH, height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height());
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString(title, 10, 22);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int c = 0; c < categories.size(); c++) {
        int y = TOP + c * ROW;
        g.setColor(Color.BLACK);
        g.drawString(shorten(categories.get(c)), 10, y + ROW / 2 + 4);
        for (int k = 0; k < series.size(); k++) {
          double v = series.get(k).values().get(c);
          int by = y + 2 + k * barHeight();
          int w = (int) Math.round(v * scale());
          g.setColor(Color.decode(series.get(k).color()));
          g.fillRect(LABEL, by, w, barHeight() - 2);
          g.setColor(Color.BLACK);
          g.drawString(number(v), LABEL + w + 4, by + barHeight() - 4);
        }
      }
      int ly = height() - 10;
      int lx = 10;
      for (Series se : series) {
        g.setColor(Color.decode(se.color()));
        g.fillRect(lx, ly - 10, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString(se.name(), lx + 16, ly);
        lx += 30 + se.name().length() * 8;
      }
      g.setStroke(new BasicStroke(1));
      g.drawLine(LABEL, TOP, LABEL, TOP + categories.size() * ROW);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String shorten(String s) {
    return s.length() <= 30 ? s : s.substring(0, 29) + "…";
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
