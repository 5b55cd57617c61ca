package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import java.time.LocalDate;
import ru.nastavnik.school.School;

/**
 * A generated document: kind, date, title and, for orders, the register number. The DOCX (and PDF)
 * live in {@link DocumentContent} so that lists never load them.
 */
@Entity
@DynamicUpdate
@Table(name = "document")
public class Document {

  public enum Status {
    ACTIVE,
    /** Cancelled (отменён): keeps its number, the register shows it. */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "program_id")
  private Long programId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.ACTIVE;

  @Column(name = "register_year")
  private Integer registerYear;

  @Column(name = "register_seq")
  private Integer registerSeq;

  @Column(name = "doc_number")
  private String number;

  @Column(name = "doc_date", nullable = false)
  private LocalDate date;

  @Column(name = "request_key", nullable = false)
  private String requestKey;

  @Column(name = "pair_id")
  private Long pairId;

  @Column(name = "staff_id")
  private Long staffId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "template_source", nullable = false)
  private String templateSource;

  @Column(name = "template_sha256", nullable = false)
  private String templateSha256;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "docx_size", nullable = false)
  private int docxSize;

  @Column(name = "pdf_size")
  private Integer pdfSize;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancel_reason")
  private String cancelReason;

  protected Document() {}

  public Document(School school, Long programId, DocumentKind kind, String title, LocalDate date,
      String requestKey) {
    this.school = school;
    this.programId = programId;
    this.kind = kind;
    this.title = title;
    this.date = date;
    this.requestKey = requestKey;
  }

  void register(int year, int seq, String number) {
    this.registerYear = year;
    this.registerSeq = seq;
    this.number = number;
  }

  void subject(Long pairId, Long staffId, String processInstanceId) {
    this.pairId = pairId;
    this.staffId = staffId;
    this.processInstanceId = processInstanceId;
  }

  void file(String fileName, int docxSize, String templateSource, String templateSha256, String createdBy) {
    this.fileName = fileName;
    this.docxSize = docxSize;
    this.templateSource = templateSource;
    this.templateSha256 = templateSha256;
    this.createdBy = createdBy;
  }

  /** The file was made again from current data; its PDF copy was dropped. */
  void rerendered(int docxSize) {
    this.docxSize = docxSize;
    this.pdfSize = null;
  }

  void pdfStored(int size) {
    this.pdfSize = size;
  }

  void cancel(String reason, String by) {
    this.status = Status.CANCELLED;
    this.cancelReason = reason;
    this.cancelledBy = by;
    this.cancelledAt = Instant.now();
  }

  public boolean isOrder() {
    return kind.isOrder();
  }

  public Long getId() { return id; }
  public School getSchool() { return school; }
  public Long getProgramId() { return programId; }
  public DocumentKind getKind() { return kind; }
  public String getTitle() { return title; }
  public Status getStatus() { return status; }
  public Integer getRegisterYear() { return registerYear; }
  public Integer getRegisterSeq() { return registerSeq; }
  public String getNumber() { return number; }
  public LocalDate getDate() { return date; }
  public String getRequestKey() { return requestKey; }
  public Long getPairId() { return pairId; }
  public Long getStaffId() { return staffId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getTemplateSource() { return templateSource; }
  public String getTemplateSha256() { return templateSha256; }
  public String getFileName() { return fileName; }
  public int getDocxSize() { return docxSize; }
  public Integer getPdfSize() { return pdfSize; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getCancelledAt() { return cancelledAt; }
  public String getCancelledBy() { return cancelledBy; }
  public String getCancelReason() { return cancelReason; }
}
