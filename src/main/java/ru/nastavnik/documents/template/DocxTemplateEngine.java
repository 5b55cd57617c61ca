package ru.nastavnik.documents.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A small DOCX template engine on Apache POI's XML beans (XmlBeans): the main document, headers
 * and footers are parsed and rewritten, every other part of the package is copied as it is.
 *
 * <p>Syntax, typed in Word or LibreOffice as ordinary text:
 * <ul>
 *   <li>{@code {{school.shortName}}} — a value (scalar names always contain a dot);</li>
 *   <li>a table row that contains {@code {{#pairs}}} and {@code {{/pairs}}} (usually at the start of
 *       its first cell and the end of its last) is repeated once per item of the list; inside it
 *       {@code {{mentor}}} (no dot) is a field of the item, dotted names stay global;</li>
 *   <li>a paragraph holding only {@code {{#list}}} and a later paragraph of the same level holding
 *       only {@code {{/list}}} repeat everything between them (paragraphs and tables) per item.</li>
 * </ul>
 * Word splits typed text into runs at will (spelling marks, formatting, revision ids), so every
 * paragraph is read as the concatenation of its {@code w:t} texts and a placeholder spread over
 * several runs is replaced in place, keeping the formatting of the run where it starts.
 * A value with line breaks becomes several lines ({@code w:br}).
 *
 * <p>Thread-safe: it keeps no state; each call parses its own copy of the template.
 */
public final class DocxTemplateEngine {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");
  private static final QName W_BR = new QName(W, "br");
  private static final QName W_T = new QName(W, "t");
  private static final QName W_P = new QName(W, "p");
  private static final String ALL_PARAGRAPHS = "declare namespace w='" + W + "' .//w:p";

  private static final Pattern LINES = Pattern.compile("\r?\n");
  private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern NAME =
      Pattern.compile("\\s*([#/]?)\\s*([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)\\s*");
  /** Elements whose text is not document text, or is a second copy of it. */
  private static final Set<String> SKIPPED = Set.of("p", "del", "moveFrom", "instrText", "delText",
      "rPr", "pPr", "sectPr", "tblPr", "trPr", "tcPr");

  /** Placeholders a valid template uses. */
  public record TemplateInfo(Set<String> scalars, Set<String> lists) {}

  /**
   * Checks that the template names only what the schema allows and that its lists are well
   * formed; throws {@link TemplateException} naming the first offending placeholder.
   */
  public TemplateInfo validate(byte[] docx, TemplateSchema schema, String templateName) {
    DocxPackage pkg = open(docx, templateName);
    Set<String> scalars = new LinkedHashSet<>();
    Set<String> lists = new LinkedHashSet<>();
    for (Part part : parts(pkg, templateName)) {
      for (Loop loop : analyse(part, schema, templateName, scalars).loops()) {
        lists.add(loop.name);
      }
    }
    return new TemplateInfo(scalars, lists);
  }

  /** Validates the template and fills it with the model; returns the new DOCX. */
  public byte[] render(byte[] docx, TemplateSchema schema, DocumentModel model, String templateName) {
    DocxPackage pkg = open(docx, templateName);
    Function<String, String> global = model::scalar;
    try {
      for (Part part : parts(pkg, templateName)) {
        Analysis found = analyse(part, schema, templateName, new LinkedHashSet<>());
        if (found.loops().isEmpty() && found.scalarParagraphs().isEmpty()) {
          continue;
        }
        for (Loop loop : found.loops()) {
          expand(loop, model, global);
        }
        for (XmlObject p : found.scalarParagraphs()) {
          substitute(p, global);
        }
        pkg.put(part.name, part.root);
      }
      return pkg.write();
    } catch (IOException e) {
      throw unreadable(templateName);
    }
  }

  // ---------------------------------------------------------------- structure

  private record Part(String name, XmlObject root, boolean loopsAllowed) {}

  private record Tag(String raw, char kind, String name, int start, int end) {}

  private enum LoopKind { ROW, BLOCK }

  /** The loops of a part and the paragraphs outside them that hold placeholders. */
  private record Analysis(List<Loop> loops, List<XmlObject> scalarParagraphs) {}

  private static final class Loop {
    final String name;
    final LoopKind kind;
    final XmlObject start;
    XmlObject end;
    final List<XmlObject> body = new ArrayList<>();

    Loop(String name, LoopKind kind, XmlObject start) {
      this.name = name;
      this.kind = kind;
      this.start = start;
    }
  }

  private static DocxPackage open(byte[] docx, String templateName) {
    try {
      return DocxPackage.read(docx);
    } catch (IOException | RuntimeException e) {
      throw unreadable(templateName);
    }
  }

  private static TemplateException unreadable(String templateName) {
    return new TemplateException("Файл шаблона «" + templateName
        + "» не удалось прочитать как документ Word (DOCX). Сохраните его в формате .docx и загрузите снова.",
        null);
  }

  private static List<Part> parts(DocxPackage pkg, String templateName) {
    try {
      List<Part> parts = new ArrayList<>();
      parts.add(new Part(pkg.main(), pkg.parse(pkg.main()), true));
      for (String name : pkg.headersAndFooters()) {
        parts.add(new Part(name, pkg.parse(name), false));
      }
      return parts;
    } catch (IOException e) {
      throw unreadable(templateName);
    }
  }

  /**
   * Finds every placeholder of a part in document order, checks it against the schema and returns
   * the loops (row or block) it declares.
   */
  private static Analysis analyse(Part part, TemplateSchema schema, String tpl, Set<String> usedScalars) {
    List<Loop> loops = new ArrayList<>();
    List<XmlObject> scalarParagraphs = new ArrayList<>();
    Loop open = null;
    for (XmlObject p : part.root.selectPath(ALL_PARAGRAPHS)) {
      Para para = Para.of(p, tpl);
      if (para.tags.isEmpty()) {
        continue;
      }
      if (open == null && para.tags.stream().allMatch(t -> t.kind == ' ')) {
        scalarParagraphs.add(p);
      }
      for (Tag tag : para.tags) {
        switch (tag.kind) {
          case '#' -> {
            if (!part.loopsAllowed) {
              throw new TemplateException("В шаблоне «" + tpl + "» список " + tag.raw
                  + " стоит в колонтитуле: списки можно использовать только в тексте документа.", tag.raw);
            }
            if (open != null) {
              throw new TemplateException("В шаблоне «" + tpl + "» список " + tag.raw
                  + " начинается внутри списка {{#" + open.name + "}}: вложенные списки не поддерживаются.",
                  tag.raw);
            }
            if (!schema.hasList(tag.name)) {
              throw new TemplateException("В шаблоне «" + tpl + "» неизвестный список " + tag.raw
                  + ". Допустимые списки: " + orNone(schema.describeLists()) + ".", tag.raw);
            }
            XmlObject row = enclosingRow(p);
            if (row != null && rowCloses(row, tag.name)) {
              open = new Loop(tag.name, LoopKind.ROW, row);
            } else if (para.text.trim().equals(tag.raw)) {
              open = new Loop(tag.name, LoopKind.BLOCK, p);
            } else {
              throw new TemplateException("В шаблоне «" + tpl + "» список " + tag.raw
                  + " должен стоять либо в строке таблицы вместе с {{/" + tag.name
                  + "}}, либо один в отдельном абзаце.", tag.raw);
            }
          }
          case '/' -> {
            if (open == null || !open.name.equals(tag.name)) {
              throw new TemplateException("В шаблоне «" + tpl + "» конец списка " + tag.raw
                  + " стоит без начала {{#" + tag.name + "}}.", tag.raw);
            }
            if (open.kind == LoopKind.BLOCK) {
              if (!para.text.trim().equals(tag.raw) || !sameParent(open.start, p)) {
                throw new TemplateException("В шаблоне «" + tpl + "» конец списка " + tag.raw
                    + " должен стоять один в отдельном абзаце на том же уровне, что и {{#" + tag.name + "}}.",
                    tag.raw);
              }
              open.end = p;
              collectBlockBody(open);
            }
            loops.add(open);
            open = null;
          }
          default -> {
            checkScalar(tag, open, schema, tpl);
            if (tag.name.indexOf('.') >= 0) {
              usedScalars.add(tag.name);
            }
          }
        }
      }
    }
    if (open != null) {
      throw new TemplateException("В шаблоне «" + tpl + "» список {{#" + open.name
          + "}} не закрыт: добавьте {{/" + open.name + "}}.", "{{#" + open.name + "}}");
    }
    return new Analysis(loops, scalarParagraphs);
  }

  private static void checkScalar(Tag tag, Loop open, TemplateSchema schema, String tpl) {
    if (tag.name.indexOf('.') >= 0) {
      if (!schema.hasScalar(tag.name)) {
        throw new TemplateException("В шаблоне «" + tpl + "» неизвестное поле " + tag.raw
            + ". Допустимые поля: " + orNone(schema.describeScalars()) + ".", tag.raw);
      }
      return;
    }
    if (open != null && schema.itemFields(open.name).contains(tag.name)) {
      return;
    }
    String owner = null;
    for (Map.Entry<String, Set<String>> e : schema.lists().entrySet()) {
      if (e.getValue().contains(tag.name)) {
        owner = e.getKey();
        break;
      }
    }
    if (owner != null && (open == null || !open.name.equals(owner))) {
      throw new TemplateException("В шаблоне «" + tpl + "» поле " + tag.raw
          + " можно использовать только внутри списка {{#" + owner + "}} … {{/" + owner + "}}.", tag.raw);
    }
    String hint = open == null
        ? "Допустимые поля: " + orNone(schema.describeScalars())
        : "В списке {{#" + open.name + "}} допустимы поля: " + String.join(", ", schema.itemFields(open.name))
            + " и общие поля: " + orNone(schema.describeScalars());
    throw new TemplateException("В шаблоне «" + tpl + "» неизвестное поле " + tag.raw + ". " + hint + ".", tag.raw);
  }

  private static String orNone(String s) {
    return s.isEmpty() ? "нет" : s;
  }

  private static XmlObject enclosingRow(XmlObject p) {
    try (XmlCursor c = p.newCursor()) {
      while (c.toParent()) {
        QName n = c.getName();
        if (n == null) {
          return null;
        }
        if (W.equals(n.getNamespaceURI())) {
          if (n.getLocalPart().equals("tr")) {
            return c.getObject();
          }
          if (n.getLocalPart().equals("p") || n.getLocalPart().equals("txbxContent")) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private static boolean rowCloses(XmlObject row, String name) {
    for (XmlObject p : row.selectPath(ALL_PARAGRAPHS)) {
      for (Tag t : Para.of(p, "").tags) {
        if (t.kind == '/' && t.name.equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameParent(XmlObject a, XmlObject b) {
    try (XmlCursor ca = a.newCursor(); XmlCursor cb = b.newCursor()) {
      ca.toParent();
      cb.toParent();
      return ca.isAtSamePositionAs(cb);
    }
  }

  private static void collectBlockBody(Loop loop) {
    try (XmlCursor c = loop.start.newCursor(); XmlCursor end = loop.end.newCursor()) {
      while (c.toNextSibling() && !c.isAtSamePositionAs(end)) {
        loop.body.add(c.getObject());
      }
    }
  }

  // ---------------------------------------------------------------- expansion

  private static void expand(Loop loop, DocumentModel model, Function<String, String> global) {
    List<Map<String, String>> items = model.items(loop.name);
    if (loop.kind == LoopKind.ROW) {
      for (Map<String, String> item : items) {
        XmlObject copy = copyBefore(loop.start, loop.start);
        Function<String, String> scope = itemScope(loop.name, item, global);
        for (XmlObject p : copy.selectPath(ALL_PARAGRAPHS)) {
          substitute(p, scope);
        }
      }
      XmlObject parent = parentOf(loop.start);
      remove(loop.start);
      ensureTableHasRow(parent);
    } else {
      for (Map<String, String> item : items) {
        Function<String, String> scope = itemScope(loop.name, item, global);
        for (XmlObject element : loop.body) {
          XmlObject copy = copyBefore(element, loop.end);
          if (isParagraph(copy)) {
            substitute(copy, scope);
          }
          for (XmlObject p : copy.selectPath(ALL_PARAGRAPHS)) {
            substitute(p, scope);
          }
        }
      }
      XmlObject parent = parentOf(loop.start);
      for (XmlObject element : loop.body) {
        remove(element);
      }
      remove(loop.start);
      remove(loop.end);
      ensureCellHasParagraph(parent);
    }
  }

  private static Function<String, String> itemScope(String list, Map<String, String> item,
      Function<String, String> global) {
    return name -> {
      if (name.indexOf('.') >= 0) {
        return global.apply(name);
      }
      String v = item.get(name);
      if (v == null) {
        throw new IllegalStateException("The item of {{#" + list + "}} has no field {{" + name + "}}");
      }
      return v;
    };
  }

  private static XmlObject copyBefore(XmlObject source, XmlObject anchor) {
    try (XmlCursor s = source.newCursor(); XmlCursor d = anchor.newCursor()) {
      s.copyXml(d);
    }
    try (XmlCursor a = anchor.newCursor()) {
      a.toPrevSibling();
      return a.getObject();
    }
  }

  private static XmlObject parentOf(XmlObject o) {
    try (XmlCursor c = o.newCursor()) {
      c.toParent();
      return c.getObject();
    }
  }

  private static void remove(XmlObject o) {
    try (XmlCursor c = o.newCursor()) {
      c.removeXml();
    }
  }

  private static boolean isParagraph(XmlObject o) {
    try (XmlCursor c = o.newCursor()) {
      return W_P.equals(c.getName());
    }
  }

  /** Word needs a table to keep at least one row: a loop row that was the only one leaves an empty row. */
  private static void ensureTableHasRow(XmlObject table) {
    try (XmlCursor c = table.newCursor()) {
      if (c.toChild(new QName(W, "tr"))) {
        return;
      }
      c.toEndToken();
      c.beginElement(new QName(W, "tr"));
      c.beginElement(new QName(W, "tc"));
      c.beginElement(W_P);
    }
  }

  /** A table cell must end with a paragraph: a block loop emptied from a cell leaves one. */
  private static void ensureCellHasParagraph(XmlObject container) {
    try (XmlCursor c = container.newCursor()) {
      QName n = c.getName();
      if (n == null || !W.equals(n.getNamespaceURI()) || !n.getLocalPart().equals("tc")) {
        return;
      }
      if (c.toChild(W_P)) {
        return;
      }
      c.toEndToken();
      c.beginElement(W_P);
    }
  }

  // ---------------------------------------------------------------- paragraphs

  private static void substitute(XmlObject p, Function<String, String> resolver) {
    Para para = Para.of(p, "");
    if (para.tags.isEmpty()) {
      return;
    }
    String[] texts = para.texts.toArray(String[]::new);
    boolean[] changed = new boolean[texts.length];
    List<Tag> tags = para.tags;
    for (int i = tags.size() - 1; i >= 0; i--) {
      Tag tag = tags.get(i);
      String value = tag.kind == ' ' ? resolver.apply(tag.name) : "";
      int s = para.segmentAt(tag.start);
      int e = para.segmentAt(tag.end - 1);
      int so = tag.start - para.offsets[s];
      int eo = tag.end - para.offsets[e];
      if (s == e) {
        texts[s] = texts[s].substring(0, so) + value + texts[s].substring(eo);
      } else {
        texts[s] = texts[s].substring(0, so) + value;
        for (int k = s + 1; k < e; k++) {
          texts[k] = "";
          changed[k] = true;
        }
        texts[e] = texts[e].substring(eo);
        changed[e] = true;
      }
      changed[s] = true;
    }
    for (int i = 0; i < texts.length; i++) {
      if (changed[i]) {
        write(para.segments.get(i), texts[i]);
      }
    }
  }

  /** Sets the text of one {@code w:t}; lines after the first follow as {@code w:br} + {@code w:t}. */
  private static void write(XmlObject t, String text) {
    if (text.indexOf('\n') < 0) {
      try (XmlCursor c = t.newCursor()) {
        c.setTextValue(text);
        c.setAttributeText(XML_SPACE, "preserve");
      }
      return;
    }
    String[] lines = LINES.split(text, -1);
    try (XmlCursor c = t.newCursor()) {
      c.setTextValue(lines[0]);
      c.setAttributeText(XML_SPACE, "preserve");
      if (lines.length == 1) {
        return;
      }
      c.toEndToken();
      c.toNextToken();
      for (int i = 1; i < lines.length; i++) {
        c.insertElement(W_BR);
        c.beginElement(W_T);
        c.insertAttributeWithValue(XML_SPACE, "preserve");
        c.insertChars(lines[i]);
        c.toParent();
        c.toEndToken();
        c.toNextToken();
      }
    }
  }

  /** The text of one paragraph as the concatenation of its {@code w:t} elements, with its placeholders. */
  private static final class Para {
    final List<XmlObject> segments = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    int[] offsets;
    String text;
    final List<Tag> tags = new ArrayList<>();

    private final String tpl;

    private Para(String tpl) {
      this.tpl = tpl;
    }

    static Para of(XmlObject p, String tpl) {
      Para para = new Para(tpl);
      try (XmlCursor c = p.newCursor()) {
        collect(c, para);
      }
      StringBuilder all = new StringBuilder();
      para.offsets = new int[para.segments.size()];
      for (int i = 0; i < para.segments.size(); i++) {
        para.offsets[i] = all.length();
        all.append(para.texts.get(i));
      }
      para.text = all.toString();
      if (para.text.indexOf("{{") >= 0 || para.text.indexOf("}}") >= 0) {
        para.parseTags();
      }
      return para;
    }

    private static void collect(XmlCursor c, Para para) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName n = c.getName();
        if (W.equals(n.getNamespaceURI())) {
          String local = n.getLocalPart();
          if (local.equals("t")) {
            para.segments.add(c.getObject());
            para.texts.add(c.getTextValue());
            continue;
          }
          if (SKIPPED.contains(local)) {
            continue;
          }
        } else if (MC.equals(n.getNamespaceURI()) && n.getLocalPart().equals("Fallback")) {
          continue;
        }
        collect(c, para);
      } while (c.toNextSibling());
      c.toParent();
    }

    private void parseTags() {
      Matcher m = TAG.matcher(text);
      int last = 0;
      while (m.find()) {
        checkStray(text.substring(last, m.start()));
        String raw = m.group();
        Matcher nm = NAME.matcher(m.group(1));
        if (!nm.matches()) {
          throw new TemplateException("В шаблоне «" + tpl + "» поле «" + raw + "» записано неверно: имя поля состоит из латинских букв,"
              + " цифр и точек, например {{school.shortName}}, {{#pairs}} или {{/pairs}}.", raw);
        }
        String kind = nm.group(1);
        String name = nm.group(2);
        String canonical = "{{" + kind + name + "}}";
        tags.add(new Tag(canonical, kind.isEmpty() ? ' ' : kind.charAt(0), name, m.start(), m.end()));
        last = m.end();
      }
      checkStray(text.substring(last));
    }

    private void checkStray(String between) {
      int open = between.indexOf("{{");
      if (open >= 0) {
        String fragment = between.substring(open, Math.min(between.length(), open + 40));
        throw new TemplateException("В шаблоне «" + tpl + "» поле «" + fragment + "» не закрыто: поставьте }} после имени поля.", fragment);
      }
    }

    int segmentAt(int pos) {
      int lo = 0;
      int hi = offsets.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (offsets[mid] <= pos) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }
}
