package ru.nastavnik.privacy;

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
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** One read or removal of a person's data: who, what, when (no data itself). */
@Entity
@DynamicUpdate
@Table(name = "pii_access_log")
public class PiiAccessEntry {

  public enum Action {
    EXPORT_JSON("выгрузка сведений (JSON)"),
    EXPORT_DOCX("выгрузка сведений (DOCX)"),
    CONSENT_FORM("печать бланка согласия"),
    WITHDRAWAL("отзыв согласия и удаление сведений");

    private final String title;

    Action(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @Column(nullable = false, length = 64)
  private String actor;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Action action;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt = Instant.now();

  protected PiiAccessEntry() {}

  public PiiAccessEntry(School school, StaffMember staff, String actor, Action action) {
    this.school = school;
    this.staff = staff;
    this.actor = actor;
    this.action = action;
  }

  public Long getId() { return id; }
  public String getActor() { return actor; }
  public Action getAction() { return action; }
  public Instant getAccessedAt() { return accessedAt; }
}
