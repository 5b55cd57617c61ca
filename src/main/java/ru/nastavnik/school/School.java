package ru.nastavnik.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An educational organisation. Its {@link #code} is the Camunda tenant id; the requisites are
 * what orders and other documents print (ГОСТ Р 7.0.97-2016: organisation name, head, place).
 */
@Entity
@DynamicUpdate
@Table(name = "school")
public class School {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Tenant id: latin letters and digits only (Camunda's resource id whitelist). */
  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "full_name", nullable = false, length = 1000)
  private String fullName;

  @Column(name = "short_name", nullable = false)
  private String shortName;

  @Column(name = "head_name", nullable = false)
  private String headName;

  @Column(name = "head_title", nullable = false)
  private String headTitle;

  @Column(nullable = false, length = 1000)
  private String address;

  /** Place of issue printed on orders (населённый пункт). */
  @Column(nullable = false)
  private String locality;

  /** Working-day calendar used for "N working days" deadlines: RU or KZ. */
  @Column(name = "calendar_code", nullable = false, length = 8)
  private String calendarCode = "RU";

  protected School() {}

  public School(String code, String name, String fullName, String shortName, String headName,
      String headTitle, String address, String locality) {
    this.code = code;
    this.name = name;
    this.fullName = fullName;
    this.shortName = shortName;
    this.headName = headName;
    this.headTitle = headTitle;
    this.address = address;
    this.locality = locality;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public String getFullName() { return fullName; }
  public String getShortName() { return shortName; }
  public String getHeadName() { return headName; }
  public String getHeadTitle() { return headTitle; }
  public String getAddress() { return address; }
  public String getLocality() { return locality; }
  public String getCalendarCode() { return calendarCode; }

  public void setName(String name) { this.name = name; }
  public void setFullName(String fullName) { this.fullName = fullName; }
  public void setShortName(String shortName) { this.shortName = shortName; }
  public void setHeadName(String headName) { this.headName = headName; }
  public void setHeadTitle(String headTitle) { this.headTitle = headTitle; }
  public void setAddress(String address) { this.address = address; }
  public void setLocality(String locality) { this.locality = locality; }
  public void setCalendarCode(String calendarCode) { this.calendarCode = calendarCode; }
}
