package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A school's own DOCX template for one kind of document, uploaded through the REST API. */
@Entity
@DynamicUpdate
@Table(name = "document_template")
public class SchoolTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_id", nullable = false)
  private Long schoolId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "file_name")
  private String fileName;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected SchoolTemplate() {}

  SchoolTemplate(Long schoolId, DocumentKind kind) {
    this.schoolId = schoolId;
    this.kind = kind;
  }

  void replace(byte[] content, String fileName, String sha256, String uploadedBy) {
    this.content = content;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Instant.now();
  }

  public Long getId() { return id; }
  public Long getSchoolId() { return schoolId; }
  public DocumentKind getKind() { return kind; }
  public byte[] getContent() { return content; }
  public String getFileName() { return fileName; }
  public String getSha256() { return sha256; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
