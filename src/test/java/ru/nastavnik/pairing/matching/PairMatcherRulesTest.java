package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.matching.CompatibilityResult.Verdict;
import ru.nastavnik.pairing.matching.MatchingMessage.Kind;
import ru.nastavnik.pairing.matching.UnpairedMentee.Cause;

/** Hard rules, Russian reasons and messages, locked and excluded pairs, re-runs. */
class PairMatcherRulesTest {

  private final PairMatcher matcher = new PairMatcher(MatchingRules.defaults());

  static MenteeInput mentee(long id, String name, MenteeCategory category, String... subjects) {
    return new MenteeInput(id, name, "S1", Set.of(subjects), category, 1, Set.of(), null, null);
  }

  static MentorInput mentor(long id, String name, InteractionForm... forms) {
    return new MentorInput(id, name, "S1", Set.of("Математика"), 20,
        forms.length == 0 ? EnumSet.of(InteractionForm.F1) : EnumSet.copyOf(List.of(forms)),
        Set.of(), 1, true, null, Set.of());
  }

  private MatchingResult one(MenteeInput e, MentorInput r) {
    return matcher.match(MatchingProblem.of(List.of(e), List.of(r)));
  }

  private static MenteeInput young(long id) {
    return mentee(id, "Петрова", MenteeCategory.YOUNG_SPECIALIST, "Математика");
  }

  // ------------------------------------------------------------------ hard rules

  @Test
  void allowedPairIsProposedWithItsForm() {
    MatchingResult r = one(young(100), mentor(1, "Иванова"));
    assertThat(r.pairs()).hasSize(1);
    assertThat(r.pairs().get(0).form()).isEqualTo(InteractionForm.F1);
    assertThat(r.unpaired()).isEmpty();
    assertThat(r.messages()).isEmpty();
  }

