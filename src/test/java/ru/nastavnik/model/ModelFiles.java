package ru.nastavnik.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The project's BPMN, DMN and form files as they are in the source tree. */
public final class ModelFiles {

  public static final Path PROCESSES = Path.of("processes");
  public static final Path FORMS = Path.of("forms");
  public static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  public static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private ModelFiles() {}

  public static List<Path> files(Path root, String suffix) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document parse(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }
}
