package ru.nastavnik.pairing.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.pairing.InteractionForm;

/**
 * The {@code nastavnik.matching.*} settings. Anything left out keeps the seed-002 default
 * of {@link MatchingRules#defaults()}. Example:
 *
 * <pre>
 * nastavnik.matching.network-mentoring: true
 * nastavnik.matching.weights.subject-match: 40
 * nastavnik.matching.category-forms.BURNOUT: F3,F1
 * nastavnik.matching.subject-forms: F5
 * </pre>
 */
@ConfigurationProperties(prefix = "nastavnik.matching")
public record MatchingProperties(
    Boolean networkMentoring,
    WeightProperties weights,
    Map<MenteeCategory, List<InteractionForm>> categoryForms,
    Set<InteractionForm> subjectForms) {

  /** Weights; each left out keeps its default. */
  public record WeightProperties(
      Integer subjectMatch,
      Integer formFit,
      Integer formRankStep,
      Integer requestMatch,
      Integer requestMatchMax,
      Integer experienceFull,
      Integer experienceFullGapYears,
      Integer experienceNotSenior,
      Integer psychologistCompatible,
      Integer psychologistDoubtful,
      Integer preferredMentor,
      Integer sameSchool) {}

  /** The rules these settings describe, defaults filling the gaps. */
  public MatchingRules toRules() {
    MatchingRules d = MatchingRules.defaults();
    MatchingRules.Weights w = d.weights();
    WeightProperties p = weights;
    if (p != null) {
      w = new MatchingRules.Weights(
          or(p.subjectMatch(), w.subjectMatch()),
          or(p.formFit(), w.formFit()),
          or(p.formRankStep(), w.formRankStep()),
          or(p.requestMatch(), w.requestMatch()),
          or(p.requestMatchMax(), w.requestMatchMax()),
          or(p.experienceFull(), w.experienceFull()),
          or(p.experienceFullGapYears(), w.experienceFullGapYears()),
          or(p.experienceNotSenior(), w.experienceNotSenior()),
          or(p.psychologistCompatible(), w.psychologistCompatible()),
          or(p.psychologistDoubtful(), w.psychologistDoubtful()),
          or(p.preferredMentor(), w.preferredMentor()),
          or(p.sameSchool(), w.sameSchool()));
    }
    Map<MenteeCategory, List<InteractionForm>> forms =
        new java.util.EnumMap<>(d.categoryForms());
    if (categoryForms != null) {
      forms.putAll(categoryForms);
    }
    Set<InteractionForm> subj = subjectForms == null
        ? d.subjectForms()
        : (subjectForms.isEmpty() ? EnumSet.noneOf(InteractionForm.class) : subjectForms);
    boolean network = networkMentoring == null ? d.networkMentoring() : networkMentoring;
    return new MatchingRules(w, forms, subj, network);
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
