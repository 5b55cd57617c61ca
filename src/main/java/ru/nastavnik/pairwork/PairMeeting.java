package ru.nastavnik.pairwork;

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
import java.time.LocalDate;
import ru.nastavnik.pairing.MentoringPair;
import org.hibernate.annotations.DynamicUpdate;

/** A meeting of a pair or group as the mentor logged it (seed 002 §3: the series of meetings). */
@Entity
@DynamicUpdate
@Table(name = "pair_meeting")
public class PairMeeting {

  public enum Kind {
    ACQUAINTANCE("Встреча-знакомство"),
    TRIAL("Пробная рабочая встреча"),
    PLANNING("Встреча-планирование"),
    REGULAR("Рабочая встреча"),
    LESSON_VISIT("Посещение урока"),
    OPEN_LESSON("Открытый урок"),
    CONSULTATION("Консультация"),
    FINAL("Итоговая встреча");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pair_id")
  private MentoringPair pair;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 1000)
  private String topic;

  @Column(length = 4000)
  private String outcome;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected PairMeeting() {}

  public PairMeeting(MentoringPair pair, Kind kind, LocalDate heldOn, String topic, String outcome,
      Integer durationMinutes, String recordedBy) {
    this.pair = pair;
    this.kind = kind;
    this.heldOn = heldOn;
    this.topic = topic;
    this.outcome = outcome;
    this.durationMinutes = durationMinutes;
    this.recordedBy = recordedBy;
  }

  public Long getId() { return id; }
  public MentoringPair getPair() { return pair; }
  public Kind getKind() { return kind; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getTopic() { return topic; }
  public String getOutcome() { return outcome; }
  public Integer getDurationMinutes() { return durationMinutes; }
}
