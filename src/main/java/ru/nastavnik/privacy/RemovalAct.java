package ru.nastavnik.privacy;

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
import ru.nastavnik.consent.Consent;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A record of the register of removals (акт об уничтожении персональных данных, Приказ Роскомнадзора
 * № 179): what was removed, where, how, on what ground, by whom and when. The subject appears only as
 * the anonymised staff row and the pseudonym «deleted-&lt;number&gt;»; the school keeps the written
 * withdrawal under the act's number.
 */
@Entity
@DynamicUpdate
@Table(name = "pd_removal_act")
public class RemovalAct {

  /** Legal ground of the removal: ст. 21 152-ФЗ. */
  public enum Ground {
    WITHDRAWAL("ч. 5 ст. 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»: "
        + "отзыв субъектом согласия на обработку персональных данных"),
    PURPOSE_ACHIEVED("ч. 4 ст. 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»: "
        + "достижение цели обработки персональных данных");

    private final String text;

    Ground(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  public static final String SYSTEM_NAME = "Информационная система «Наставник» (программа наставничества педагогических работников)";

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
  private String pseudonym = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Consent.Purpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Ground ground;

  @Column(name = "withdrawal_received_on", nullable = false)
  private LocalDate withdrawalReceivedOn;

  @Column(name = "performed_by", nullable = false, length = 64)
  private String performedBy;

  @Column(name = "performed_at", nullable = false)
  private Instant performedAt = Instant.now();

  @Column(nullable = false, length = 2000)
  private String categories = "";

  @Column(nullable = false, length = 1000)
  private String method = "";

  @Column(length = 4000)
  private String places;

  /** What a final check still found (table and column only), to be handled by hand; null when clean. */
  @Column(length = 2000)
  private String residue;

  protected RemovalAct() {}

  public RemovalAct(School school, StaffMember staff, Consent.Purpose purpose, Ground ground,
      LocalDate withdrawalReceivedOn, String performedBy) {
    this.school = school;
    this.staff = staff;
    this.purpose = purpose;
    this.ground = ground;
    this.withdrawalReceivedOn = withdrawalReceivedOn;
    this.performedBy = performedBy;
  }

  /** The act's number, also the pseudonym's: «deleted-&lt;number&gt;». */
  public Long getId() { return id; }
  public School getSchool() { return school; }
  public StaffMember getStaff() { return staff; }
  public String getPseudonym() { return pseudonym; }
  public Consent.Purpose getPurpose() { return purpose; }
  public Ground getGround() { return ground; }
  public LocalDate getWithdrawalReceivedOn() { return withdrawalReceivedOn; }
  public String getPerformedBy() { return performedBy; }
  public Instant getPerformedAt() { return performedAt; }
  public String getCategories() { return categories; }
  public String getMethod() { return method; }
  public String getPlaces() { return places; }
  public String getResidue() { return residue; }

  void setPseudonym(String pseudonym) { this.pseudonym = pseudonym; }

  void complete(String categories, String method, String places, String residue) {
    this.categories = categories;
    this.method = method;
    this.places = places;
    this.residue = residue;
    this.performedAt = Instant.now();
  }
}
