package ru.nastavnik.documents.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A DOCX as its zip entries: the main document and its headers and footers (found through
 * {@code [Content_Types].xml}) are parsed with XmlBeans; every other part is copied byte for byte.
 * Much cheaper than opening the whole package with POI, and nothing the engine does not touch is
 * rewritten. Uploaded files are user input: DOCTYPEs are refused and sizes capped.
 */
final class DocxPackage {

  private static final long MAX_ENTRY = 32L * 1024 * 1024;
  private static final long MAX_TOTAL = 96L * 1024 * 1024;
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private final Map<String, byte[]> entries;
  private final String main;
  private final List<String> headersAndFooters;

  private DocxPackage(Map<String, byte[]> entries, String main, List<String> headersAndFooters) {
    this.entries = entries;
    this.main = main;
    this.headersAndFooters = headersAndFooters;
  }

  static DocxPackage read(byte[] docx) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] content = readCapped(zip);
        total += content.length;
        if (total > MAX_TOTAL) {
          throw new IOException("package too large when unpacked");
        }
        entries.put(e.getName(), content);
      }
    }
    byte[] types = entries.get(CONTENT_TYPES);
    if (types == null) {
      throw new IOException("not an OOXML package");
    }
    String main = null;
    List<String> hf = new ArrayList<>();
    try (XmlCursor c = parseXml(types).newCursor()) {
      c.toFirstContentToken();
      if (c.toFirstChild()) {
        do {
          if (!"Override".equals(c.getName().getLocalPart())) {
            continue;
          }
          String part = c.getAttributeText(new javax.xml.namespace.QName("PartName"));
          String type = c.getAttributeText(new javax.xml.namespace.QName("ContentType"));
          if (part == null || type == null) {
            continue;
          }
          String name = part.startsWith("/") ? part.substring(1) : part;
          if (type.endsWith("wordprocessingml.document.main+xml") || type.endsWith("wordprocessingml.template.main+xml")
              || type.endsWith("document.macroEnabled.main+xml") || type.endsWith("template.macroEnabledTemplate.main+xml")) {
            main = name;
          } else if (type.endsWith("wordprocessingml.header+xml") || type.endsWith("wordprocessingml.footer+xml")) {
            hf.add(name);
          }
        } while (c.toNextSibling());
      }
    }
    if (main == null || !entries.containsKey(main)) {
      throw new IOException("no WordprocessingML main document");
    }
    hf.removeIf(name -> !entries.containsKey(name));
    return new DocxPackage(entries, main, hf);
  }

  String main() {
    return main;
  }

  List<String> headersAndFooters() {
    return headersAndFooters;
  }

  XmlObject parse(String part) throws IOException {
    return parseXml(entries.get(part));
  }

  void put(String part, XmlObject xml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(entries.get(part).length + 8192);
    XmlOptions options = new XmlOptions();
    options.setCharacterEncoding("UTF-8");
    xml.save(out, options);
    entries.put(part, out.toByteArray());
  }

  byte[] write() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(6);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * One SAX reader per thread, made once: looking up the JAXP factory for every parse scans the
   * classpath (ServiceLoader) and was the largest cost of rendering a one-page order.
   */
  private static final ThreadLocal<XMLReader> READER = ThreadLocal.withInitial(() -> {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("No secure SAX parser", e);
    }
  });

  private static XmlObject parseXml(byte[] xml) throws IOException {
    XmlOptions options = new XmlOptions();
    options.setDisallowDocTypeDeclaration(true);
    options.setLoadExternalDTD(false);
    options.setEntityExpansionLimit(1);
    options.setLoadUseXMLReader(READER.get());
    try {
      // untyped, with the built-in type system: the context loader would search the classpath for a
      // compiled schema type of every element name, which costs more than the parsing itself
      return XmlBeans.getBuiltinTypeSystem().parse(new ByteArrayInputStream(xml), null, options);
    } catch (XmlException e) {
      throw new IOException("malformed part: " + e.getMessage(), e);
    }
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    long n = 0;
    for (int r; (r = in.read(buf)) > 0; ) {
      n += r;
      if (n > MAX_ENTRY) {
        throw new IOException("part too large when unpacked");
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }
}
