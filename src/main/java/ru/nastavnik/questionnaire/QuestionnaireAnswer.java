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

/** One answer: an option chosen (one row per chosen option), a scale value, or a text. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_answer")
public class QuestionnaireAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id")
  private QuestionnaireAssignment assignment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id")
  private Question question;

  @Column(name = "option_value", length = 64)
  private String optionValue;

  @Column(name = "number_value")
  private Integer numberValue;

  @Column(name = "text_value", length = 4000)
  private String textValue;

  protected QuestionnaireAnswer() {}

  private QuestionnaireAnswer(QuestionnaireAssignment assignment, Question question) {
    this.assignment = assignment;
    this.question = question;
  }

  static QuestionnaireAnswer option(QuestionnaireAssignment a, Question q, String value) {
    QuestionnaireAnswer answer = new QuestionnaireAnswer(a, q);
    answer.optionValue = value;
    return answer;
  }

  static QuestionnaireAnswer number(QuestionnaireAssignment a, Question q, int value) {
    QuestionnaireAnswer answer = new QuestionnaireAnswer(a, q);
    answer.numberValue = value;
    return answer;
  }

  static QuestionnaireAnswer text(QuestionnaireAssignment a, Question q, String value) {
    QuestionnaireAnswer answer = new QuestionnaireAnswer(a, q);
    answer.textValue = value;
    return answer;
  }

  public Long getId() { return id; }
  public QuestionnaireAssignment getAssignment() { return assignment; }
  public Question getQuestion() { return question; }
  public String getOptionValue() { return optionValue; }
  public Integer getNumberValue() { return numberValue; }
  public String getTextValue() { return textValue; }
}
