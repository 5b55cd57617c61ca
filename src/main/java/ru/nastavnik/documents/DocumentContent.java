package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The files of one document: the DOCX always, the PDF where LibreOffice converted it. An update
 * writes only the columns that changed: storing a PDF never writes back a Word file read earlier
 * (a withdrawal of consent may have rewritten it meanwhile).
 */
@Entity
@DynamicUpdate
@Table(name = "document_content")
public class DocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(nullable = false)
  private byte[] docx;

  private byte[] pdf;

  protected DocumentContent() {}

  DocumentContent(Long documentId, byte[] docx) {
    this.documentId = documentId;
    this.docx = docx;
  }

  public Long getDocumentId() { return documentId; }
  public byte[] getDocx() { return docx; }
  public byte[] getPdf() { return pdf; }

  void setPdf(byte[] pdf) { this.pdf = pdf; }

  /** New content: the PDF copy no longer matches it and goes. */
  void replace(byte[] docx) {
    this.docx = docx;
    this.pdf = null;
  }
}
