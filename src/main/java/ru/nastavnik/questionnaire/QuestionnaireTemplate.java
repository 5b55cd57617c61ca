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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.staff.Role;
import org.hibernate.annotations.DynamicUpdate;

/** One version of a questionnaire: its questions never change once it is stored. */
@Entity
@DynamicUpdate
@Table(name = "questionnaire_template")
public class QuestionnaireTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(name = "template_version", nullable = false)
  private int version;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(nullable = false, length = 2000)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_role", nullable = false, length = 32)
  private Role respondentRole;

  @Column(name = "form_id", nullable = false, length = 128)
  private String formId;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("sortOrder")
  private List<Question> questions = new ArrayList<>();

  protected QuestionnaireTemplate() {}

  public QuestionnaireTemplate(QuestionnaireSpec spec) {
    this.code = spec.code();
    this.version = spec.version();
    this.title = spec.title();
    this.purpose = spec.purpose();
    this.respondentRole = spec.respondentRole();
    this.formId = spec.formId();
    this.fingerprint = spec.fingerprint();
    this.createdAt = Instant.now();
    int n = 0;
    for (QuestionnaireSpec.QuestionSpec q : spec.questions()) {
      questions.add(new Question(this, ++n, q));
    }
  }

  public Optional<Question> question(String questionCode) {
    return questions.stream().filter(q -> q.getCode().equals(questionCode)).findFirst();
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public int getVersion() { return version; }
  public String getTitle() { return title; }
  public String getPurpose() { return purpose; }
  public Role getRespondentRole() { return respondentRole; }
  public String getFormId() { return formId; }
  public String getFingerprint() { return fingerprint; }
  public Instant getCreatedAt() { return createdAt; }
  public List<Question> getQuestions() { return questions; }
}
