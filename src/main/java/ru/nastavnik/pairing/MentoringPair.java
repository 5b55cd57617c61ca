package ru.nastavnik.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** A mentor with one mentee (a pair) or several (a group). */
@Entity
@DynamicUpdate
@Table(name = "mentoring_pair")
public class MentoringPair {

  public enum Status {
    PROPOSED,
    /** Both members gave written consent to the additional duties. */
    CONSENTED,
    /** Fixed by the director's order. */
    APPROVED,
    /** Working (stage V). */
    ACTIVE,
    COMPLETED,
    ENDED_EARLY,
    /** Removed before approval (no consent, or the curator changed it). */
    DISSOLVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "mentor_id")
  private StaffMember mentor;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "pair_mentee", joinColumns = @JoinColumn(name = "pair_id"),
      inverseJoinColumns = @JoinColumn(name = "staff_id"))
  @OrderBy("lastName")
  private List<StaffMember> mentees = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "interaction_form")
  private InteractionForm form;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PROPOSED;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "ended_at")
  private Instant endedAt;

  /** Stage of the individual plan: DRAFTED by the mentor, AGREED by the deputy, APPROVED by the director. */
  @Enumerated(EnumType.STRING)
  @Column(name = "plan_status", length = 20)
  private PlanStatus planStatus;

  @Column(name = "end_reason", length = 1000)
  private String endReason;

  /** Compatibility score the matching gave (sum over the pair's mentees). */
  private Integer score;

  /** Why this pair: the score broken down by criterion, in Russian. */
  @Column(length = 4000)
  private String reasons;

  protected MentoringPair() {}

  public MentoringPair(MentoringProgram program, StaffMember mentor, InteractionForm form) {
    this.program = program;
    this.mentor = mentor;
    this.form = form;
  }

  public boolean isGroup() {
    return mentees.size() > 1;
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public StaffMember getMentor() { return mentor; }
  public List<StaffMember> getMentees() { return mentees; }
  public InteractionForm getForm() { return form; }
  public Status getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getEndedAt() { return endedAt; }
  public String getEndReason() { return endReason; }
  public Integer getScore() { return score; }
  public String getReasons() { return reasons; }

  public void explain(int score, String reasons) {
    this.score = score;
    this.reasons = reasons == null || reasons.length() <= 4000 ? reasons : reasons.substring(0, 4000);
  }

  public PlanStatus getPlanStatus() { return planStatus; }
  public void setPlanStatus(PlanStatus planStatus) { this.planStatus = planStatus; }
  public void setStatus(Status status) { this.status = status; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }

  public void end(Status status, String reason) {
    this.status = status;
    this.endReason = reason;
    this.endedAt = Instant.now();
  }
}
