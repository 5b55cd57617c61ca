package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.pairing.InteractionForm;

/**
 * What the matching optimises and what it forbids. Staff change it through the
 * {@code nastavnik.matching.*} settings ({@link MatchingProperties}); {@link #defaults()}
 * reproduces seed 002.
 *
 * @param weights points per criterion
 * @param categoryForms for each mentee category the interaction forms allowed, in order of
 *     preference (the first form the mentor can lead is the pair's form)
 * @param subjectForms forms that only make sense when mentor and mentee share a subject
 *     (F5 «Опытный предметник – неопытный предметник»)
 * @param networkMentoring whether a mentor may come from another school (сетевое наставничество)
 */
public record MatchingRules(
    Weights weights,
    Map<MenteeCategory, List<InteractionForm>> categoryForms,
    Set<InteractionForm> subjectForms,
    boolean networkMentoring) {

  /** Largest absolute value of a single weight: keeps every sum far from overflow. */
  public static final int MAX_WEIGHT = 1000;

  /**
   * Points per criterion.
   *
   * @param subjectMatch a common subject
   * @param formFit the mentee's first-choice form; each next choice gets {@code formRankStep} less
   * @param formRankStep points lost per rank of the chosen form in the category's list
   * @param requestMatch per mentee request the mentor's questionnaire offers
   * @param requestMatchMax cap for all matched requests
   * @param experienceFull a mentor at least {@code experienceFullGapYears} more experienced
   * @param experienceFullGapYears the gap giving full points; smaller positive gaps get a share
   * @param experienceNotSenior a mentor not more experienced than the mentee (usually negative)
   * @param psychologistCompatible the psychologist found the pair compatible
   * @param psychologistDoubtful the psychologist has doubts (usually negative)
   * @param preferredMentor the mentee asked for this mentor
   * @param sameSchool same school, counted only when network mentoring is allowed
   */
  public record Weights(
      int subjectMatch,
      int formFit,
      int formRankStep,
      int requestMatch,
      int requestMatchMax,
      int experienceFull,
      int experienceFullGapYears,
      int experienceNotSenior,
      int psychologistCompatible,
      int psychologistDoubtful,
      int preferredMentor,
      int sameSchool) {

    public static Weights defaults() {
      return new Weights(30, 20, 5, 10, 30, 15, 5, -10, 20, -15, 25, 10);
    }

    void validate() {
      int[] all = {subjectMatch, formFit, formRankStep, requestMatch, requestMatchMax,
          experienceFull, experienceNotSenior, psychologistCompatible, psychologistDoubtful,
          preferredMentor, sameSchool};
      for (int w : all) {
        if (Math.abs(w) > MAX_WEIGHT) {
          throw new UserFacingException("Вес критерия подбора пар должен быть в пределах от -"
              + MAX_WEIGHT + " до " + MAX_WEIGHT + ", указано: " + w);
        }
      }
      if (experienceFullGapYears < 1 || experienceFullGapYears > 50) {
        throw new UserFacingException(
            "Разница в стаже для полного балла должна быть от 1 до 50 лет, указано: "
                + experienceFullGapYears);
      }
      if (requestMatchMax < 0 || formRankStep < 0) {
        throw new UserFacingException(
            "Предел баллов за запросы и шаг снижения балла формы не могут быть отрицательными");
      }
    }
  }

  public MatchingRules {
    if (weights == null) {
      weights = Weights.defaults();
    }
    weights.validate();
    EnumMap<MenteeCategory, List<InteractionForm>> forms = new EnumMap<>(MenteeCategory.class);
    Map<MenteeCategory, List<InteractionForm>> given =
        categoryForms == null ? defaultCategoryForms() : categoryForms;
    for (MenteeCategory c : MenteeCategory.values()) {
      List<InteractionForm> list = given.get(c);
      // keep the order, drop repeats
      forms.put(c, list == null ? List.of() : List.copyOf(new LinkedHashSet<>(list)));
    }
    categoryForms = Collections.unmodifiableMap(forms);
    subjectForms = subjectForms == null || subjectForms.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(InteractionForm.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(subjectForms));
  }

  /** Seed 002: F1/F2/F5 for young specialists, F3 (then F1) for adaptation, F3 for burnout, F4 for digital. */
  public static Map<MenteeCategory, List<InteractionForm>> defaultCategoryForms() {
    EnumMap<MenteeCategory, List<InteractionForm>> m = new EnumMap<>(MenteeCategory.class);
    m.put(MenteeCategory.YOUNG_SPECIALIST,
        List.of(InteractionForm.F1, InteractionForm.F2, InteractionForm.F5));
    m.put(MenteeCategory.ADAPTATION, List.of(InteractionForm.F3, InteractionForm.F1));
    m.put(MenteeCategory.BURNOUT, List.of(InteractionForm.F3));
    m.put(MenteeCategory.DIGITAL, List.of(InteractionForm.F4));
    return m;
  }

  public static MatchingRules defaults() {
    return new MatchingRules(Weights.defaults(), defaultCategoryForms(),
        EnumSet.of(InteractionForm.F5), false);
  }

  public MatchingRules withNetworkMentoring(boolean allowed) {
    return new MatchingRules(weights, categoryForms, subjectForms, allowed);
  }

  public MatchingRules withWeights(Weights newWeights) {
    return new MatchingRules(newWeights, categoryForms, subjectForms, networkMentoring);
  }

  public MatchingRules withCategoryForms(Map<MenteeCategory, List<InteractionForm>> forms) {
    return new MatchingRules(weights, forms, subjectForms, networkMentoring);
  }

  /** Allowed forms of a category, in order of preference. */
  public List<InteractionForm> formsFor(MenteeCategory category) {
    return categoryForms.getOrDefault(category, List.of());
  }

  /** Human-readable list of the allowed forms of a category, e.g. «F1, F2, F5». */
  String formCodes(MenteeCategory category) {
    List<String> codes = new ArrayList<>();
    for (InteractionForm f : formsFor(category)) {
      codes.add(f.name());
    }
    return codes.isEmpty() ? "ни одной" : String.join(", ", codes);
  }
}
