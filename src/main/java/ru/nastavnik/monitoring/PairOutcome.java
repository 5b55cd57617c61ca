package ru.nastavnik.monitoring;

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
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.program.MentoringProgram;
import org.hibernate.annotations.DynamicUpdate;

/** Summing-up of one pair at the end of the program (подведение итогов): goals reached, comment. */
@Entity
@DynamicUpdate
@Table(name = "pair_outcome")
public class PairOutcome {

  /** Were the goals of the pair's plan reached. */
  public enum Goals {
    YES("достигнуты"), PARTLY("достигнуты частично"), NO("не достигнуты");

    private final String text;

    Goals(String text) {
      this.text = text;
    }

    /** «достигнуты», «достигнуты частично», «не достигнуты». */
    public String text() {
      return text;
    }

    /** The form's value: yes, partly, no. */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "pair_id")
  private MentoringPair pair;

  @Enumerated(EnumType.STRING)
  @Column(name = "goals_reached", nullable = false, length = 16)
  private Goals goals;

  @Column(name = "outcome_comment", length = 4000)
  private String comment;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected PairOutcome() {}

  public PairOutcome(MentoringProgram program, MentoringPair pair) {
    this.program = program;
    this.pair = pair;
  }

  public void record(Goals goals, String comment, String by) {
    this.goals = goals;
    this.comment = comment;
    this.recordedBy = by;
    this.recordedAt = Instant.now();
  }

  public Long getId() { return id; }
  public MentoringPair getPair() { return pair; }
  public Goals getGoals() { return goals; }
  public String getComment() { return comment; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
