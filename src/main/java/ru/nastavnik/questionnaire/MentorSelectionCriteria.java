package ru.nastavnik.questionnaire;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;

/**
 * Applies the editable DMN table {@code processes/mentor-selection-criteria.dmn} to one candidate:
 * selected or rejected, with the Russian reason of the rule that decided. A school's own version of
 * the table (deployed with its tenant id) is used when it has one.
 */
@Component
public class MentorSelectionCriteria {

  public static final String DECISION_KEY = "mentor-selection-criteria";

  /** What the table reads. {@code willingToMentor} is "yes", "maybe", "no" or "" (questionnaire not answered). */
  public record Candidate(boolean consentGiven, String willingToMentor, boolean interviewerRecommends,
      int readinessScore, int experienceYears, String qualificationCategory) {

    Map<String, Object> variables() {
      return Variables.createVariables().putValue("consentGiven", consentGiven)
          .putValue("willingToMentor", willingToMentor == null ? "" : willingToMentor)
          .putValue("interviewerRecommends", interviewerRecommends).putValue("readinessScore", readinessScore)
          .putValue("experienceYears", experienceYears)
          .putValue("qualificationCategory", qualificationCategory == null ? "" : qualificationCategory.trim().toLowerCase());
    }
  }

  public record Decision(boolean selected, String reason) {}

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final IdentityService identity;

  public MentorSelectionCriteria(DecisionService decisions, RepositoryService repository, IdentityService identity) {
    this.decisions = decisions;
    this.repository = repository;
    this.identity = identity;
  }

  public Decision decide(String schoolCode, Candidate candidate) {
    DmnDecisionResult[] result = new DmnDecisionResult[1];
    EngineContext.asSystem(identity, () -> {
      var builder = decisions.evaluateDecisionByKey(DECISION_KEY).variables(candidate.variables());
      boolean own = schoolCode != null && repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
          .tenantIdIn(schoolCode).count() > 0;
      result[0] = (own ? builder.decisionDefinitionTenantId(schoolCode) : builder.decisionDefinitionWithoutTenantId())
          .evaluate();
    });
    return of(result[0]);
  }

  static Decision of(DmnDecisionResult result) {
    if (result.isEmpty()) {
      throw new IllegalStateException("Таблица критериев отбора не дала решения: проверьте последнее правило");
    }
    Map<String, Object> row = result.getFirstResult().getEntryMap();
    return new Decision(Boolean.TRUE.equals(row.get("selected")), (String) row.get("reason"));
  }

  /** Readiness: the sum of the interview's 0–2 scales (0–12 with the six seeded questions). */
  public static int readinessScore(Map<String, Object> interviewAnswers, QuestionnaireTemplate interview) {
    int sum = 0;
    for (Question q : interview.getQuestions()) {
      if (q.getKind() == QuestionKind.SCALE && interviewAnswers.get(q.getCode()) instanceof Number n) {
        sum += n.intValue();
      }
    }
    return sum;
  }
}
