package ru.nastavnik.documents.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The engine on DOCX files built here with POI, read back with POI. */
class DocxTemplateEngineTest {

  private static final TemplateSchema SCHEMA = TemplateSchema.builder()
      .scalars("school.shortName", "doc.number", "doc.date", "head.title")
      .list("pairs", "n", "mentor", "mentees")
      .list("points", "text")
      .build();

  private final DocxTemplateEngine engine = new DocxTemplateEngine();

  @Test
  void replacesPlaceholdersSplitAcrossRunsKeepingTheFirstRunsFormatting() throws IOException {
    byte[] template = docx(doc -> {
      XWPFParagraph p = doc.createParagraph();
      run(p, "Школа: {{sch", true);
      run(p, "ool.short", false);
      run(p, "Name}}, приказ № {", false);
      run(p, "{doc.number}} от {{doc.date}}", false);
    });

    byte[] out = engine.render(template, SCHEMA, model(), "test");

    try (XWPFDocument doc = read(out)) {
      XWPFParagraph p = doc.getParagraphs().get(0);
      assertThat(p.getText()).isEqualTo("Школа: МБОУ «СОШ ст. Старица», приказ № 45-од от 15.08.2025");
      assertThat(p.getRuns().get(0).isBold()).isTrue();
      assertThat(p.getRuns().get(0).text()).contains("МБОУ «СОШ ст. Старица»");
    }
  }

  @Test
  void repeatsATableRowPerItemAndKeepsTheHeader() throws IOException {
    byte[] template = docx(doc -> {
      XWPFTable t = doc.createTable(2, 3);
      t.getRow(0).getCell(0).setText("№");
      t.getRow(0).getCell(1).setText("Наставник");
      t.getRow(0).getCell(2).setText("Наставляемые");
      t.getRow(1).getCell(0).setText("{{#pairs}}{{n}}");
      t.getRow(1).getCell(1).setText("{{mentor}}");
      t.getRow(1).getCell(2).setText("{{mentees}} ({{school.shortName}}){{/pairs}}");
    });

    byte[] out = engine.render(template, SCHEMA, model(), "test");

    try (XWPFDocument doc = read(out)) {
      XWPFTable t = doc.getTables().get(0);
      assertThat(t.getRows()).hasSize(3);
      assertThat(cells(t.getRow(1))).containsExactly("1", "Иванова М. П.", "Петров А. А.\nСидорова Е. В. (МБОУ «СОШ ст. Старица»)");
      assertThat(cells(t.getRow(2))).containsExactly("2", "Кузнецов И. И.", "Орлова Н. С. (МБОУ «СОШ ст. Старица»)");
    }
  }

  @Test
  void repeatsABlockOfParagraphsAndRemovesItWhenTheListIsEmpty() throws IOException {
    byte[] template = docx(doc -> {
      doc.createParagraph().createRun().setText("ПРИКАЗЫВАЮ:");
      doc.createParagraph().createRun().setText("{{#points}}");
      doc.createParagraph().createRun().setText("– {{text}};");
      doc.createParagraph().createRun().setText("{{/points}}");
      doc.createParagraph().createRun().setText("{{head.title}}");
    });

    DocumentModel model = model();
    byte[] out = engine.render(template, SCHEMA, model, "test");
    try (XWPFDocument doc = read(out)) {
      assertThat(texts(doc)).containsExactly("ПРИКАЗЫВАЮ:", "– первый пункт;", "– второй пункт;", "Директор");
    }

    model.list("points");
    out = engine.render(template, SCHEMA, model, "test");
    try (XWPFDocument doc = read(out)) {
      assertThat(texts(doc)).containsExactly("ПРИКАЗЫВАЮ:", "Директор");
    }
  }

  @Test
  void fillsHeadersToo() throws IOException {
    byte[] template = docx(doc -> {
      doc.createParagraph().createRun().setText("Текст");
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Приказ № {{doc.number}}");
    });
    byte[] out = engine.render(template, SCHEMA, model(), "test");
    try (XWPFDocument doc = read(out)) {
      assertThat(doc.getHeaderList().get(0).getText()).contains("Приказ № 45-од");
    }
  }

