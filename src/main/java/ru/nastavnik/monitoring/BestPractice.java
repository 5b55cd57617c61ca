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
import ru.nastavnik.school.School;
import org.hibernate.annotations.DynamicUpdate;

/** A practice collected at the final event, kept in the school's methodological collection (методическая копилка). */
@Entity
@DynamicUpdate
@Table(name = "best_practice")
public class BestPractice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @Column(name = "academic_year", nullable = false, length = 16)
  private String academicYear;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(length = 500)
  private String author;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pair_id")
  private MentoringPair pair;

  @Column(length = 4000)
  private String description;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt = Instant.now();

  protected BestPractice() {}

  public BestPractice(MentoringProgram program, String title, String author, MentoringPair pair, String description) {
    this.program = program;
    this.school = program.getSchool();
    this.academicYear = program.getAcademicYear();
    this.title = title;
    this.author = author;
    this.pair = pair;
    this.description = description;
  }

  public Long getId() { return id; }
  public String getAcademicYear() { return academicYear; }
  public String getTitle() { return title; }
  public String getAuthor() { return author; }
  public MentoringPair getPair() { return pair; }
  public String getDescription() { return description; }
  public Instant getAddedAt() { return addedAt; }
}
