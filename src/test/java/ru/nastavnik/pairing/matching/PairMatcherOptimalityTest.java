package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact matcher against brute force on many small random bases (fixed seeds). */
class PairMatcherOptimalityTest {

  /** Best (pairs, score) found by trying every assignment, capacities respected. */
  static long[] bruteForce(MatchingProblem problem, MatchingRules rules) {
    MatchingInstance inst = new MatchingInstance(problem, rules);
    int n = inst.n;
    int m = inst.m;
    int[][] allowedCols = new int[n][];
    int[][] allowedScores = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> cs = new ArrayList<>();
      List<Integer> ss = new ArrayList<>();
      if (inst.lockedCol[i] < 0) {
        for (int j = 0; j < m; j++) {
          if (inst.violation(i, j, false) == null) {
            cs.add(j);
            ss.add(inst.score(i, j));
          }
        }
      }
      allowedCols[i] = cs.stream().mapToInt(Integer::intValue).toArray();
      allowedScores[i] = ss.stream().mapToInt(Integer::intValue).toArray();
    }
    long lockedScore = 0;
    int lockedCount = 0;
    for (int i = 0; i < n; i++) {
      if (inst.lockedCol[i] >= 0) {
        lockedScore += inst.score(i, inst.lockedCol[i]);
        lockedCount++;
      }
    }
    long[] best = {-1, Long.MIN_VALUE};
    search(0, 0, 0, allowedCols, allowedScores, inst.remaining.clone(), best);
    return new long[] {best[0] + lockedCount, best[1] + lockedScore};
  }

  private static void search(int i, int count, long score, int[][] cols, int[][] scores,
      int[] room, long[] best) {
    if (i == cols.length) {
      if (count > best[0] || (count == best[0] && score > best[1])) {
        best[0] = count;
        best[1] = score;
      }
      return;
    }
    search(i + 1, count, score, cols, scores, room, best);
    for (int t = 0; t < cols[i].length; t++) {
      int j = cols[i][t];
      if (room[j] > 0) {
        room[j]--;
        search(i + 1, count + 1, score + scores[i][t], cols, scores, room, best);
        room[j]++;
      }
    }
  }

  private static MatchingProblem small(Random rnd, long seed) {
    int mentees = 1 + rnd.nextInt(7);
    int mentors = 1 + rnd.nextInt(4);
    int schools = 1 + rnd.nextInt(2);
    return Instances.generate(new Instances.Spec(mentees, mentors, schools, 3, 0.85, 0.3, 0.2,
        0.6, seed));
  }

  @Test
  void solvesSmallRandomBasesOptimally() {
    Random rnd = new Random(20241);
    for (int t = 0; t < 400; t++) {
      MatchingProblem p = small(rnd, 1000 + t);
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(t % 3 == 0);
      MatchingResult r = new PairMatcher(rules).match(p);
      long[] best = bruteForce(p, rules);
      assertThat(new long[] {r.summary().pairedCount(), r.summary().totalScore()})
          .as("instance %d", t).containsExactly(best);
      assertThat(r.summary().certified()).isTrue();
      MatchingResult g = new GreedyMatcher(rules).match(p);
      boolean greedyNotBetter = g.summary().pairedCount() < best[0]
          || (g.summary().pairedCount() == best[0] && g.summary().totalScore() <= best[1]);
      assertThat(greedyNotBetter).isTrue();
    }
  }

  @Test
  void greedyPreviewKeepsTheHardRulesAndCapacities() {
    Random rnd = new Random(777);
    for (int t = 0; t < 120; t++) {
      MatchingProblem p = small(rnd, 5000 + t);
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(t % 2 == 0);
      PairMatcher matcher = new PairMatcher(rules);
      MatchingResult g = new GreedyMatcher(rules).match(p);
      java.util.Map<Long, Integer> load = new java.util.HashMap<>();
      for (ProposedPair pair : g.pairs()) {
        assertThat(matcher.check(p, pair.menteeId(), pair.mentorId())).as("instance %d", t).isNull();
        assertThat(pair.score()).isEqualTo(matcher.explain(p, pair.menteeId(), pair.mentorId()).score());
        load.merge(pair.mentorId(), 1, Integer::sum);
      }
      for (MentorInput m : p.mentors()) {
        assertThat(load.getOrDefault(m.id(), 0)).as("instance %d", t).isLessThanOrEqualTo(m.capacity());
      }
      // every mentee the preview leaves out has no allowed mentor with room left
      for (UnpairedMentee u : g.unpaired()) {
        for (MentorInput m : p.mentors()) {
          if (load.getOrDefault(m.id(), 0) < m.capacity() && m.eligible()) {
            assertThat(matcher.check(p, u.menteeId(), m.id())).as("instance %d", t).isNotNull();
          }
        }
      }
    }
  }

  @Test
  void prunedCandidatesAreRepairedUntilProvedOptimal() {
    Random rnd = new Random(777);
    int rounds = 0;
    for (int t = 0; t < 400; t++) {
      MatchingProblem p = small(rnd, 5000 + t);
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(t % 2 == 0);
      long[] best = bruteForce(p, rules);
      // one solve for pairs and score (started from the mentors' places where they are fewer,
      // or not), and the number of pairs found by a matching first
      for (int way = 0; way < 3; way++) {
        PairMatcher matcher = new PairMatcher(rules);
        matcher.candidatesPerMentee = 1; // keep almost nothing: the pricing must bring pairs back
        matcher.fullGraphLimit = 0;
        matcher.slotStart = way == 0;
        matcher.cardinalityFirst = way == 2;
        MatchingResult r = matcher.match(p);
        assertThat(new long[] {r.summary().pairedCount(), r.summary().totalScore()})
            .as("instance %d, way %d", t, way).containsExactly(best);
        assertThat(r.summary().certified()).isTrue();
        rounds += r.summary().rounds() - 1;
      }
    }
    assertThat(rounds).as("re-solve rounds actually happened").isPositive();
  }

  @Test
  void warmContinuationsProveThemselvesWithoutFallingBack() {
    Random rnd = new Random(4242);
    int warm = 0;
    int fromPlaces = 0;
    for (int t = 0; t < 200; t++) {
      MatchingProblem p = Instances.generate(new Instances.Spec(5 + rnd.nextInt(60),
          3 + rnd.nextInt(30), 1 + rnd.nextInt(4), 3, 0.85, 0.2, 0.1, 0.4, 7000 + t));
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(t % 2 == 0);
      MatchingInstance inst = new MatchingInstance(p, rules);
      int[] rows = ResultAssembler.activeRows(inst);
      ExactSolver pruned = new ExactSolver();
      pruned.k = 1 + rnd.nextInt(3);
      pruned.fullLimit = 0;
      pruned.cardinalityFirst = t % 3 == 0;
      ExactSolver.Outcome a = pruned.solve(inst, rows);
      ExactSolver.Outcome b = new ExactSolver().solve(inst, rows);
      assertThat(a.certified).isTrue();
      assertThat(a.coldFallbacks).as("instance %d", t).isZero();
      assertThat(total(inst, rows, a.col)).isEqualTo(total(inst, rows, b.col));
      warm += a.warmRounds;
      fromPlaces += a.fromPlaces ? 1 : 0;
    }
    assertThat(warm).isPositive();
    assertThat(fromPlaces).as("first solves from the mentors' places").isPositive();
  }

  private static long[] total(MatchingInstance inst, int[] rows, int[] col) {
    long pairs = 0;
    long score = 0;
    for (int x = 0; x < rows.length; x++) {
      if (col[x] >= 0) {
        pairs++;
        score += inst.score(rows[x], col[x]);
      }
    }
    return new long[] {pairs, score};
  }

  @Test
  void lockedAndExcludedPairsKeepOptimalityForTheRest() {
    Random rnd = new Random(99);
    for (int t = 0; t < 150; t++) {
      MatchingProblem p = small(rnd, 9000 + t);
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(true);
      MatchingResult first = new PairMatcher(rules).match(p);
      List<PairKey> locked = new ArrayList<>();
      List<PairKey> excluded = new ArrayList<>();
      for (ProposedPair pair : first.pairs()) {
        if (rnd.nextBoolean()) {
          locked.add(pair.key());
        } else if (rnd.nextBoolean()) {
          excluded.add(pair.key());
        }
      }
      MatchingProblem q = p.withLocked(locked).withExcluded(excluded);
      MatchingResult r = new PairMatcher(rules).match(q);
      long[] best = bruteForce(q, rules);
      assertThat(new long[] {r.summary().pairedCount(), r.summary().totalScore()})
          .as("instance %d", t).containsExactly(best);
      for (PairKey k : excluded) {
        assertThat(r.pairs()).noneMatch(x -> x.key().equals(k));
      }
    }
  }

  @Test
  void prunedSolveEqualsFullSolveOnALargerDenseBase() {
    MatchingProblem p = Instances.generate(new Instances.Spec(600, 300, 20, 3, 0.9, 0.2, 0.05,
        0.2, 42));
    MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(true);
    PairMatcher full = new PairMatcher(rules);
    full.fullGraphLimit = Long.MAX_VALUE;
    PairMatcher pruned = new PairMatcher(rules);
    pruned.fullGraphLimit = 0;
    pruned.candidatesPerMentee = 3;
    MatchingResult a = full.match(p);
    MatchingResult b = pruned.match(p);
    assertThat(b.summary().candidatePairs()).isLessThan(a.summary().candidatePairs());
    assertThat(b.summary().certified()).isTrue();
    assertThat(b.summary().pairedCount()).isEqualTo(a.summary().pairedCount());
    assertThat(b.summary().totalScore()).isEqualTo(a.summary().totalScore());
  }

  @Test
  void fastScoringAgreesWithTheRulesAndTheReasons() {
    Random rnd = new Random(5);
    for (int t = 0; t < 60; t++) {
      MatchingProblem p = Instances.generate(new Instances.Spec(30, 15, 1 + rnd.nextInt(3), 3,
          0.8, 0.3, 0.2, 0.8, 300 + t));
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(t % 2 == 0);
      MatchingInstance inst = new MatchingInstance(p, rules);
      int[] cols = new int[inst.m];
      int[] scores = new int[inst.m];
      for (int i = 0; i < inst.n; i++) {
        int cnt = inst.scanRow(i, cols, scores);
        List<Integer> expected = new ArrayList<>();
        for (int j = 0; j < inst.m; j++) {
          if (inst.violation(i, j, false) == null) {
            expected.add(j);
          }
        }
        List<Integer> got = new ArrayList<>();
        for (int x = 0; x < cnt; x++) {
          got.add(cols[x]);
          assertThat(scores[x]).isEqualTo(inst.score(i, cols[x]));
          assertThat(scores[x]).isBetween(inst.scoreMin, inst.scoreMax);
        }
        assertThat(got).isEqualTo(expected);
        if (inst.network) {
          // the dense scoring against every available mentor gives the same pairs and scores
          int[] code = inst.codeAvailable(i).clone();
          int allowedHere = 0;
          for (int a = 0; a < inst.availableCols.length; a++) {
            int j = inst.availableCols[a];
            int want = inst.violation(i, j, false) == null ? inst.score(i, j) - inst.scoreMin + 1 : 0;
            assertThat(code[a]).as("row %d, mentor column %d", i, j).isEqualTo(want);
            allowedHere += want == 0 ? 0 : 1;
          }
          assertThat(inst.allowedCount()).isEqualTo(allowedHere).isEqualTo(cnt);
        }
      }
    }
  }

  @Test
  void denseScoringAgreesWithTheRulesForMentorsOfAnyExperience() {
    // one mentor with experience years beyond any table: the dense scoring computes the
    // experience points pair by pair and must still agree with the rules
    for (int years : new int[] {0, 60, 5_000}) {
      MatchingProblem base = Instances.generate(new Instances.Spec(40, 20, 3, 3, 0.9, 0.3, 0.2,
          0.8, 700 + years));
      List<MentorInput> mentors = new ArrayList<>(base.mentors());
      MentorInput r = mentors.get(0);
      mentors.set(0, new MentorInput(r.id(), r.name(), r.schoolCode(), r.subjects(), years,
          r.forms(), r.offers(), r.capacity(), true, r.lineManagerId(), r.subordinateIds()));
      MatchingProblem p = new MatchingProblem(base.mentees(), mentors, base.compatibility(),
          List.of(), List.of());
      MatchingInstance inst = new MatchingInstance(p,
          MatchingRules.defaults().withNetworkMentoring(true));
      int checked = 0;
      for (int i = 0; i < inst.n; i++) {
        int[] code = inst.codeAvailable(i).clone();
        int allowedHere = 0;
        for (int a = 0; a < inst.availableCols.length; a++) {
          int j = inst.availableCols[a];
          int want = inst.violation(i, j, false) == null ? inst.score(i, j) - inst.scoreMin + 1 : 0;
          assertThat(code[a]).as("years %d, row %d, mentor column %d", years, i, j).isEqualTo(want);
          allowedHere += want == 0 ? 0 : 1;
          checked += j == inst.colOf(r.id()) && want != 0 ? 1 : 0;
        }
        assertThat(inst.allowedCount()).isEqualTo(allowedHere);
      }
      assertThat(checked).as("pairs allowed with the changed mentor").isPositive();
    }
  }

  @Test
  void shuffledInputGivesTheSameResult() {
    MatchingProblem p = Instances.generate(new Instances.Spec(200, 90, 6, 3, 0.9, 0.2, 0.1,
        0.3, 11));
    MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(true);
    MatchingResult a = new PairMatcher(rules).match(p);
    List<MenteeInput> mentees = new ArrayList<>(p.mentees());
    List<MentorInput> mentors = new ArrayList<>(p.mentors());
    List<CompatibilityResult> psych = new ArrayList<>(p.compatibility());
    Collections.shuffle(mentees, new Random(1));
    Collections.shuffle(mentors, new Random(2));
    Collections.shuffle(psych, new Random(3));
    MatchingResult b = new PairMatcher(rules)
        .match(new MatchingProblem(mentees, mentors, psych, List.of(), List.of()));
    MatchingResult c = new PairMatcher(rules).match(p);
    assertThat(b.pairs()).isEqualTo(a.pairs());
    assertThat(c.pairs()).isEqualTo(a.pairs());
    assertThat(b.unpaired()).isEqualTo(a.unpaired());
    MatchingResult g1 = new GreedyMatcher(rules).match(p);
    MatchingResult g2 = new GreedyMatcher(rules)
        .match(new MatchingProblem(mentees, mentors, psych, List.of(), List.of()));
    assertThat(g2.pairs()).isEqualTo(g1.pairs());
  }
}
