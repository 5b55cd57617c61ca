package ru.nastavnik.bases;

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
import java.time.LocalDate;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** A candidate or selected mentor of one program. */
@Entity
@DynamicUpdate
@Table(name = "mentor_profile")
public class MentorProfile {

  public enum Status {
    CANDIDATE,
    /** Passed the interview on psychological readiness. */
    SELECTED,
    REJECTED,
    /** Selected and trained (certificate recorded): may be paired. */
    TRAINED,
    /** Appointed by the director's order. */
    APPOINTED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.CANDIDATE;

  @Column(name = "rejection_reason", length = 1000)
  private String rejectionReason;

  @Column(nullable = false)
  private int capacity = 1;

  @Column(name = "certificate_number")
  private String certificateNumber;

  @Column(name = "trained_on")
  private LocalDate trainedOn;

  /** In the long-term mentor base for the next cycles. */
  @Column(name = "long_term", nullable = false)
  private boolean longTerm;

  protected MentorProfile() {}

  public MentorProfile(MentoringProgram program, StaffMember staff) {
    this.program = program;
    this.staff = staff;
  }

  public boolean canBePaired() {
    return status == Status.TRAINED || status == Status.APPOINTED;
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public StaffMember getStaff() { return staff; }
  public Status getStatus() { return status; }
  public String getRejectionReason() { return rejectionReason; }
  public int getCapacity() { return capacity; }
  public String getCertificateNumber() { return certificateNumber; }
  public LocalDate getTrainedOn() { return trainedOn; }
  public boolean isLongTerm() { return longTerm; }

  public void setStatus(Status status) { this.status = status; }
  public void setCapacity(int capacity) { this.capacity = capacity; }
  public void setLongTerm(boolean longTerm) { this.longTerm = longTerm; }

  public void reject(String reason) {
    this.status = Status.REJECTED;
    this.rejectionReason = reason;
  }

  public void trained(String certificateNumber, LocalDate on) {
    this.status = Status.TRAINED;
    this.certificateNumber = certificateNumber;
    this.trainedOn = on;
  }
}
