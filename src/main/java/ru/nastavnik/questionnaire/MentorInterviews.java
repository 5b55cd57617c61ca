package ru.nastavnik.questionnaire;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.staff.StaffMember;

/**
 * Stage III: the interviews on psychological readiness ({@value QuestionnaireCatalogue#MENTOR_INTERVIEW})
 * are stored as questionnaire answers about each candidate; after the interviews the selection
 * criteria table decides for every candidate, reading the interview, the candidate's own
 * questionnaire and the staff record, and the mentor base records the result with its reason.
 */
@Service
public class MentorInterviews {

  /** A candidate and what the criteria decided. */
  public record Outcome(Long staffId, boolean selected, String reason) {}

  private final QuestionnaireService questionnaires;
  private final BaseService bases;
  private final MentorSelectionCriteria criteria;

  public MentorInterviews(QuestionnaireService questionnaires, BaseService bases, MentorSelectionCriteria criteria) {
    this.questionnaires = questionnaires;
    this.bases = bases;
    this.criteria = criteria;
  }

  /** Stores the interview about a candidate, checked against the interview questionnaire. */
  @Transactional
  public void record(Long programId, String schoolCode, Long candidateId, Function<String, Object> values, String by) {
    QuestionnaireCollection round = questionnaires.openRoundOf(programId, QuestionnaireCatalogue.MENTOR_INTERVIEW)
        .orElseGet(() -> questionnaires.openRound(schoolCode, programId, QuestionnaireCatalogue.MENTOR_INTERVIEW,
            QuestionnaireService.now().plus(Duration.ofDays(90)), by));
    questionnaires.addSubject(round.getId(), candidateId);
    questionnaires.recordAnswers(round.getId(), candidateId, values, by);
  }

  /**
   * Applies the criteria to every interviewed candidate and closes the round of interviews.
   *
   * @param questionnaireCollectionId the candidates' own questionnaires, or null when none went out
   */
  @Transactional
  public List<Outcome> apply(Long programId, String schoolCode, Long questionnaireCollectionId, String by) {
    List<Outcome> outcomes = new ArrayList<>();
    QuestionnaireCollection round = questionnaires.openRoundOf(programId, QuestionnaireCatalogue.MENTOR_INTERVIEW)
        .orElse(null);
    if (round == null) {
      return outcomes;
    }
    QuestionnaireTemplate interview = round.getTemplate();
    for (MentorProfile m : bases.mentorsWithStatus(programId, MentorProfile.Status.CANDIDATE)) {
      StaffMember s = m.getStaff();
      Map<String, Object> answers = questionnaires.answersOf(round.getId(), s.getId());
      if (answers.isEmpty()) {
        continue;
      }
      String willing = questionnaireCollectionId == null ? ""
          : first(questionnaires.answersOf(questionnaireCollectionId, s.getId()).get(QuestionnaireCatalogue.WILLING));
      boolean consent = "yes".equals(first(answers.get(QuestionnaireCatalogue.CONSENT)));
      MentorSelectionCriteria.Decision d = criteria.decide(schoolCode, new MentorSelectionCriteria.Candidate(consent,
          willing, "recommend".equals(first(answers.get(QuestionnaireCatalogue.RECOMMENDATION))),
          MentorSelectionCriteria.readinessScore(answers, interview), s.getExperienceYears(),
          s.getQualificationCategory()));
      String comment = (String) answers.get(QuestionnaireCatalogue.COMMENT);
      String reason = d.selected() || comment == null ? d.reason()
          : d.reason() + ". Комментарий собеседующего: " + comment;
      String capacity = first(answers.get(QuestionnaireCatalogue.CAPACITY));
      bases.recordInterview(programId, s.getId(), d.selected(), reason,
          capacity.isEmpty() ? 1 : Integer.parseInt(capacity), consent ? LocalDate.now() : null, by);
      outcomes.add(new Outcome(s.getId(), d.selected(), reason));
    }
    questionnaires.close(round.getId());
    questionnaires.aggregate(round.getId());
    return outcomes;
  }

  private static String first(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "" : String.valueOf(list.get(0));
    }
    return value == null ? "" : value.toString();
  }
}
