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
import org.hibernate.annotations.DynamicUpdate;

/** One questionnaire sent to a list of respondents with a deadline. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_collection")
public class QuestionnaireCollection {

  public enum Status {
    /** Tasks are out; answers are accepted until the deadline. */
    OPEN,
    /** Closed (everyone answered or the deadline passed): non-respondents recorded, results aggregated. */
    CLOSED,
    /** Ended at once without any task (nobody to ask); the reason is recorded. */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 64)
  private String schoolCode;

  @Column(name = "program_id")
  private Long programId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "template_id")
  private QuestionnaireTemplate template;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(nullable = false)
  private Instant deadline;

  @Column(name = "reminder_at")
  private Instant reminderAt;

  @Column(name = "opened_by", length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "close_reason", length = 1000)
  private String closeReason;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "respondent_count", nullable = false)
  private int respondentCount;

  @Column(name = "answered_count", nullable = false)
  private int answeredCount;

  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;

  /** Aggregated results (JSON of {@link CollectionResults}), written when the collection closes. */
  @Column(length = 200000)
  private String results;

  protected QuestionnaireCollection() {}

  public QuestionnaireCollection(String schoolCode, Long programId, QuestionnaireTemplate template, Instant deadline,
      Instant reminderAt, String openedBy, Instant openedAt) {
    this.schoolCode = schoolCode;
    this.programId = programId;
    this.template = template;
    this.deadline = deadline;
    this.reminderAt = reminderAt;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  void cancel(String reason, Instant at) {
    status = Status.CANCELLED;
    closeReason = reason;
    closedAt = at;
  }

  void close(String reason, Instant at) {
    status = Status.CLOSED;
    closeReason = reason;
    closedAt = at;
  }

  public Long getId() { return id; }
  public String getSchoolCode() { return schoolCode; }
  public Long getProgramId() { return programId; }
  public QuestionnaireTemplate getTemplate() { return template; }
  public Status getStatus() { return status; }
  public Instant getDeadline() { return deadline; }
  public Instant getReminderAt() { return reminderAt; }
  public String getOpenedBy() { return openedBy; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getClosedAt() { return closedAt; }
  public String getCloseReason() { return closeReason; }
  public String getProcessInstanceId() { return processInstanceId; }
  public int getRespondentCount() { return respondentCount; }
  public int getAnsweredCount() { return answeredCount; }
  public int getRemindersSent() { return remindersSent; }
  public String getResults() { return results; }

  void setDeadline(Instant deadline) { this.deadline = deadline; }
  void setReminderAt(Instant reminderAt) { this.reminderAt = reminderAt; }
  void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  void setRespondentCount(int respondentCount) { this.respondentCount = respondentCount; }
  void setAnsweredCount(int answeredCount) { this.answeredCount = answeredCount; }
  void addRemindersSent(int n) { this.remindersSent += n; }
  void setResults(String results) { this.results = results; }
}
