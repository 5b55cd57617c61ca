package ru.nastavnik.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** The stored stage II analytic note: its data model as JSON and its text. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_analytic_note")
public class AnalyticNoteRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "program_id")
  private Long programId;

  @Column(name = "collection_id", nullable = false)
  private Long collectionId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "data_json", nullable = false, length = 200000)
  private String data;

  @Column(name = "note_text", nullable = false, length = 20000)
  private String text;

  protected AnalyticNoteRecord() {}

  AnalyticNoteRecord(Long programId, Long collectionId, String data, String text) {
    this.programId = programId;
    this.collectionId = collectionId;
    this.data = data;
    this.text = text;
    this.createdAt = Instant.now();
  }

  void update(String data, String text) {
    this.data = data;
    this.text = text;
    this.createdAt = Instant.now();
  }

  public Long getId() { return id; }
  public Long getProgramId() { return programId; }
  public Long getCollectionId() { return collectionId; }
  public Instant getCreatedAt() { return createdAt; }
  public String getData() { return data; }
  public String getText() { return text; }
}
