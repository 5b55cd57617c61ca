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
import java.time.LocalDate;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.school.School;
import org.hibernate.annotations.DynamicUpdate;

/** The roadmap (дорожная карта) of one school for one academic year: one process instance. */
@Entity
@DynamicUpdate
@Table(name = "roadmap")
public class Roadmap {

  public enum Status { RUNNING, COMPLETED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "academic_year", nullable = false)
  private String academicYear;

  /** The academic year the roadmap plans (1 September – 31 August unless set otherwise). */
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @Column(name = "business_key", nullable = false, unique = true)
  private String businessKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.RUNNING;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Roadmap() {}

  public Roadmap(School school, String academicYear, LocalDate periodStart, LocalDate periodEnd,
      String startedBy, Instant startedAt) {
    this.school = school;
    this.academicYear = academicYear;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.businessKey = RoadmapProcess.businessKey(school.getCode(), academicYear);
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  public Long getId() { return id; }
  public School getSchool() { return school; }
  public String getAcademicYear() { return academicYear; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public MentoringProgram getProgram() { return program; }
  public String getBusinessKey() { return businessKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Status getStatus() { return status; }
  public String getStartedBy() { return startedBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getCompletedAt() { return completedAt; }

  public void setProgram(MentoringProgram program) { this.program = program; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }

  public boolean isRunning() {
    return status == Status.RUNNING;
  }

  /** The first year of «2025/26». */
  public int firstYear() {
    return Integer.parseInt(academicYear.substring(0, 4));
  }

  public boolean overlaps(LocalDate start, LocalDate end) {
    return !start.isAfter(periodEnd) && !end.isBefore(periodStart);
  }

  public void complete(Instant at) {
    this.status = Status.COMPLETED;
    this.completedAt = at;
  }

  public void cancel(Instant at) {
    this.status = Status.CANCELLED;
    this.completedAt = at;
  }
}
