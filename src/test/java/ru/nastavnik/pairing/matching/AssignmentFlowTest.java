package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The min-cost assignment itself against brute force on small random graphs (fixed seeds): solved
 * from scratch with every share of single-row searches (0: Hungarian phases only) and continued
 * warm after arcs are added, each result proved by its own dual potentials.
 */
class AssignmentFlowTest {

  /** A random graph in compressed-row form, columns ascending in each row. */
  record G(int rows, int m, int[] rowStart, int[] adjCol, int[] adjCost, int[] cap) {}

  private static G random(Random rnd, int rows, int m, double density, int maxCost) {
    int[] rowStart = new int[rows + 1];
    List<Integer> cols = new ArrayList<>();
    List<Integer> costs = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowStart[r] = cols.size();
      for (int j = 0; j < m; j++) {
        if (rnd.nextDouble() < density) {
          cols.add(j);
          costs.add(rnd.nextInt(maxCost + 1));
        }
      }
    }
    rowStart[rows] = cols.size();
    int[] cap = new int[m];
    for (int j = 0; j < m; j++) {
      cap[j] = 1 + rnd.nextInt(2);
    }
    return new G(rows, m, rowStart, cols.stream().mapToInt(Integer::intValue).toArray(),
        costs.stream().mapToInt(Integer::intValue).toArray(), cap);
  }

  /** g with each arc kept with probability {@code keep} (always a subgraph of g). */
  private static G subgraph(Random rnd, G g, double keep) {
    int[] rowStart = new int[g.rows() + 1];
    List<Integer> cols = new ArrayList<>();
    List<Integer> costs = new ArrayList<>();
    for (int r = 0; r < g.rows(); r++) {
      rowStart[r] = cols.size();
      for (int a = g.rowStart()[r]; a < g.rowStart()[r + 1]; a++) {
        if (rnd.nextDouble() < keep) {
          cols.add(g.adjCol()[a]);
          costs.add(g.adjCost()[a]);
        }
      }
    }
    rowStart[g.rows()] = cols.size();
    return new G(g.rows(), g.m(), rowStart, cols.stream().mapToInt(Integer::intValue).toArray(),
        costs.stream().mapToInt(Integer::intValue).toArray(), g.cap());
  }

  private static int maxCardinality(G g) {
    MaxCardinality hk = new MaxCardinality(g.rows(), g.m(), g.rowStart(), g.adjCol(), g.cap());
    hk.solve();
    return hk.size;
  }

  private static AssignmentFlow flow(G g, int card, int dummyCost) {
    return new AssignmentFlow(g.rows(), g.m(), g.rowStart(), g.adjCol(), g.adjCost(), g.cap(),
        g.rows() - card, dummyCost);
  }

  /** Least cost of an assignment with {@code card} real pairs, the others at dummyCost. */
  private static long bruteForce(G g, int card, int dummyCost) {
    long[] best = {Long.MAX_VALUE};
    search(g, 0, 0, 0, card, dummyCost, g.cap().clone(), best);
    return best[0];
  }

  private static void search(G g, int r, int count, long cost, int card, int dummyCost, int[] room,
      long[] best) {
    if (r == g.rows()) {
      if (count == card) {
        best[0] = Math.min(best[0], cost + (long) (g.rows() - count) * dummyCost);
      }
      return;
    }
    search(g, r + 1, count, cost, card, dummyCost, room, best);
    for (int a = g.rowStart()[r]; a < g.rowStart()[r + 1]; a++) {
      int j = g.adjCol()[a];
      if (room[j] > 0) {
        room[j]--;
        search(g, r + 1, count + 1, cost + g.adjCost()[a], card, dummyCost, room, best);
        room[j]++;
      }
    }
  }

  /**
   * Least cost among the assignments with the most real pairs, the others at {@code unpaired}:
   * the order of the one-solve flow, where the unpaired column takes every row at a cost above
   * any difference of scores.
   */
  private static long bruteForceMostPairs(G g, int unpaired) {
    return bruteForce(g, maxCardinality(g), unpaired);
  }

  /** A flow whose unpaired column takes every row at the cost that puts pairs first. */
  private static AssignmentFlow oneSolveFlow(G g, int maxCost) {
    int cost = (int) ExactSolver.unpairedCost(g.rows(), maxCost + 1);
    return new AssignmentFlow(g.rows(), g.m(), g.rowStart(), g.adjCol(), g.adjCost(), g.cap(),
        g.rows(), cost);
  }

  private static void assertProved(AssignmentFlow f, long expected, String what) {
    assertThat(f.dualConditionsHold()).as(what + ": dual conditions").isTrue();
    assertThat(f.primalCost()).as(what + ": cost").isEqualTo(expected);
    assertThat(f.dualObjective()).as(what + ": dual objective").isEqualTo(expected);
  }

  /** Rows of {@code big} with more arcs than in its subgraph {@code small}. */
  private static boolean[] gainedArcs(G big, G small) {
    boolean[] dirty = new boolean[big.rows()];
    for (int r = 0; r < big.rows(); r++) {
      dirty[r] = big.rowStart()[r + 1] - big.rowStart()[r]
          != small.rowStart()[r + 1] - small.rowStart()[r];
    }
    return dirty;
  }

  /** Solves a fresh flow with no, half and all rows as single-row searches; each must prove itself. */
  private static void assertEveryShareProves(java.util.function.Supplier<AssignmentFlow> fresh,
      long expected, String what) {
    for (double share : new double[] {0.0, 0.5, 1.0}) {
      AssignmentFlow f = fresh.get();
      f.rowShare = share;
      f.solve();
      assertProved(f, expected, what + ", share " + share);
    }
  }

  @Test
  void solvesFromScratchWithEveryShareOfSingleRowSearches() {
    Random rnd = new Random(31);
    for (int t = 0; t < 300; t++) {
      G g = random(rnd, 2 + rnd.nextInt(7), 1 + rnd.nextInt(4), 0.3 + rnd.nextDouble() * 0.6,
          1 + rnd.nextInt(20));
      int card = maxCardinality(g);
      int dummyCost = 30;
      long expected = bruteForce(g, card, dummyCost);
      assertEveryShareProves(() -> flow(g, card, dummyCost), expected, "instance " + t);
    }
  }

  @Test
  void warmContinuationAfterAddedArcsEqualsTheOptimumOfTheLargerGraph() {
    Random rnd = new Random(57);
    int continued = 0;
    for (int t = 0; t < 400; t++) {
      G big = random(rnd, 2 + rnd.nextInt(7), 1 + rnd.nextInt(4), 0.4 + rnd.nextDouble() * 0.5,
          1 + rnd.nextInt(20));
      G small = subgraph(rnd, big, 0.6);
      int card = maxCardinality(big);
      if (maxCardinality(small) != card) {
        continue; // the matcher fixes the number of pairs before it prices the scores
      }
      int dummyCost = 30;
      AssignmentFlow first = flow(small, card, dummyCost);
      first.rowShare = rnd.nextDouble();
      first.solve();
      assertProved(first, bruteForce(small, card, dummyCost), "instance " + t + " (smaller)");
      // rows that gained an arc start again from their best arc; the others keep their pair
      boolean[] dirty = gainedArcs(big, small);
      AssignmentFlow next = flow(big, card, dummyCost);
      next.warmStart(first.assign, first.u, first.p, dirty);
      assertProved(next, bruteForce(big, card, dummyCost), "instance " + t + " (warm)");
      continued++;
    }
    assertThat(continued).as("instances continued warm").isGreaterThan(100);
  }

  @Test
  void oneSolveFindsTheMostPairsThenTheLeastCost() {
    Random rnd = new Random(73);
    for (int t = 0; t < 300; t++) {
      int maxCost = 1 + rnd.nextInt(20);
      G g = random(rnd, 2 + rnd.nextInt(7), 1 + rnd.nextInt(4), 0.2 + rnd.nextDouble() * 0.7,
          maxCost);
      int unpaired = (int) ExactSolver.unpairedCost(g.rows(), maxCost + 1);
      long expected = bruteForceMostPairs(g, unpaired);
      assertEveryShareProves(() -> oneSolveFlow(g, maxCost), expected, "instance " + t);
    }
  }

  @Test
  void oneSolveContinuesWarmWhenAddedArcsLengthenTheMatching() {
    Random rnd = new Random(91);
    int lengthened = 0;
    for (int t = 0; t < 400; t++) {
      int maxCost = 1 + rnd.nextInt(20);
      G big = random(rnd, 2 + rnd.nextInt(7), 1 + rnd.nextInt(4), 0.3 + rnd.nextDouble() * 0.6,
          maxCost);
      G small = subgraph(rnd, big, 0.5);
      int unpaired = (int) ExactSolver.unpairedCost(big.rows(), maxCost + 1);
      AssignmentFlow first = oneSolveFlow(small, maxCost);
      first.rowShare = rnd.nextDouble();
      first.solve();
      assertProved(first, bruteForceMostPairs(small, unpaired), "instance " + t + " (smaller)");
      boolean[] dirty = gainedArcs(big, small);
      AssignmentFlow next = oneSolveFlow(big, maxCost);
      next.warmStart(first.assign, first.u, first.p, dirty);
      assertProved(next, bruteForceMostPairs(big, unpaired), "instance " + t + " (warm)");
      if (maxCardinality(small) < maxCardinality(big)) {
        lengthened++;
      }
    }
    assertThat(lengthened).as("continuations where the added arcs allowed more pairs")
        .isGreaterThan(50);
  }

  @Test
  void placesSolveTranslatesIntoProvedMenteePotentials() {
    Random rnd = new Random(113);
    int fewerPlaces = 0;
    for (int t = 0; t < 400; t++) {
      int maxCost = 1 + rnd.nextInt(20);
      G g = random(rnd, 2 + rnd.nextInt(7), 1 + rnd.nextInt(4), 0.2 + rnd.nextDouble() * 0.7,
          maxCost);
      if (rnd.nextInt(4) == 0) {
        g.cap()[rnd.nextInt(g.m())] = 0; // a mentor with no place left keeps its arcs
      }
      int unpaired = (int) ExactSolver.unpairedCost(g.rows(), maxCost + 1);
      SlotStart start = SlotStart.solve(g.rows(), g.m(), g.rowStart(), g.adjCol(), g.adjCost(),
          g.cap(), unpaired);
      AssignmentFlow loaded = oneSolveFlow(g, maxCost);
      loaded.warmStart(start.assign, start.u, start.p, new boolean[g.rows()]);
      assertProved(loaded, bruteForceMostPairs(g, unpaired), "instance " + t);
      if (SlotStart.worthIt(g.rows(), g.cap(), g.adjCol())) {
        fewerPlaces++;
      }
    }
    assertThat(fewerPlaces).as("instances with fewer places than mentees").isGreaterThan(100);
  }
}
