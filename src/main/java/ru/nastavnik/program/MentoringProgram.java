package ru.nastavnik.program;

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
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** One mentoring program of a school for one academic year (one process instance). */
@Entity
@DynamicUpdate
@Table(name = "mentoring_program")
public class MentoringProgram {

  public enum Status { RUNNING, COMPLETED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "academic_year", nullable = false)
  private String academicYear;

  @Column(name = "business_key", nullable = false, unique = true)
  private String businessKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.RUNNING;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "curator_id")
  private StaffMember curator;

  /** Chosen interaction forms (codes of {@link ru.nastavnik.pairing.InteractionForm}), "; "-separated. */
  @Column(name = "interaction_forms")
  private String interactionForms;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "effectiveness_total")
  private Integer effectivenessTotal;

  @Column(name = "effectiveness_level")
  private String effectivenessLevel;

  protected MentoringProgram() {}

  public MentoringProgram(School school, String academicYear, String businessKey, String startedBy) {
    this.school = school;
    this.academicYear = academicYear;
    this.businessKey = businessKey;
    this.startedBy = startedBy;
  }

  public Long getId() { return id; }
  public School getSchool() { return school; }
  public String getAcademicYear() { return academicYear; }
  public String getBusinessKey() { return businessKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Status getStatus() { return status; }
  public StaffMember getCurator() { return curator; }
  public String getInteractionForms() { return interactionForms; }
  public String getStartedBy() { return startedBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getCompletedAt() { return completedAt; }
  public Integer getEffectivenessTotal() { return effectivenessTotal; }
  public String getEffectivenessLevel() { return effectivenessLevel; }

  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public void setCurator(StaffMember curator) { this.curator = curator; }
  public void setInteractionForms(String forms) { this.interactionForms = forms; }
  public void setEffectiveness(int total, String level) { this.effectivenessTotal = total; this.effectivenessLevel = level; }

  public void complete() {
    this.status = Status.COMPLETED;
    this.completedAt = Instant.now();
  }
}