  @Test
  void mentorNotSelectedTrainedAndConsentingIsNeverProposed() {
    MatchingResult r = one(young(100), mentor(1, "Иванова").withEligible(false));
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unpaired().get(0).cause()).isEqualTo(Cause.NO_ALLOWED_MENTOR);
    assertThat(r.unpaired().get(0).explanation()).contains(HardRule.MENTOR_NOT_ELIGIBLE.text());
    assertThat(r.hasMessage(Kind.NO_ELIGIBLE_MENTORS)).isTrue();
  }

  @Test
  void mentorFromAnotherSchoolOnlyUnderNetworkMentoring() {
    MenteeInput e = new MenteeInput(100, "Петрова", "S2", Set.of("Математика"),
        MenteeCategory.YOUNG_SPECIALIST, 1, Set.of(), null, null);
    MatchingResult r = one(e, mentor(1, "Иванова"));
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unpaired().get(0).explanation()).contains("другой школе");
    MatchingResult net = new PairMatcher(MatchingRules.defaults().withNetworkMentoring(true))
        .match(MatchingProblem.of(List.of(e), List.of(mentor(1, "Иванова"))));
    assertThat(net.pairs()).hasSize(1);
    assertThat(net.pairs().get(0).reasons()).extracting(Reason::toString)
        .contains("Та же школа: наставник из другой школы (сетевое наставничество) (0)");
  }

  @Test
  void lineManagerIsNeverTheMentorWhicheverSideRecordsIt() {
    MenteeInput e = new MenteeInput(100, "Петрова", "S1", Set.of("Математика"),
        MenteeCategory.YOUNG_SPECIALIST, 1, Set.of(), null, 1L);
    assertThat(one(e, mentor(1, "Иванова")).pairs()).isEmpty();
    MentorInput boss = new MentorInput(1, "Иванова", "S1", Set.of("Математика"), 20,
        EnumSet.of(InteractionForm.F1), Set.of(), 1, true, null, Set.of(100L));
    MatchingResult r = one(young(100), boss);
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unpaired().get(0).explanation()).contains(HardRule.MENTOR_IS_LINE_MANAGER.text());
    MentorInput subordinate = new MentorInput(1, "Иванова", "S1", Set.of("Математика"), 20,
        EnumSet.of(InteractionForm.F1), Set.of(), 1, true, 100L, Set.of());
    assertThat(one(young(100), subordinate).pairs()).isEmpty();
  }

  @Test
  void nobodyMentorsThemselves() {
    MatchingResult r = one(young(7), mentor(7, "Петрова"));
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unpaired().get(0).explanation()).contains(HardRule.SAME_PERSON.text());
  }

  @Test
  void psychologistIncompatibleExcludesDoubtfulLowersCompatibleRaises() {
    MatchingProblem base = MatchingProblem.of(List.of(young(100)), List.of(mentor(1, "Иванова")));
    int plain = matcher.match(base).pairs().get(0).score();
    MatchingResult incompatible = matcher.match(base.withCompatibility(
        List.of(new CompatibilityResult(100, 1, Verdict.INCOMPATIBLE))));
    assertThat(incompatible.pairs()).isEmpty();
    assertThat(incompatible.unpaired().get(0).explanation())
        .contains(HardRule.PSYCHOLOGIST_INCOMPATIBLE.text());
    int doubtful = matcher.match(base.withCompatibility(
        List.of(new CompatibilityResult(100, 1, Verdict.DOUBTFUL)))).pairs().get(0).score();
    int compatible = matcher.match(base.withCompatibility(
        List.of(new CompatibilityResult(100, 1, Verdict.COMPATIBLE)))).pairs().get(0).score();
    MatchingRules.Weights w = MatchingRules.Weights.defaults();
    assertThat(doubtful).isEqualTo(plain + w.psychologistDoubtful());
    assertThat(compatible).isEqualTo(plain + w.psychologistCompatible());
  }

  @Test
  void mentorWithoutAnAllowedFormIsExcluded() {
    MenteeInput burnout = mentee(100, "Петрова", MenteeCategory.BURNOUT, "Математика");
    MatchingResult r = one(burnout, mentor(1, "Иванова", InteractionForm.F1, InteractionForm.F4));
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unpaired().get(0).explanation())
        .contains(HardRule.NO_ALLOWED_FORM.text()).contains("допустимы формы F3");
    assertThat(one(burnout, mentor(1, "Иванова", InteractionForm.F3)).pairs()).hasSize(1);
  }

  @Test
  void subjectFormNeedsACommonSubject() {
    MentorInput subjectOnly = mentor(1, "Иванова", InteractionForm.F5);
    assertThat(one(mentee(100, "Петрова", MenteeCategory.YOUNG_SPECIALIST, "Химия"), subjectOnly)
        .pairs()).isEmpty();
    MatchingResult same = one(young(100), subjectOnly);
    assertThat(same.pairs().get(0).form()).isEqualTo(InteractionForm.F5);
  }

  @Test
  void curatorsExcludedPairIsNotProposedAgain() {
    MatchingProblem p = MatchingProblem.of(List.of(young(100)),
        List.of(mentor(1, "Иванова"), mentor(2, "Сидорова"))).withExcluded(List.of(new PairKey(100, 1)));
    MatchingResult r = matcher.match(p);
    assertThat(r.pairs()).extracting(ProposedPair::mentorId).containsExactly(2L);
  }

  @Test
  void capacityMakesAGroupAndIsNeverExceeded() {
    MentorInput two = mentor(1, "Иванова").withCapacity(2);
    MatchingResult r = matcher.match(MatchingProblem.of(
        List.of(young(100), young(101), young(102)), List.of(two)));
    assertThat(r.pairs()).hasSize(2).allMatch(p -> p.mentorId() == 1);
    assertThat(r.unpaired()).singleElement()
        .satisfies(u -> assertThat(u.cause()).isEqualTo(Cause.ALL_SUITABLE_MENTORS_BUSY));
  }

  // ------------------------------------------------------------------ reasons

  @Test
  void reasonsAreRussianAndAddUpToTheScore() {
    MenteeInput e = new MenteeInput(100, "Петрова", "S1", Set.of("Математика", "Физика"),
        MenteeCategory.YOUNG_SPECIALIST, 1, Set.of("Классное руководство", "Цифровые инструменты"),
        1L, null);
    MentorInput r = new MentorInput(1, "Иванова", "S1", Set.of("математика"), 21,
        EnumSet.of(InteractionForm.F2), Set.of("классное руководство"), 1, true, null, Set.of());
    MatchingResult res = matcher.match(MatchingProblem.of(List.of(e), List.of(r))
        .withCompatibility(List.of(new CompatibilityResult(100, 1, Verdict.COMPATIBLE))));
    ProposedPair p = res.pairs().get(0);
    assertThat(p.reasons()).extracting(Reason::toString).containsExactly(
        "Совпадение предмета: математика (+30)",
        "Форма взаимодействия: F2 «Опытный классный руководитель – молодой специалист» подходит "
            + "категории «Молодой специалист (стаж от 0 до 3 лет)» (вариант 2 из 3) (+15)",
        "Запросы наставляемого: наставник готов помочь: Классное руководство (+10)",
        "Разница в стаже: наставник опытнее на 20 лет (стаж наставника 21 год, наставляемого 1 год) (+15)",
        "Заключение психолога: пара совместима (+20)",
        "Пожелание наставляемого: наставляемый сам выбрал этого наставника (+25)");
    assertThat(p.score()).isEqualTo(115)
        .isEqualTo(p.reasons().stream().mapToInt(Reason::points).sum());
    assertThat(res.summary().totalScore()).isEqualTo(115);
  }

  @Test
  void reasonsAddUpOnRandomBases() {
    MatchingProblem p = Instances.generate(new Instances.Spec(120, 60, 3, 3, 0.9, 0.3, 0.1, 0.8, 77));
    for (boolean network : new boolean[] {false, true}) {
      MatchingResult r = new PairMatcher(MatchingRules.defaults().withNetworkMentoring(network)).match(p);
      assertThat(r.pairs()).isNotEmpty().allSatisfy(pair -> {
        assertThat(pair.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(pair.score());
        assertThat(pair.reasons()).allSatisfy(x -> assertThat(x.criterion()).matches("[А-Яа-яЁё ]+"));
        assertThat(pair.form()).isNotNull();
      });
    }
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void noMentorsIsAMessageNotAnError() {
    MatchingResult r = matcher.match(MatchingProblem.of(List.of(young(100)), List.of()));
    assertThat(r.pairs()).isEmpty();
    assertThat(r.hasMessage(Kind.NO_MENTORS)).isTrue();
    assertThat(r.messages().get(0).text()).startsWith("Нет наставников");
    assertThat(r.unpaired()).singleElement()
        .satisfies(u -> assertThat(u.cause()).isEqualTo(Cause.NO_ALLOWED_MENTOR));
  }

  @Test
  void noMenteesIsAMessageNotAnError() {
    MatchingResult r = matcher.match(MatchingProblem.of(List.of(), List.of(mentor(1, "Иванова"))));
    assertThat(r.pairs()).isEmpty();
    assertThat(r.hasMessage(Kind.NO_MENTEES)).isTrue();
    assertThat(r.messages().get(0).text()).startsWith("Нет наставляемых");
  }

  @Test
  void allMentorsAtCapacityIsAMessage() {
    MatchingProblem p = MatchingProblem.of(List.of(young(100), young(101)),
        List.of(mentor(1, "Иванова"))).withLocked(List.of(new PairKey(100, 1)));
    MatchingResult r = matcher.match(p);
    assertThat(r.hasMessage(Kind.ALL_MENTORS_AT_CAPACITY)).isTrue();
    assertThat(r.messages()).extracting(MatchingMessage::text)
        .anyMatch(t -> t.startsWith("Все наставники уже заняты"));
    assertThat(r.unpaired()).singleElement().satisfies(u -> {
      assertThat(u.menteeId()).isEqualTo(101);
      assertThat(u.cause()).isEqualTo(Cause.ALL_SUITABLE_MENTORS_BUSY);
    });
  }

  @Test
  void menteeWithNoAllowedMentorIsNamedInAMessage() {
    MatchingProblem p = MatchingProblem.of(
        List.of(young(100), mentee(101, "Сидоров", MenteeCategory.DIGITAL, "Химия")),
        List.of(mentor(1, "Иванова")));
    MatchingResult r = matcher.match(p);
    assertThat(r.pairs()).hasSize(1);
    assertThat(r.messages()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(Kind.MENTEE_WITHOUT_ALLOWED_MENTOR);
      assertThat(m.menteeId()).isEqualTo(101L);
      assertThat(m.text()).startsWith("Для наставляемого Сидоров нет ни одного допустимого наставника")
          .contains("допустимы формы F4");
    });
  }

  @Test
  void lockedPairBreakingAHardRuleIsExplainedAndReleased() {
    MenteeInput e = new MenteeInput(100, "Петрова", "S1", Set.of("Математика"),
        MenteeCategory.YOUNG_SPECIALIST, 1, Set.of(), null, 1L);
    MatchingProblem p = MatchingProblem.of(List.of(e),
        List.of(mentor(1, "Иванова"), mentor(2, "Сидорова"))).withLocked(List.of(new PairKey(100, 1)));
    MatchingResult r = matcher.match(p);
    assertThat(r.messages()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(Kind.LOCKED_PAIR_REJECTED);
      assertThat(m.text()).startsWith("Закреплённая пара Петрова — Иванова нарушает правило: "
          + "наставник является непосредственным руководителем наставляемого");
    });
    assertThat(r.pairs()).singleElement().satisfies(x -> {
      assertThat(x.mentorId()).isEqualTo(2);
      assertThat(x.locked()).isFalse();
    });
  }

  @Test
  void malformedInputIsRefusedWithARussianMessage() {
    assertThatThrownBy(() -> matcher.match(MatchingProblem.of(List.of(young(100), young(100)),
        List.of(mentor(1, "Иванова"))))).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("дважды");
    assertThatThrownBy(() -> matcher.match(MatchingProblem.of(List.of(young(100)),
        List.of(mentor(1, "Иванова"), mentor(1, "Иванова"))))).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("дважды");
    assertThatThrownBy(() -> matcher.match(MatchingProblem.of(List.of(young(100)),
        List.of(mentor(1, "Иванова").withCapacity(0))))).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Вместимость наставника Иванова должна быть не меньше 1");
    assertThatThrownBy(() -> matcher.match(MatchingProblem.of(List.of(young(100)),
        List.of(mentor(1, "Иванова"))).withLocked(List.of(new PairKey(100, 9)))))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("нет в базе наставников");
  }

  // ------------------------------------------------------------------ locked re-run

  @Test
  void reRunKeepsLockedPairsAndProposesOnlyForTheUnpaired() {
    MatchingProblem p = Instances.generate(new Instances.Spec(60, 20, 2, 2, 1.0, 0.1, 0.0, 0.2, 5));
    MatchingResult first = matcher.match(p);
    assertThat(first.unpaired()).isNotEmpty();
    List<PairKey> locked = first.pairs().stream().map(ProposedPair::key).toList();
    // a new mentor enters the base: every school gets one who leads every form
    List<MentorInput> mentors = new ArrayList<>(p.mentors());
    mentors.add(new MentorInput(900, "Новый наставник", "S0", Set.of(Instances.SUBJECTS),
        30, EnumSet.allOf(InteractionForm.class), Set.of(), 3, true, null, Set.of()));
    MatchingProblem again = p.withMentors(mentors).withLocked(locked);
    MatchingResult second = matcher.match(again);
    for (PairKey k : locked) {
      assertThat(second.pairs()).anySatisfy(x -> {
        assertThat(x.key()).isEqualTo(k);
        assertThat(x.locked()).isTrue();
      });
    }
    List<ProposedPair> proposed = second.pairs().stream().filter(x -> !x.locked()).toList();
    assertThat(proposed).isNotEmpty().allSatisfy(x -> assertThat(x.mentorId()).isEqualTo(900));
    List<Long> unpairedBefore = first.unpaired().stream().map(UnpairedMentee::menteeId).toList();
    assertThat(proposed).allSatisfy(x -> assertThat(unpairedBefore).contains(x.menteeId()));
    assertThat(second.summary().pairedCount()).isEqualTo(locked.size() + proposed.size());
    assertThat(second.summary().certified()).isTrue();
  }

  // ------------------------------------------------------------------ configuration

  @Test
  void springConfigurationProvidesTheMatchersWithConfiguredRules() {
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withUserConfiguration(MatchingConfiguration.class)
        .run(ctx -> assertThat(ctx.getBean(MatchingRules.class)).isEqualTo(MatchingRules.defaults()));
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withUserConfiguration(MatchingConfiguration.class)
        .withPropertyValues("nastavnik.matching.network-mentoring=true",
            "nastavnik.matching.weights.preferred-mentor=40")
        .run(ctx -> {
          PairMatcher m = ctx.getBean(PairMatcher.class);
          assertThat(m.rules().networkMentoring()).isTrue();
          assertThat(m.rules().weights().preferredMentor()).isEqualTo(40);
          assertThat(ctx.getBean(GreedyMatcher.class)).isNotNull();
        });
  }

  @Test
  void defaultsReproduceSeed002() {
    MatchingRules d = MatchingRules.defaults();
    assertThat(d.formsFor(MenteeCategory.YOUNG_SPECIALIST))
        .containsExactly(InteractionForm.F1, InteractionForm.F2, InteractionForm.F5);
    assertThat(d.formsFor(MenteeCategory.ADAPTATION)).containsExactly(InteractionForm.F3, InteractionForm.F1);
    assertThat(d.formsFor(MenteeCategory.BURNOUT)).containsExactly(InteractionForm.F3);
    assertThat(d.formsFor(MenteeCategory.DIGITAL)).containsExactly(InteractionForm.F4);
    assertThat(d.networkMentoring()).isFalse();
  }

  @Test
  void rulesBindFromConfigurationProperties() {
    var source = new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
        Map.of("nastavnik.matching.network-mentoring", "true",
            "nastavnik.matching.weights.subject-match", "40",
            "nastavnik.matching.category-forms.BURNOUT", "F3,F1",
            "nastavnik.matching.subject-forms", "F5"));
    MatchingProperties props = new org.springframework.boot.context.properties.bind.Binder(source)
        .bind("nastavnik.matching", MatchingProperties.class).get();
    MatchingRules rules = props.toRules();
    assertThat(rules.networkMentoring()).isTrue();
    assertThat(rules.weights().subjectMatch()).isEqualTo(40);
    assertThat(rules.weights().formFit()).isEqualTo(MatchingRules.Weights.defaults().formFit());
    assertThat(rules.formsFor(MenteeCategory.BURNOUT)).containsExactly(InteractionForm.F3, InteractionForm.F1);
    assertThat(rules.formsFor(MenteeCategory.DIGITAL)).containsExactly(InteractionForm.F4);
    assertThatThrownBy(() -> MatchingRules.defaults().withWeights(new MatchingRules.Weights(
        5000, 20, 5, 10, 30, 15, 5, -10, 20, -15, 25, 10))).isInstanceOf(UserFacingException.class);
  }
}
