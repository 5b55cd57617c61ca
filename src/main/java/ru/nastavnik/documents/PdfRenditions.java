package ru.nastavnik.documents;

import jakarta.annotation.PreDestroy;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the PDF copy of a document after the document's transaction commits, on one background
 * thread: LibreOffice takes seconds, and the order register stays locked only for the DOCX. A PDF
 * asked for before it exists (or lost with a restart) is made on demand.
 */
@Component
public class PdfRenditions {

  private static final Logger log = LoggerFactory.getLogger(PdfRenditions.class);
  private static final int MAX_ATTEMPTS = 3;
  /** Returned by the storing transaction when the document no longer exists. */
  private static final byte[] GONE = new byte[0];

  private final PdfConverter converter;
  private final DocumentContentRepository contents;
  private final DocumentRepository documents;
  private final TransactionTemplate tx;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "document-pdf");
    t.setDaemon(true);
    return t;
  });

  public PdfRenditions(PdfConverter converter, DocumentContentRepository contents, DocumentRepository documents,
      PlatformTransactionManager transactionManager) {
    this.converter = converter;
    this.contents = contents;
    this.documents = documents;
    this.tx = new TransactionTemplate(transactionManager);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Queues the PDF of a new document for after the current transaction commits. */
  public void afterCommit(Long documentId) {
    if (!converter.available()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          worker.submit(() -> safely(documentId));
        }
      });
    } else {
      worker.submit(() -> safely(documentId));
    }
  }

  /** The PDF of a document: stored, or made now where LibreOffice is installed. */
  public Optional<byte[]> pdf(Long documentId) {
    byte[] stored = tx.execute(s -> contents.findById(documentId).map(DocumentContent::getPdf).orElse(null));
    if (stored != null) {
      return Optional.of(stored);
    }
    return converter.available() ? make(documentId) : Optional.empty();
  }

  private void safely(Long documentId) {
    try {
      make(documentId);
    } catch (RuntimeException e) {
      log.warn("PDF of document {} not made: {}", documentId, e.toString());
    }
  }

  /**
   * Converts the stored DOCX and keeps the PDF only if the DOCX is still the one converted: the
   * row is locked, read again and compared, so a Word file rewritten during the conversion (a
   * withdrawal of consent scrubbing a name, a note made again) never gets the PDF of its old text.
   * A PDF of a file that changed is made again from the new file (a few tries), or left to be made
   * on demand.
   */
  private Optional<byte[]> make(Long documentId) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      byte[] docx = tx.execute(s -> contents.findById(documentId).filter(c -> c.getPdf() == null)
          .map(DocumentContent::getDocx).orElse(null));
      if (docx == null) {
        return Optional.ofNullable(tx.execute(s -> contents.findById(documentId).map(DocumentContent::getPdf).orElse(null)));
      }
      Optional<byte[]> pdf = converter.convert(docx);
      if (pdf.isEmpty()) {
        return pdf;
      }
      byte[] bytes = pdf.get();
      byte[] kept = tx.execute(s -> {
        DocumentContent c = contents.lockById(documentId).orElse(null);
        if (c == null) {
          return GONE;
        }
        if (!Arrays.equals(c.getDocx(), docx)) {
          return null; // the Word file changed while it was converted: this PDF shows the old text
        }
        if (c.getPdf() == null) {
          c.setPdf(bytes);
          documents.findById(documentId).ifPresent(d -> d.pdfStored(bytes.length));
          return bytes;
        }
        return c.getPdf();
      });
      if (kept == GONE) {
        return Optional.empty();
      }
      if (kept != null) {
        return Optional.of(kept);
      }
      log.info("Document {}: its Word file changed during the conversion, converting the new one", documentId);
    }
    return Optional.empty();
  }

  @PreDestroy
  void stop() throws InterruptedException {
    worker.shutdown();
    worker.awaitTermination(30, TimeUnit.SECONDS);
  }
}
