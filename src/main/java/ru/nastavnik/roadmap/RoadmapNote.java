package ru.nastavnik.roadmap;

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

/** What happened to a row: a result, a progress note, a reminder, an escalation, an edit. */
@Entity
@DynamicUpdate
@Table(name = "roadmap_note")
public class RoadmapNote {

  public enum Kind {
    RESULT, PROGRESS, REMINDER, ESCALATION_DIRECTOR, ESCALATION_ADMIN, TRIGGERED, STAGE_COMPLETED,
    CHANGED, CANCELLED, ROLE_REPLACED, MAIL_FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "row_id")
  private RoadmapRow row;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kind kind;

  @Column(length = 4000)
  private String text;

  @Column(length = 64)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RoadmapNote() {}

  public RoadmapNote(RoadmapRow row, Kind kind, String text, String author, Instant createdAt) {
    this.row = row;
    this.kind = kind;
    this.text = text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    this.author = author;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public RoadmapRow getRow() { return row; }
  public Kind getKind() { return kind; }
  public String getText() { return text; }
  public String getAuthor() { return author; }
  public Instant getCreatedAt() { return createdAt; }
}
