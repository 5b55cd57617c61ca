package ru.nastavnik.questionnaire;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;

/** A question of one template version. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id")
  private QuestionnaireTemplate template;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(name = "question_text", nullable = false, length = 1000)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuestionKind kind;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "scale_min")
  private Integer scaleMin;

  @Column(name = "scale_max")
  private Integer scaleMax;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("sortOrder")
  private List<QuestionOption> options = new ArrayList<>();

  protected Question() {}

  Question(QuestionnaireTemplate template, int sortOrder, QuestionnaireSpec.QuestionSpec spec) {
    this.template = template;
    this.sortOrder = sortOrder;
    this.code = spec.code();
    this.text = spec.text();
    this.kind = spec.kind();
    this.required = spec.required();
    this.scaleMin = spec.scaleMin();
    this.scaleMax = spec.scaleMax();
    int n = 0;
    for (QuestionnaireSpec.OptionSpec o : spec.options()) {
      options.add(new QuestionOption(this, ++n, o.value(), o.label()));
    }
  }

  /** The form field carrying the answer ({@code ui} + code: a view variable, kept out of history). */
  public String fieldKey() {
    return QuestionnaireSpec.QuestionSpec.fieldKey(code);
  }

  public Optional<QuestionOption> option(String value) {
    return options.stream().filter(o -> o.getValue().equals(value)).findFirst();
  }

  public String labelOf(String value) {
    return option(value).map(QuestionOption::getLabel).orElse(value);
  }

  public Long getId() { return id; }
  public QuestionnaireTemplate getTemplate() { return template; }
  public int getSortOrder() { return sortOrder; }
  public String getCode() { return code; }
  public String getText() { return text; }
  public QuestionKind getKind() { return kind; }
  public boolean isRequired() { return required; }
  public Integer getScaleMin() { return scaleMin; }
  public Integer getScaleMax() { return scaleMax; }
  public List<QuestionOption> getOptions() { return options; }
}
