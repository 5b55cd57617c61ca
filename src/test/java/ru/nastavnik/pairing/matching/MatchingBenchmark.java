package ru.nastavnik.pairing.matching;

// Pair-formation benchmark, run on demand (not a unit test; surefire does not pick it up):
//
//   mvn -B -Pbench test-compile exec:exec
//   mvn -B -Pbench test-compile exec:exec -Dbench.only=school,region,dense5k   (a subset)
//   offline (-o) Maven cannot resolve the "exec" prefix; name the plugin in full:
//   mvn -B -o -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec
//   -Dbench.repeat=5 : timed runs per instance (default 3); the summary gives the median and the
//   minimum of each solver's CPU time and the ratio of the medians (and of the minima).
//
// Times are given as wall clock and as CPU time of the solving thread (OR-Tools runs its
// native code on that thread too); on a shared machine the CPU figures are the fair ones.
//
// Instances: school (40 x 20), region (10,000 x 5,000 in 500 schools, same-school pairs only),
// dense5k (5,000 x 2,500, network mentoring: every school) and dense10k (10,000 x 5,000).
// Runs in a 512 MB heap. For each instance prints time, peak heap and peak resident memory,
// pairs and total score of: the exact matcher (PairMatcher), the reference exact solver
// (OR-Tools min-cost flow, max flow with min cost on the full graph) and the greedy preview,
// plus the ratios. The exact matcher's pairs/score must equal the reference's.

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

public final class MatchingBenchmark {

  private MatchingBenchmark() {}

  record Case(String name, Instances.Spec spec, boolean network) {}

  record Run(long millis, long cpuMillis, long peakHeap, long peakRss, long rssBefore, long pairs,
      long score, String note) {}

