package ru.nastavnik.questionnaire;

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
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** A respondent of a collection and whether they answered. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_assignment")
public class QuestionnaireAssignment {

  public enum Status {
    PENDING,
    ANSWERED,
    /** The collection closed before an answer came. */
    MISSED,
    /** The person withdrew their consent: answers erased, not counted in the results. */
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id")
  private QuestionnaireCollection collection;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  /** Whom the answers are about, when that is not the respondent (an interview about a candidate). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subject_staff_id")
  private StaffMember subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.PENDING;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  protected QuestionnaireAssignment() {}

  public QuestionnaireAssignment(QuestionnaireCollection collection, StaffMember staff, StaffMember subject) {
    this.collection = collection;
    this.staff = staff;
    this.subject = subject;
  }

  void answered(String by, Instant at) {
    status = Status.ANSWERED;
    answeredBy = by;
    answeredAt = at;
  }

  void missed() {
    status = Status.MISSED;
  }

  /** Consent withdrawn: the answers are gone, nothing of when and by whom stays. */
  void withdrawn() {
    status = Status.WITHDRAWN;
    answeredBy = null;
    answeredAt = null;
    remindedAt = null;
  }

  void reminded(Instant at) {
    remindedAt = at;
  }

  public Long getId() { return id; }
  public QuestionnaireCollection getCollection() { return collection; }
  public StaffMember getStaff() { return staff; }
  public StaffMember getSubject() { return subject; }
  public Status getStatus() { return status; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getRemindedAt() { return remindedAt; }
}
