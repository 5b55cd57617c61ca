package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.nastavnik.questionnaire.MentorSelectionCriteria.Candidate;
import ru.nastavnik.questionnaire.MentorSelectionCriteria.Decision;

/** The mentor selection criteria table as staff edit it: rejections first, then the grounds for selection. */
class QuestionnaireSelectionCriteriaTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/mentor-selection-criteria.dmn"))) {
      decision = engine.parseDecision(MentorSelectionCriteria.DECISION_KEY, in);
    }
  }

  static Decision decide(Candidate c) {
    return MentorSelectionCriteria.of(engine.evaluateDecision(decision, c.variables()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      experienced, first category              | true  | yes   | true  | 10 | 12 | первая                             | true  | квалификационная категория
      highest category, short of 10 years      | true  | maybe | true  | 7  | 5  | Высшая                             | true  | квалификационная категория
      veteran without category                 | true  | yes   | true  | 9  | 27 | соответствие занимаемой должности  | true  | от 10 лет
      no questionnaire, veteran                |  true |       | true  | 8  | 15 | без категории                      | true  | от 10 лет
      no consent                               | false | yes   | true  | 12 | 20 | высшая                             | false | согласия
      refused in the questionnaire             | true  | no    | true  | 12 | 20 | высшая                             | false | отказался
      not recommended by the interviewer       | true  | yes   | false | 12 | 20 | высшая                             | false | Не рекомендован
      low readiness                            | true  | yes   | true  | 6  | 20 | высшая                             | false | меньше 7 баллов
      two years of experience                  | true  | yes   | true  | 12 | 2  | первая                             | false | меньше 3 лет
      no category, five years                  | true  | yes   | true  | 12 | 5  | без категории                      | false | Нет первой или высшей
      """)
  void decides(String title, boolean consent, String willing, boolean recommends, int readiness, int experience,
      String category, boolean selected, String reason) {
    Decision d = decide(new Candidate(consent, willing, recommends, readiness, experience, category));
    assertThat(d.selected()).as(title).isEqualTo(selected);
    assertThat(d.reason()).as(title).contains(reason);
  }

  @Test
  void theFirstRejectionWinsOverTheGroundsForSelection() {
    Decision d = decide(new Candidate(true, "no", false, 3, 30, "высшая"));
    assertThat(d.selected()).isFalse();
    assertThat(d.reason()).isEqualTo("В анкете кандидат отказался от наставничества в этом учебном году");
  }

  @Test
  void readinessIsTheSumOfTheInterviewScales() {
    QuestionnaireTemplate interview = new QuestionnaireTemplate(QuestionnaireCatalogue.mentorInterview());
    assertThat(MentorSelectionCriteria.readinessScore(java.util.Map.of("interest", 2, "empathy", 1, "feedback", 2,
        "resilience", 0, "time", 2, "cooperation", 1, "recommendation", java.util.List.of("recommend")), interview))
        .isEqualTo(8);
  }
}
