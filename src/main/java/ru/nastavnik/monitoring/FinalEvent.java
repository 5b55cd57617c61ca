package ru.nastavnik.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.nastavnik.program.MentoringProgram;
import org.hibernate.annotations.DynamicUpdate;

/** The program's final event (итоговая конференция, круглый стол …) with its materials (program, протокол). */
@Entity
@DynamicUpdate
@Table(name = "final_event")
public class FinalEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @Column(name = "event_format", nullable = false)
  private String format;

  @Column(name = "event_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private int participants;

  @Column(length = 20000)
  private String materials;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected FinalEvent() {}

  public FinalEvent(MentoringProgram program) {
    this.program = program;
  }

  public void record(String format, LocalDate date, int participants, String materials, String by) {
    this.format = format;
    this.date = date;
    this.participants = participants;
    this.materials = materials;
    this.recordedBy = by;
    this.recordedAt = Instant.now();
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public String getFormat() { return format; }
  public LocalDate getDate() { return date; }
  public int getParticipants() { return participants; }
  public String getMaterials() { return materials; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
