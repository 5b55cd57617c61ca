package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.documents.DemoSchool.Demo;

/**
 * The PDF copy is made on a background thread while other transactions may rewrite the Word file
 * (a withdrawal of consent replaces a name inside it, a note is made again). Whatever the timing,
 * the Word file stays the rewritten one and the PDF kept is made from it, never from the old text.
 * The conversion is held at a latch here so that the rewrite lands in the middle of it.
 */
@DocumentsTest
class PdfRenditionRaceTest {

  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;
  @Autowired DocumentContentRepository contents;
  @Autowired DocumentRepository documentRows;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DataSource dataSource;

  @Test
  void aWordFileRewrittenDuringTheConversionKeepsItsTextAndGetsThePdfOfTheNewText() throws Exception {
    Race race = race("race-rewrite");
    GeneratedDocument order = race.order();
    byte[] newText = race.newText();
    HeldConverter converter = race.converter();
    PdfRenditions renditions = race.renditions();

    renditions.afterCommit(order.id()); // no transaction here: queued at once
    assertThat(converter.converting.await(30, TimeUnit.SECONDS)).isTrue();

    // the rewrite holds its row until it commits, as a withdrawal's transaction does
    CountDownLatch updated = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Thread rewrite = new Thread(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.update("update document_content set docx = ?, pdf = null where document_id = ?", newText, order.id());
      jdbc.update("update document set docx_size = ?, pdf_size = null where id = ?", newText.length, order.id());
      updated.countDown();
      await(commit);
    }));
    rewrite.start();
    assertThat(updated.await(30, TimeUnit.SECONDS)).isTrue();
    converter.release.countDown(); // the PDF of the old text is ready while the rewrite is not committed
    Thread.sleep(300);
    commit.countDown();
    rewrite.join(30_000);
    renditions.stop();

    DocumentContent stored = contents.findById(order.id()).orElseThrow();
    assertThat(stored.getDocx()).as("the rewritten Word file").isEqualTo(newText);
    assertThat(stored.getPdf()).as("the PDF of the rewritten file").isEqualTo(HeldConverter.pdfOf(newText));
    assertThat(converter.converted).hasSize(2);
    assertThat(converter.converted.get(0)).isEqualTo(order.docx());
    assertThat(documentRows.findById(order.id()).orElseThrow().getPdfSize()).isEqualTo(stored.getPdf().length);
  }

  @Test
  void aPdfAskedForWhileTheFileChangesIsTheOneOfTheNewFile() throws Exception {
    Race race = race("race-on-demand");

    List<Optional<byte[]>> answer = Collections.synchronizedList(new ArrayList<>());
    Thread asking = new Thread(() -> answer.add(race.renditions().pdf(race.order().id())));
    asking.start();
    assertThat(race.converter().converting.await(30, TimeUnit.SECONDS)).isTrue();
    new TransactionTemplate(transactionManager).executeWithoutResult(s ->
        new JdbcTemplate(dataSource).update("update document_content set docx = ?, pdf = null where document_id = ?",
            race.newText(), race.order().id()));
    race.converter().release.countDown();
    asking.join(30_000);

    assertThat(answer).singleElement().satisfies(pdf -> assertThat(pdf).contains(HeldConverter.pdfOf(race.newText())));
    assertThat(contents.findById(race.order().id()).orElseThrow().getPdf()).isEqualTo(HeldConverter.pdfOf(race.newText()));
  }

  /** An order of a new demo school stored without a PDF, its rewritten text, a held converter. */
  record Race(GeneratedDocument order, byte[] newText, HeldConverter converter, PdfRenditions renditions) {}

  private Race race(String key) throws Exception {
    Demo demo = demoSchool.create();
    GeneratedDocument order = documents.generate(
        GenerationRequest.of(DocumentKind.ORDER_PAIRS, demo.code(), demo.programId(), key));
    HeldConverter converter = new HeldConverter();
    return new Race(order, withComment(order.docx()), converter,
        new PdfRenditions(converter, contents, documentRows, transactionManager));
  }

  /** The same Word file with one more part inside: other bytes, as a scrubbed copy has. */
  private static byte[] withComment(byte[] docx) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(in.readAllBytes());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("customXml/rewritten.xml"));
      zip.write("<rewritten/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A converter whose first conversion waits for {@link #release}; its "PDF" names the bytes converted. */
  static final class HeldConverter extends PdfConverter {
    final CountDownLatch converting = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<byte[]> converted = Collections.synchronizedList(new ArrayList<>());

    HeldConverter() {
      super(new DocumentsProperties(Path.of("target/none"), "{n}-од",
          new DocumentsProperties.Pdf(false, "soffice", Duration.ofSeconds(1))));
    }

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public Optional<byte[]> convert(byte[] docx) {
      converted.add(docx);
      converting.countDown();
      await(release);
      return Optional.of(pdfOf(docx));
    }

    @Override
    public Map<String, byte[]> convertAll(Map<String, byte[]> docxByName) {
      throw new UnsupportedOperationException();
    }

    static byte[] pdfOf(byte[] docx) {
      return ("%PDF-1.7 " + Arrays.hashCode(docx) + " " + docx.length).getBytes(StandardCharsets.US_ASCII);
    }
  }
}
