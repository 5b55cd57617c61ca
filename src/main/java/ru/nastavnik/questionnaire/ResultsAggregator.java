package ru.nastavnik.questionnaire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.questionnaire.CollectionResults.OptionCount;
import ru.nastavnik.questionnaire.CollectionResults.QuestionResult;

/** Turns the tallied answers of a collection into {@link CollectionResults}; no database, so plainly testable. */
public final class ResultsAggregator {

  /** How many answers gave this option (or scale value) to this question. */
  public record Tally(String questionCode, String value, long count) {}

  private ResultsAggregator() {}

  /**
   * @param tallies counts per question and option value (scale values as their number)
   * @param answeredPerQuestion respondents who answered each question (by code)
   */
  public static CollectionResults aggregate(Long collectionId, QuestionnaireTemplate template, int respondents,
      int answered, List<Long> nonRespondentIds, List<Tally> tallies, Map<String, Long> answeredPerQuestion) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (Tally t : tallies) {
      counts.computeIfAbsent(t.questionCode(), k -> new HashMap<>()).merge(t.value(), t.count(), Long::sum);
    }
    List<QuestionResult> questions = new ArrayList<>();
    for (Question q : template.getQuestions()) {
      Map<String, Long> byValue = counts.getOrDefault(q.getCode(), Map.of());
      List<OptionCount> options = new ArrayList<>();
      for (QuestionOption o : q.getOptions()) {
        options.add(new OptionCount(o.getValue(), o.getLabel(), byValue.getOrDefault(o.getValue(), 0L)));
      }
      Double average = null;
      if (q.getKind() == QuestionKind.SCALE) {
        long n = 0;
        long sum = 0;
        for (OptionCount o : options) {
          n += o.count();
          sum += o.count() * Long.parseLong(o.value());
        }
        average = n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).doubleValue();
      }
      int answeredQuestion = answeredPerQuestion.getOrDefault(q.getCode(), 0L).intValue();
      questions.add(new QuestionResult(q.getCode(), q.getText(), q.getKind(), answeredQuestion,
          q.getKind() == QuestionKind.TEXT ? List.of() : List.copyOf(options), average));
    }
    return new CollectionResults(collectionId, template.getCode(), template.getVersion(), template.getTitle(),
        respondents, answered, List.copyOf(nonRespondentIds), List.copyOf(questions));
  }
}
