package ru.nastavnik.questionnaire;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.bases.MenteeCategory;

/**
 * The stage II analytic note (аналитическая справка) on professional deficits, as data for the
 * documents module and as text: how many answered, how many named each deficit, and per category
 * of the mentee base how many teachers and which deficits they named.
 */
public record AnalyticNote(Long programId, Long collectionId, String schoolCode, String questionnaireTitle,
    LocalDate openedOn, LocalDate closedOn, int respondents, int answered, int responseRatePercent,
    List<String> nonRespondents, List<DeficitCount> deficits, List<CategoryCount> categories,
    List<ScaleAverage> selfAssessment, String text) {

  /** One line for the program's record: response and the most named deficits. */
  public String summary() {
    String top = deficits.stream().filter(d -> d.teachers() > 0).limit(5)
        .map(d -> d.title() + " — " + d.teachers()).collect(java.util.stream.Collectors.joining("; "));
    return "Диагностика профессиональных дефицитов: ответили " + answered + " из " + respondents
        + (top.isEmpty() ? "; затруднений не отмечено." : "; дефициты: " + top + ".");
  }

  /** How many answering teachers named a deficit area, and their share of those who answered. */
  public record DeficitCount(String code, String title, long teachers, int percent) {}

  /**
   * A category of the mentee base: how many answering teachers fall into it, their share of all who
   * answered, and the deficits they named (each with its share of all who answered too).
   */
  public record CategoryCount(MenteeCategory category, String title, long teachers, int percent,
      List<DeficitCount> deficits) {}

  /** The average of a self-assessment scale. */
  public record ScaleAverage(String code, String question, Double average, int max) {}
}
