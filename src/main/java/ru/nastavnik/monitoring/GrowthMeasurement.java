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
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Monitoring, stage 2 — growth of a participant (seed 002 §6): one parameter measured before entry
 * into the program and after completion (scale 1–5), the change being after − before.
 */
@Entity
@DynamicUpdate
@Table(name = "growth_measurement")
public class GrowthMeasurement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @Column(nullable = false, length = 200)
  private String parameter;

  @Column(name = "before_value")
  private Integer before;

  @Column(name = "after_value")
  private Integer after;

  @Column(name = "measured_by")
  private String measuredBy;

  @Column(name = "measured_at", nullable = false)
  private Instant measuredAt = Instant.now();

  protected GrowthMeasurement() {}

  public GrowthMeasurement(MentoringProgram program, StaffMember staff, String parameter) {
    this.program = program;
    this.staff = staff;
    this.parameter = parameter;
  }

  public void record(boolean afterCompletion, int value, String by) {
    if (afterCompletion) {
      after = value;
    } else {
      before = value;
    }
    measuredBy = by;
    measuredAt = Instant.now();
  }

  /** after − before, or null until both are measured. */
  public Integer change() {
    return before == null || after == null ? null : after - before;
  }

  public Long getId() { return id; }
  public StaffMember getStaff() { return staff; }
  public String getParameter() { return parameter; }
  public Integer getBefore() { return before; }
  public Integer getAfter() { return after; }
}
