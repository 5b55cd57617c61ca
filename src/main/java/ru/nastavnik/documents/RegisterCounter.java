package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/** The last order number a school gave in one calendar year. */
@Entity
@DynamicUpdate
@Table(name = "document_register")
public class RegisterCounter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_id", nullable = false)
  private Long schoolId;

  @Column(name = "register_year", nullable = false)
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected RegisterCounter() {}

  RegisterCounter(Long schoolId, int year) {
    this.schoolId = schoolId;
    this.year = year;
  }

  int next() {
    return ++lastNumber;
  }

  public Long getSchoolId() { return schoolId; }
  public int getYear() { return year; }
  public int getLastNumber() { return lastNumber; }
}
