package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/** A school's own register settings; schools without a row use the configured default format. */
@Entity
@DynamicUpdate
@Table(name = "document_settings")
public class DocumentSettings {

  @Id
  @Column(name = "school_id")
  private Long schoolId;

  @Column(name = "number_format", nullable = false)
  private String numberFormat;

  protected DocumentSettings() {}

  DocumentSettings(Long schoolId, String numberFormat) {
    this.schoolId = schoolId;
    this.numberFormat = numberFormat;
  }

  public Long getSchoolId() { return schoolId; }
  public String getNumberFormat() { return numberFormat; }

  void setNumberFormat(String numberFormat) { this.numberFormat = numberFormat; }
}
