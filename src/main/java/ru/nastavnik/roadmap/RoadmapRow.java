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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import ru.nastavnik.staff.Role;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One row of a roadmap: what is done (action), what it produces (result form), when (a window of
 * dates, the whole year, or an event), who answers for it (a role), and optionally the program
 * stage whose completion completes it. Each row runs as one small «roadmap-row» process.
 */
@Entity
@DynamicUpdate
@Table(name = "roadmap_row")
public class RoadmapRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "roadmap_id")
  private Roadmap roadmap;

  @Column(nullable = false)
  private int position;

  @Column(name = "row_no", nullable = false, length = 16)
  private String number;

  @Column(length = 500)
  private String section;

  @Column(nullable = false, length = 2000)
  private String action;

  @Column(name = "result_form", length = 1000)
  private String resultForm;

  /** The period as a document writes it («Май - август», «В течение года»). */
  @Column(name = "period_text")
  private String periodText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RowKind kind;

  @Column(name = "window_start")
  private LocalDate windowStart;

  @Column(name = "window_end")
  private LocalDate windowEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_event", length = 32)
  private TriggerEvent trigger;

  /** Trigger rows: working days from the event to the due date. */
  @Column(name = "term_days")
  private Integer termDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Role role;

  /** Call activity of «mentoring-program» whose completion completes this row. */
  @Column(name = "stage_activity", length = 64)
  private String stage;

  /** Where the row came from: a seed's row set, or MANUAL. */
  @Column(nullable = false, length = 32)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RowStatus status = RowStatus.PLANNED;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(name = "closed_by_stage", nullable = false)
  private boolean closedByStage;

  /** 0 none, 1 the director was told, 2 the municipal administrator was told. */
  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel;

  /** Trigger rows: how many times the row was done. */
  @Column(name = "times_done", nullable = false)
  private int timesDone;

  @Column(name = "result_note", length = 4000)
  private String resultNote;

  @Version
  private long version;

  protected RoadmapRow() {}

  public RoadmapRow(Roadmap roadmap, int position, String source) {
    this.roadmap = roadmap;
    this.position = position;
    this.source = source;
  }

  public Long getId() { return id; }
  public Roadmap getRoadmap() { return roadmap; }
  public int getPosition() { return position; }
  public String getNumber() { return number; }
  public String getSection() { return section; }
  public String getAction() { return action; }
  public String getResultForm() { return resultForm; }
  public String getPeriodText() { return periodText; }
  public RowKind getKind() { return kind; }
  public LocalDate getWindowStart() { return windowStart; }
  public LocalDate getWindowEnd() { return windowEnd; }
  public TriggerEvent getTrigger() { return trigger; }
  public Integer getTermDays() { return termDays; }
  public Role getRole() { return role; }
  public String getStage() { return stage; }
  public String getSource() { return source; }
  public RowStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getDueAt() { return dueAt; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getCompletedAt() { return completedAt; }
  public String getCompletedBy() { return completedBy; }
  public boolean isClosedByStage() { return closedByStage; }
  public int getEscalationLevel() { return escalationLevel; }
  public int getTimesDone() { return timesDone; }
  public String getResultNote() { return resultNote; }

  public void setNumber(String number) { this.number = number; }
  public void setSection(String section) { this.section = section; }
  public void setAction(String action) { this.action = action; }
  public void setResultForm(String resultForm) { this.resultForm = resultForm; }
  public void setPeriodText(String periodText) { this.periodText = periodText; }
  public void setKind(RowKind kind) { this.kind = kind; }
  public void setWindow(LocalDate start, LocalDate end) { this.windowStart = start; this.windowEnd = end; }
  public void setTrigger(TriggerEvent trigger) { this.trigger = trigger; }
  public void setTermDays(Integer termDays) { this.termDays = termDays; }
  public void setRole(Role role) { this.role = role; }
  public void setStage(String stage) { this.stage = stage; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }

  /** The row waits for its window or its event. */
  public void planned() {
    this.status = RowStatus.PLANNED;
    this.dueAt = null;
  }

  /** The row's task is open until {@code due}. */
  public void opened(Instant at, Instant due) {
    if (status != RowStatus.IN_PROGRESS || openedAt == null) {
      this.openedAt = at;
    }
    this.status = RowStatus.IN_PROGRESS;
    this.dueAt = due;
  }

  public void escalated(int level) {
    this.escalationLevel = Math.max(escalationLevel, level);
  }

  /** Done by a person (repeatable rows count each time and wait for the next event). */
  public void done(Instant at, String by, String note, boolean repeats) {
    this.timesDone++;
    this.completedAt = at;
    this.completedBy = by;
    this.resultNote = note;
    this.escalationLevel = 0;
    this.dueAt = null;
    this.status = repeats ? RowStatus.PLANNED : RowStatus.DONE;
  }

  /** Done because the linked program stage completed. */
  public void doneByStage(Instant at) {
    this.timesDone++;
    this.completedAt = at;
    this.completedBy = "system";
    this.closedByStage = true;
    this.dueAt = null;
    this.status = RowStatus.DONE;
  }

  /** The period ended: a trigger row done at least once is done, else it was not needed. */
  public void periodOver() {
    this.dueAt = null;
    this.status = timesDone > 0 ? RowStatus.DONE : RowStatus.NOT_REQUIRED;
  }

  public void cancel() {
    this.dueAt = null;
    this.status = RowStatus.CANCELLED;
  }

  public boolean isOverdue(Instant now) {
    return status == RowStatus.IN_PROGRESS && dueAt != null && dueAt.isBefore(now);
  }

  /** «2.3. Формирование банка наставляемых…», short enough for a task name. */
  public String label(int max) {
    String n = number.endsWith(".") ? number : number + ".";
    String text = n + " " + action;
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }
}
