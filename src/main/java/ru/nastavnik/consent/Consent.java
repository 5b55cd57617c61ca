package ru.nastavnik.consent;

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
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/** A consent as a separate record (152-ФЗ ст. 9): purpose, text version, when and how given, who recorded it. */
@Entity
@DynamicUpdate
@Table(name = "consent")
public class Consent {

  public enum Purpose {
    PERSONAL_DATA("Согласие на обработку персональных данных для участия в программе наставничества"),
    ADDITIONAL_DUTIES("Письменное согласие на возложение дополнительных обязанностей, связанных с наставнической деятельностью");

    private final String title;

    Purpose(String title) {
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "text_version", nullable = false)
  private String textVersion;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  /** «письменно (бумажный бланк)», «электронно». */
  @Column(nullable = false)
  private String method;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  protected Consent() {}

  public Consent(School school, StaffMember staff, Purpose purpose, String textVersion,
      LocalDate givenOn, String method, String recordedBy) {
    this.school = school;
    this.staff = staff;
    this.purpose = purpose;
    this.textVersion = textVersion;
    this.givenOn = givenOn;
    this.method = method;
    this.recordedBy = recordedBy;
  }

  public boolean isValid() {
    return withdrawnOn == null;
  }

  public Long getId() { return id; }
  public StaffMember getStaff() { return staff; }
  public Purpose getPurpose() { return purpose; }
  public String getTextVersion() { return textVersion; }
  public LocalDate getGivenOn() { return givenOn; }
  public String getMethod() { return method; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDate getWithdrawnOn() { return withdrawnOn; }

  public void withdraw(LocalDate on) { this.withdrawnOn = on; }
}
