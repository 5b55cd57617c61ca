package ru.nastavnik.documents;

import jakarta.annotation.PreDestroy;
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

  private Optional<byte[]> make(Long documentId) {
    byte[] docx = tx.execute(s -> contents.findById(documentId).filter(c -> c.getPdf() == null)
        .map(DocumentContent::getDocx).orElse(null));
    if (docx == null) {
      return Optional.ofNullable(tx.execute(s -> contents.findById(documentId).map(DocumentContent::getPdf).orElse(null)));
    }
    Optional<byte[]> pdf = converter.convert(docx);
    pdf.ifPresent(bytes -> tx.executeWithoutResult(s -> contents.findById(documentId).ifPresent(c -> {
      if (c.getPdf() == null) {
        c.setPdf(bytes);
        documents.findById(documentId).ifPresent(d -> d.pdfStored(bytes.length));
      }
    })));
    return pdf;
  }

  @PreDestroy
  void stop() throws InterruptedException {
    worker.shutdown();
    worker.awaitTermination(30, TimeUnit.SECONDS);
  }
}
