package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import ru.nastavnik.documents.DemoSchool.Demo;

/** Every generated DOCX converts with LibreOffice; runs only where {@code soffice} is installed. */
@DocumentsTest
class PdfConversionTest {

  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;
  @Autowired DocumentContentRepository contents;
  @Autowired DocumentRepository documentRows;
  @Autowired PlatformTransactionManager transactionManager;

  private final PdfConverter converter = new PdfConverter(new DocumentsProperties(Path.of("target/none"), "{n}-од",
      new DocumentsProperties.Pdf(true, "soffice", Duration.ofSeconds(180))));

  @Test
  void everyGeneratedDocumentConvertsToPdf() {
    Assumptions.assumeTrue(converter.available(), "LibreOffice (soffice) is not installed here");
    Demo demo = demoSchool.create();
    Map<String, byte[]> docx = new LinkedHashMap<>();
    Long anOrder = null;
    for (DocumentKind kind : DocumentKind.generated()) {
      GenerationRequest r = GenerationRequest.of(kind, demo.code(), demo.programId(), "pdf-" + kind);
      if (kind.subject() == DocumentKind.Subject.PAIR) {
        r = r.forPair(demo.pairs().get(5).getId());
      } else if (kind.subject() == DocumentKind.Subject.PERSON) {
        r = r.forPerson(demo.mentors().get(3).getId());
      }
      GeneratedDocument d = documents.generate(r);
      docx.put(kind.name(), d.docx());
      if (kind == DocumentKind.ORDER_PAIRS) {
        anOrder = d.id();
      }
    }

    Map<String, byte[]> pdf = converter.convertAll(docx);

    assertThat(pdf.keySet()).containsExactlyElementsOf(docx.keySet());
    pdf.forEach((kind, bytes) -> {
      assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(kind).isEqualTo("%PDF-");
      assertThat(bytes.length).as(kind).isGreaterThan(5_000);
    });

    // the on-demand path stores the PDF with the document
    PdfRenditions renditions = new PdfRenditions(converter, contents, documentRows, transactionManager);
    assertThat(renditions.pdf(anOrder)).hasValueSatisfying(b -> assertThat(b).startsWith("%PDF".getBytes()));
    assertThat(documentRows.findById(anOrder).orElseThrow().getPdfSize()).isPositive();
  }
}
