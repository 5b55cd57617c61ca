package ru.nastavnik.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/** An option of a choice question, or the label of one value of a scale. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_option")
public class QuestionOption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id")
  private Question question;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "option_value", nullable = false, length = 64)
  private String value;

  @Column(nullable = false, length = 500)
  private String label;

  protected QuestionOption() {}

  QuestionOption(Question question, int sortOrder, String value, String label) {
    this.question = question;
    this.sortOrder = sortOrder;
    this.value = value;
    this.label = label;
  }

  public Long getId() { return id; }
  public int getSortOrder() { return sortOrder; }
  public String getValue() { return value; }
  public String getLabel() { return label; }
}