  @Test
  void rejectsAnUnknownPlaceholderNamingIt() throws IOException {
    byte[] template = docx(doc -> {
      XWPFParagraph p = doc.createParagraph();
      run(p, "Адрес: {{school.", false);
      run(p, "adress}}", true);
    });
    assertThatThrownBy(() -> engine.validate(template, SCHEMA, "Приказ о закреплении пар"))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.placeholder()).isEqualTo("{{school.adress}}");
          assertThat(e.getMessage()).contains("«Приказ о закреплении пар»", "неизвестное поле {{school.adress}}");
          assertThat(e.status()).isEqualTo(400);
        });
  }

  @Test
  void rejectsUnknownListsItemFieldsOutsideTheirListAndBadSyntax() throws IOException {
    assertRejected(doc -> doc.createParagraph().createRun().setText("{{#people}}"), "{{#people}}", "неизвестный список");
    assertRejected(doc -> doc.createParagraph().createRun().setText("{{mentor}}"), "{{mentor}}", "только внутри списка");
    assertRejected(doc -> doc.createParagraph().createRun().setText("{{школа}}"), "{{школа}}", "записано неверно");
    assertRejected(doc -> doc.createParagraph().createRun().setText("№ {{doc.number}"), "{{doc.number}", "не закрыто");
    assertRejected(doc -> {
      doc.createParagraph().createRun().setText("{{#points}}");
      doc.createParagraph().createRun().setText("{{text}}");
    }, "{{#points}}", "не закрыт");
    assertRejected(doc -> doc.createParagraph().createRun().setText("Пункты: {{#points}} {{text}} {{/points}}"),
        "{{#points}}", "в отдельном абзаце");
  }

  @Test
  void reportsThePlaceholdersATemplateUses() throws IOException {
    byte[] template = docx(doc -> {
      doc.createParagraph().createRun().setText("{{ school.shortName }} {{doc.number}}");
      XWPFTable t = doc.createTable(1, 1);
      t.getRow(0).getCell(0).setText("{{#pairs}}{{mentor}}{{/pairs}}");
    });
    DocxTemplateEngine.TemplateInfo info = engine.validate(template, SCHEMA, "test");
    assertThat(info.scalars()).containsExactly("school.shortName", "doc.number");
    assertThat(info.lists()).containsExactly("pairs");
  }

  @Test
  void rejectsAFileThatIsNotADocx() {
    assertThatThrownBy(() -> engine.validate("not a docx".getBytes(), SCHEMA, "шаблон"))
        .isInstanceOf(TemplateException.class).hasMessageContaining("DOCX");
  }

  @Test
  void copiesEveryOtherPartUnchangedAndKeepsTheNamespaceDeclarations() throws IOException {
    byte[] template = docx(doc -> {
      doc.createParagraph().createRun().setText("{{doc.number}}");
      doc.createStyles();
    });
    byte[] out = engine.render(template, SCHEMA, model(), "test");

    java.util.Map<String, byte[]> before = entries(template);
    java.util.Map<String, byte[]> after = entries(out);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((name, content) -> {
      if (!name.equals("word/document.xml")) {
        assertThat(after.get(name)).as(name).isEqualTo(content);
      }
    });
    assertThat(rootNamespaces(after.get("word/document.xml"))).isEqualTo(rootNamespaces(before.get("word/document.xml")));
  }

  @Test
  void refusesADoctypeInAnUploadedFile() throws IOException {
    byte[] template = docx(doc -> doc.createParagraph().createRun().setText("x"));
    java.util.Map<String, byte[]> parts = entries(template);
    String xml = new String(parts.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
    parts.put("word/document.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] evil = zip(parts);
    assertThatThrownBy(() -> engine.validate(evil, SCHEMA, "t")).isInstanceOf(TemplateException.class)
        .hasMessageContaining("DOCX");
  }

  // ---------------------------------------------------------------- helpers

  private static java.util.Map<String, byte[]> entries(byte[] docx) throws IOException {
    java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
      for (java.util.zip.ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        m.put(e.getName(), z.readAllBytes());
      }
    }
    return m;
  }

  private static byte[] zip(java.util.Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (var e : parts.entrySet()) {
        z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static java.util.Set<String> rootNamespaces(byte[] xml) {
    String s = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
    int start = s.indexOf("<w:document");
    String tag = s.substring(start, s.indexOf('>', start));
    java.util.Set<String> ns = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("xmlns:?\\w*=\"[^\"]*\"").matcher(tag);
    while (m.find()) {
      ns.add(m.group());
    }
    return ns;
  }

  private void assertRejected(DocBuilder body, String placeholder, String messagePart) throws IOException {
    byte[] template = docx(body);
    assertThatThrownBy(() -> engine.validate(template, SCHEMA, "t"))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.placeholder()).isEqualTo(placeholder);
          assertThat(e.getMessage()).contains(messagePart);
        });
  }

  private static DocumentModel model() {
    DocumentModel m = new DocumentModel()
        .put("school.shortName", "МБОУ «СОШ ст. Старица»")
        .put("doc.number", "45-од")
        .put("doc.date", "15.08.2025")
        .put("head.title", "Директор");
    DocumentModel.Items pairs = m.list("pairs");
    pairs.add().put("n", 1).put("mentor", "Иванова М. П.").put("mentees", "Петров А. А.\nСидорова Е. В.");
    pairs.add().put("n", 2).put("mentor", "Кузнецов И. И.").put("mentees", "Орлова Н. С.");
    DocumentModel.Items points = m.list("points");
    points.add().put("text", "первый пункт");
    points.add().put("text", "второй пункт");
    return m;
  }

  interface DocBuilder {
    void build(XWPFDocument doc);
  }

  static byte[] docx(DocBuilder builder) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      builder.build(doc);
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void run(XWPFParagraph p, String text, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
  }

  private static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static List<String> texts(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).collect(Collectors.toList());
  }

  static String allText(byte[] docx) throws IOException {
    try (XWPFDocument doc = read(docx); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
      return ex.getText();
    }
  }
}