  public static void main(String[] args) throws Exception {
    Set<String> only = Set.of(System.getProperty("bench.only", "all").split(","));
    List<Case> cases = List.of(
        new Case("school", new Instances.Spec(40, 20, 1, 3, 0.9, 0.1, 0.05, 0.3, 1), false),
        new Case("region", new Instances.Spec(10_000, 5_000, 500, 3, 0.9, 0.1, 0.05, 0.2, 2), false),
        new Case("dense5k", new Instances.Spec(5_000, 2_500, 100, 3, 0.9, 0.1, 0.05, 0.2, 3), true),
        new Case("dense10k", new Instances.Spec(10_000, 5_000, 200, 3, 0.9, 0.1, 0.05, 0.2, 4), true));
    Loader.loadNativeLibraries();
    System.out.printf(Locale.ROOT, "java %s, %d cpus, max heap %d MB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    warmUp();
    Map<String, String> summary = new LinkedHashMap<>();
    for (Case c : cases) {
      if (!only.contains("all") && !only.contains(c.name())) {
        continue;
      }
      MatchingProblem problem = Instances.generate(c.spec());
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(c.network());
      System.out.printf(Locale.ROOT, "%n== %s: %,d mentees x %,d mentors, %s ==%n", c.name(),
          c.spec().mentees(), c.spec().mentors(),
          c.network() ? "network mentoring (all schools)" : "same-school pairs only");

      int repeat = Math.max(1, Integer.getInteger("bench.repeat", 3));
      final MatchingResult[] exact = new MatchingResult[1];
      final String[] timing = new String[1];
      Run[] exs = new Run[repeat];
      Run[] grs = new Run[repeat];
      Run[] refs = new Run[repeat];
      boolean same = true;
      for (int rep = 0; rep < repeat; rep++) {
        System.out.printf(Locale.ROOT, " run %d of %d%n", rep + 1, repeat);
        Run ex = measure(() -> {
          PairMatcher matcher = new PairMatcher(rules);
          exact[0] = matcher.match(problem);
          timing[0] = matcher.lastTiming;
          MatchingResult.Summary s = exact[0].summary();
          return new long[] {s.pairedCount(), s.totalScore()};
        });
        MatchingResult.Summary s = exact[0].summary();
        String exNote = String.format(Locale.ROOT,
            "certified=%s rounds=%d allowed pairs=%,d candidates=%,d; cpu ms by step: %s",
            s.certified(), s.rounds(), s.allowedPairs(), s.candidatePairs(), timing[0]);
        print("exact (PairMatcher)", ex, exNote);
        exs[rep] = ex;
        same &= s.certified();

        Run gr = measure(() -> {
          MatchingResult.Summary g = new GreedyMatcher(rules).match(problem).summary();
          return new long[] {g.pairedCount(), g.totalScore()};
        });
        print("greedy preview", gr, "");
        grs[rep] = gr;

        final String[] refNote = new String[1];
        Run ref = measure(() -> reference(problem, rules, refNote));
        print("reference (OR-Tools)", ref, refNote[0]);
        refs[rep] = ref;
        same &= ex.pairs() == ref.pairs() && ex.score() == ref.score()
            && ex.pairs() == exs[0].pairs() && ex.score() == exs[0].score();
      }
      Run ex = exs[0];
      Run ref = refs[0];
      Run gr = grs[0];
      long exMed = median(exs, Run::cpuMillis);
      long refMed = median(refs, Run::cpuMillis);
      long exMin = min(exs, Run::cpuMillis);
      long refMin = min(refs, Run::cpuMillis);
      long exHeap = 0;
      for (Run r : exs) {
        exHeap = Math.max(exHeap, r.peakHeap());
      }
      String line = String.format(Locale.ROOT,
          "%s (%d runs): exact cpu median %d ms (min %d, wall median %d) vs reference cpu median"
              + " %d ms (min %d, wall median %d) = %.3fx cpu by medians, %.3fx by minima;"
              + " score %.6f of reference%s; greedy cpu median %d ms (max %d), %.2f %% of optimum"
              + " score, %d of %d pairs; exact peak heap %d MB",
          c.name(), repeat, exMed, exMin, median(exs, Run::millis), refMed, refMin,
          median(refs, Run::millis), (double) exMed / Math.max(1, refMed),
          (double) exMin / Math.max(1, refMin), (double) ex.score() / ref.score(),
          same ? " (same pairs and score in every run, certified)" : " (DIFFERENT!)",
          median(grs, Run::cpuMillis), max(grs, Run::cpuMillis), 100.0 * gr.score() / ref.score(),
          gr.pairs(), ref.pairs(), exHeap >> 20);
      System.out.println("-> " + line);
      summary.put(c.name(), line);
    }
    System.out.println("\n== summary ==");
    summary.values().forEach(System.out::println);
  }

  private static long median(Run[] runs, java.util.function.ToLongFunction<Run> f) {
    long[] v = Arrays.stream(runs).mapToLong(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static long min(Run[] runs, java.util.function.ToLongFunction<Run> f) {
    return Arrays.stream(runs).mapToLong(f).min().orElse(0);
  }

  private static long max(Run[] runs, java.util.function.ToLongFunction<Run> f) {
    return Arrays.stream(runs).mapToLong(f).max().orElse(0);
  }

  private static void print(String who, Run r, String note) {
    System.out.printf(Locale.ROOT,
        "  %-22s %7d ms wall %7d ms cpu  peak heap %4d MB  peak RSS %5d MB (+%d)  pairs %,6d  score %,9d  %s%n",
        who, r.millis(), r.cpuMillis(), r.peakHeap() >> 20, r.peakRss() >> 20,
        Math.max(0, r.peakRss() - r.rssBefore()) >> 20, r.pairs(), r.score(), note);
  }

  /** Untimed runs so the JIT has compiled the hot loops before the timed ones. */
  private static void warmUp() throws Exception {
    MatchingProblem p = Instances.generate(new Instances.Spec(2_000, 1_000, 40, 3, 0.9, 0.1,
        0.05, 0.2, 99));
    for (boolean network : new boolean[] {false, true}) {
      MatchingRules rules = MatchingRules.defaults().withNetworkMentoring(network);
      for (int t = 0; t < 3; t++) {
        new PairMatcher(rules).match(p);
        new GreedyMatcher(rules).match(p);
      }
      reference(p, rules, new String[1]);
    }
    // one untimed dense solve of the timed size (another seed): the pricing and warm re-solve
    // loops only run long there, and a first timed run would otherwise pay for their compiling
    MatchingProblem dense = Instances.generate(new Instances.Spec(5_000, 2_500, 100, 3, 0.9, 0.1,
        0.05, 0.2, 98));
    MatchingRules network = MatchingRules.defaults().withNetworkMentoring(true);
    for (int t = 0; t < 2; t++) {
      new PairMatcher(network).match(dense);
    }
  }

  private static Run measure(Supplier<long[]> body) throws IOException {
    System.gc();
    resetPeaks();
    long rssBefore = rss("VmRSS");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long[] r = body.get();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return new Run(millis, cpuMillis, heap, rss("VmHWM"), rssBefore, r[0], r[1], "");
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM (Linux)
    } catch (IOException | RuntimeException e) {
      // not on Linux: the RSS peak is then cumulative
    }
  }

  private static long rss(String field) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith(field + ":")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) << 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not on Linux
    }
    return 0;
  }

  /**
   * OR-Tools min-cost flow on the full graph of allowed pairs: source -> mentee (1) ->
   * mentor (cost scoreMax - score) -> sink (capacity left), solved as max flow with min cost.
   */
  static long[] reference(MatchingProblem problem, MatchingRules rules, String[] note) {
    long t0 = System.nanoTime();
    MatchingInstance inst = new MatchingInstance(problem, rules);
    int[] rows = ResultAssembler.activeRows(inst);
    int n = inst.n;
    int m = inst.m;
    int source = 0;
    int sink = n + m + 1;
    MinCostFlow flow = new MinCostFlow(n + m + 2, 0);
    int[] cols = new int[m];
    int[] scores = new int[m];
    long arcs = 0;
    for (int i : rows) {
      int cnt = inst.scanRow(i, cols, scores);
      if (cnt == 0) {
        continue;
      }
      flow.addArcWithCapacityAndUnitCost(source, 1 + i, 1, 0);
      for (int t = 0; t < cnt; t++) {
        flow.addArcWithCapacityAndUnitCost(1 + i, 1 + n + cols[t], 1, inst.scoreMax - scores[t]);
      }
      arcs += cnt;
    }
    for (int j = 0; j < m; j++) {
      if (inst.available[j]) {
        flow.addArcWithCapacityAndUnitCost(1 + n + j, sink, inst.remaining[j], 0);
      }
    }
    flow.setNodeSupply(source, rows.length);
    flow.setNodeSupply(sink, -rows.length);
    long t1 = System.nanoTime();
    MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
    long t2 = System.nanoTime();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools: " + status);
    }
    long pairs = flow.getMaximumFlow();
    long cost = flow.getOptimalCost();
    long score = pairs * inst.scoreMax - cost;
    // locked pairs are not part of these instances
    note[0] = String.format(Locale.ROOT, "build %d ms + solve %d ms, %,d arcs",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, arcs);
    flow.delete();
    Arrays.fill(cols, 0);
    return new long[] {pairs, score};
  }
}
