package ru.nastavnik.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the demo's respondents submit in their questionnaire forms (the forms' {@code ui…} fields). */
public final class DemoAnswers {

  private DemoAnswers() {}

  /** A candidate willing to mentor, with the areas and formats they offer. */
  public static Map<String, Object> mentorQuestionnaire() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("uiWilling", "yes");
    answers.put("uiOfferAreas", List.of("lesson", "methods"));
    answers.put("uiFormats", List.of("visitMentor", "consult"));
    answers.put("uiHoursPerMonth", "3to4");
    answers.put("uiMenteeCount", "2");
    answers.put("uiMentoredBefore", "yes");
    return answers;
  }

  /** A mentee's diagnostics: the deficits they name, their fatigue (1–5) and their request in their words. */
  public static Map<String, Object> diagnostics(List<String> deficits, int fatigue, String request) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("uiDeficitAreas", deficits);
    answers.put("uiConfidenceLesson", "2");
    answers.put("uiConfidenceClass", "3");
    answers.put("uiConfidenceParents", "3");
    answers.put("uiConfidenceDigital", "4");
    answers.put("uiFatigue", String.valueOf(fatigue));
    answers.put("uiSupportFormats", List.of("visitMine", "consult"));
    answers.put("uiMeetingFrequency", "weekly");
    answers.put("uiRequest", request);
    return answers;
  }
}
