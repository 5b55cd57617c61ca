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
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.program.MentoringProgram;
import org.hibernate.annotations.DynamicUpdate;

/** The 9 indicators (0/1/2 each, max 18) scored for the program or for one pair (seed 002 §6). */
@Entity
@DynamicUpdate
@Table(name = "effectiveness_score")
public class EffectivenessScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pair_id")
  private MentoringPair pair;

  /** The nine scores as digits, e.g. "221120212". */
  @Column(nullable = false)
  private String scores;

  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private String level;

  @Column(name = "scored_by")
  private String scoredBy;

  @Column(name = "scored_at", nullable = false)
  private Instant scoredAt = Instant.now();

  protected EffectivenessScore() {}

  public EffectivenessScore(MentoringProgram program, MentoringPair pair, String scores, int total,
      String level, String scoredBy) {
    this.program = program;
    this.pair = pair;
    this.scores = scores;
    this.total = total;
    this.level = level;
    this.scoredBy = scoredBy;
  }

  public Long getId() { return id; }
  public MentoringPair getPair() { return pair; }
  public String getScores() { return scores; }
  public int getTotal() { return total; }
  public String getLevel() { return level; }
}
