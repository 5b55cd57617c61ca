package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * What a closed collection produced: response counts, per question the counts per option (or scale
 * value) and the average of a scale, and who did not answer (staff ids; names are looked up when shown).
 */
public record CollectionResults(Long collectionId, String templateCode, int templateVersion, String title,
    int respondents, int answered, List<Long> nonRespondentIds, List<QuestionResult> questions) {

  public record QuestionResult(String code, String text, QuestionKind kind, int answered, List<OptionCount> options,
      Double average) {

    public long count(String value) {
      return options.stream().filter(o -> o.value().equals(value)).mapToLong(OptionCount::count).sum();
    }
  }

  public record OptionCount(String value, String label, long count) {}

  public Optional<QuestionResult> question(String code) {
    return questions.stream().filter(q -> q.code().equals(code)).findFirst();
  }

  /** Share of respondents who answered, 0–100 %. */
  public int responseRatePercent() {
    return respondents == 0 ? 0 : (int) Math.round(100.0 * answered / respondents);
  }
}
