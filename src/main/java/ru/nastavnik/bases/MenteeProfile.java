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
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** A teacher in the mentee base of one program. */
@Entity
@DynamicUpdate
@Table(name = "mentee_profile")
public class MenteeProfile {

  public enum Status {
    /** Named by the curator, consent not yet recorded. */
    CANDIDATE,
    /** Consent recorded: in the mentee base. */
    IN_BASE,
    /** Base approved by the deputy; waiting for a pair. */
    APPROVED,
    PAIRED,
    /** No pair found: psychological support, the search for a mentor continues. */
    SEARCHING,
    COMPLETED,
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
  private MenteeCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.CANDIDATE;

  @Column(length = 2000)
  private String requests;

  @Column(name = "wants_to_mentor", nullable = false)
  private boolean wantsToMentor;

  protected MenteeProfile() {}

  public MenteeProfile(MentoringProgram program, StaffMember staff, MenteeCategory category) {
    this.program = program;
    this.staff = staff;
    this.category = category;
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public StaffMember getStaff() { return staff; }
  public MenteeCategory getCategory() { return category; }
  public Status getStatus() { return status; }
  public String getRequests() { return requests; }
  public boolean isWantsToMentor() { return wantsToMentor; }

  public void setCategory(MenteeCategory category) { this.category = category; }
  public void setStatus(Status status) { this.status = status; }
  public void setRequests(String requests) { this.requests = requests; }
  public void setWantsToMentor(boolean wantsToMentor) { this.wantsToMentor = wantsToMentor; }
}
