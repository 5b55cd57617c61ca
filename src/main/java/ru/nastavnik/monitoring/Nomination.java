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
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A nomination for a reward: «Наставник года» names a mentor (no pair), «Лучшая пара» names a pair
 * and is stored once per member of the pair (each gets a diploma).
 */
@Entity
@DynamicUpdate
@Table(name = "nomination")
public class Nomination {

  /** The nomination of a mentor. */
  public static final String MENTOR_OF_THE_YEAR = "Наставник года";
  /** The nomination of a pair. */
  public static final String BEST_PAIR = "Лучшая пара";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @Column(nullable = false)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pair_id")
  private MentoringPair pair;

  protected Nomination() {}

  public Nomination(MentoringProgram program, StaffMember staff, String title) {
    this.program = program;
    this.staff = staff;
    this.title = title;
  }

  public Nomination(MentoringProgram program, StaffMember staff, MentoringPair pair, String title) {
    this(program, staff, title);
    this.pair = pair;
  }

  public Long getId() { return id; }
  public StaffMember getStaff() { return staff; }
  public String getTitle() { return title; }
  public MentoringPair getPair() { return pair; }
  public boolean isPairNomination() { return pair != null; }
}
