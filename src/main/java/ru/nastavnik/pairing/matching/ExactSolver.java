package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * Exact pair formation: the most mentees paired, then the highest total score.
 *
 * <p>Small graphs (up to {@link #fullLimit} allowed pairs, e.g. a school or a region where
 * pairs stay inside schools) are solved whole. Larger ones (network mentoring across a region)
 * are solved on a candidate set — each mentee's {@link #k} best mentors plus each mentor's
 * {@code k × capacity} best mentees — and the result is then proved for every allowed pair:
 *
 * <ol>
 *   <li>the number of pairs and the score at once: {@link AssignmentFlow} solves the candidates
 *       exactly, a mentee left unpaired costing more than any choice of scores can gain
 *       ({@link #unpairedCost}), so the most pairs come first; it returns dual potentials;
 *   <li>every allowed pair left out is priced against them (reduced cost), pairs with a negative
 *       reduced cost join the candidates and the solution is continued from where it was, until
 *       no pair is left to add.
 * </ol>
 *
 * When nothing is left to add, the potentials are feasible for the whole graph and equal in
 * value to the solution: the optimum is certified ({@link Outcome#certified}), the number of
 * pairs included (an unpaired mentee with an allowed pair that could lengthen the matching
 * would show as a negative reduced cost). Whole graphs, and pruned ones too large for that
 * cost to fit in an int, first find the number of pairs by a maximum matching (on a pruned
 * graph proved by its König cover: an allowed pair outside the cover could lengthen the
 * matching and joins the candidates) and give the unpaired column exactly the places left.
 * Dense graphs keep their scores as one byte per pair (at most {@link #CACHE_LIMIT} bytes), so
 * the pricing passes do not recompute them.
 */
final class ExactSolver {

  static final int DEFAULT_K = 16;
  static final long DEFAULT_FULL_LIMIT = 400_000;

  /** Candidates per mentee; 0: {@link #DEFAULT_K}, more when there are many mentors to choose from. */
  int k = 0;
  long fullLimit = DEFAULT_FULL_LIMIT;
  /** Finds the number of pairs by a maximum matching first even where one solve would do (tests). */
  boolean cardinalityFirst;
  /** First solve from the mentors' places when they are fewer than the mentees ({@link SlotStart}). */
  boolean slotStart = true;

  /** What the solver found, by position in the rows it was given. */
  static final class Outcome {
    /** Mentor column per given row, or -1 when unpaired. */
    int[] col;
    /** Allowed mentors per given row (0: no allowed mentor at all). */
    int[] allowed;
    boolean certified;
    int rounds;
    long allowedArcs;
    long candidateArcs;
    /** Whether the first solve started from the mentors' places ({@link SlotStart}). */
    boolean fromPlaces;
    /** Candidate sets continued from the previous solution. */
    int warmRounds;
    /**
     * Warm continuations or starts from the mentors' places that failed their proof and were
     * solved from scratch (expected 0).
     */
    int coldFallbacks;
    /** Where the time went (milliseconds by step), for the benchmark. */
    String timing = "";
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private final StringBuilder timing = new StringBuilder();
  private long lap = THREADS.getCurrentThreadCpuTime();

  /** Notes the solving thread's CPU time spent on a step. */
  private void lap(String step) {
    long now = THREADS.getCurrentThreadCpuTime();
    timing.append(step).append('=').append((now - lap) / 1_000_000).append(' ');
    lap = now;
  }

  Outcome solve(MatchingInstance inst, int[] rows) {
    Outcome out = new Outcome();
    out.col = new int[rows.length];
    Arrays.fill(out.col, -1);
    out.allowed = new int[rows.length];
    int m = inst.m;
    int[] cols = new int[Math.max(1, m)];
    int[] scores = new int[Math.max(1, m)];
    final int scoreMax = inst.scoreMax;
    final int dummyCost = inst.scoreMax - inst.scoreMin + 1;

    long bound = 0;
    for (int i : rows) {
      bound += inst.scope(i).length;
    }
    boolean full = bound <= fullLimit;
    if (k <= 0) {
      // each mentee's k best are a smaller share of a larger region: k grows with the square
      // root of the mentors available (16 up to about 2,300 of them, 22 at 4,500)
      k = Math.max(DEFAULT_K, (int) Math.round(Math.sqrt(inst.availableCols.length) / 3));
    }

    Graph g;
    if (full) {
      g = buildFull(inst, rows, cols, scores, out);
    } else {
      g = buildPruned(inst, rows, cols, scores, out);
    }
    lap("candidates");
    int[] local = g.localRows; // local row -> position in rows
    int rCount = local.length;
    int[] cap = Arrays.copyOf(inst.remaining, m);
    for (int j = 0; j < m; j++) {
      if (!inst.available[j]) {
        cap[j] = 0;
      }
    }
    int rounds = 0;
    AssignmentFlow prev = null;
    boolean[] dirty = null;
    MaxCardinality hk = null;
    long bigCost = unpairedCost(rCount, dummyCost);
    boolean oneStep = !full && !cardinalityFirst && bigCost <= MAX_UNPAIRED_COST;
    final int unpairedCost = oneStep ? (int) bigCost : dummyCost;
    // 1. the number of pairs beforehand: maximum on the candidates, proved by the König cover
    while (!oneStep) {
      hk = new MaxCardinality(rCount, m, g.rowStart, g.adjCol, cap);
      hk.simple = full;
      hk.solve();
      lap("cardinality(" + hk.phases + " phases)");
      if (full) {
        break;
      }
      IntBuf addRow = new IntBuf();
      IntBuf addCol = new IntBuf();
      IntBuf addCost = new IntBuf();
      IntBuf coverCol = new IntBuf();
      IntBuf coverCost = new IntBuf();
      // cached scores: only the columns outside the cover need looking at, ascending
      int[] unreached = null;
      if (cache != null) {
        IntBuf un = new IntBuf();
        for (int t = 0; t < cacheWidth; t++) {
          if (!hk.reachCol[inst.availableCols[t]]) {
            un.add(t);
          }
        }
        unreached = un.toArray();
      }
      for (int lr = 0; lr < rCount; lr++) {
        if (!hk.reachRow[lr]) {
          continue;
        }
        if (cache != null) {
          final int[] avail = inst.availableCols;
          final byte[] cc = cache;
          int off = local[lr] * cacheWidth;
          for (int t : unreached) {
            int b = cc[off + t] & 0xff;
            // a candidate arc from a reachable row always ends in a reachable column,
            // so an arc to an unreachable column is never a candidate already
            if (b != 0) {
              coverCol.add(avail[t]);
              coverCost.add(scoreMax - (b - 1 + inst.scoreMin));
            }
          }
          if (coverCol.size > 0) {
            addBest(lr, coverCol, coverCost, k, addRow, addCol, addCost);
            coverCol.size = 0;
            coverCost.size = 0;
          }
          continue;
        }
        int cnt = fetch(inst, rows, local[lr], cols, scores);
        int a = g.rowStart[lr];
        int aEnd = g.rowStart[lr + 1];
        for (int t = 0; t < cnt; t++) {
          int j = cols[t];
          while (a < aEnd && g.adjCol[a] < j) {
            a++;
          }
          if ((a < aEnd && g.adjCol[a] == j) || hk.reachCol[j]) {
            continue;
          }
          coverCol.add(j);
          coverCost.add(scoreMax - scores[t]);
        }
        if (coverCol.size > 0) {
          addBest(lr, coverCol, coverCost, k, addRow, addCol, addCost);
          coverCol.size = 0;
          coverCost.size = 0;
        }
      }
      lap("cover");
      if (addRow.size == 0) {
        break;
      }
      g = g.merge(addRow, addCol, addCost);
    }
    // 2. the score: solve, price the pairs left out, add the violators, continue
    while (true) {
      rounds++;
      // one solve: every row may stay unpaired; else exactly the rows the maximum matching leaves
      int unpairedPlaces = oneStep ? rCount : rCount - hk.size;
      AssignmentFlow flow = new AssignmentFlow(rCount, m, g.rowStart, g.adjCol, g.adjCost, cap,
          unpairedPlaces, unpairedCost);
      String how;
      long relaxes = 0;
      int phases = 0;
      boolean loaded = true; // a state taken over (places, previous round) must prove itself
      if (prev == null && oneStep && slotStart && SlotStart.worthIt(rCount, cap, g.adjCol)) {
        // fewer places than mentees: solved from the mentors' places, loaded and proved here
        SlotStart start = SlotStart.solve(rCount, m, g.rowStart, g.adjCol, g.adjCost, cap,
            unpairedCost);
        flow.warmStart(start.assign, start.u, start.p, new boolean[rCount]);
        how = "solve by places";
        out.fromPlaces = true;
        relaxes = start.relaxes;
        phases = start.phases;
      } else if (prev == null) {
        how = "solve";
        loaded = false;
        flow.rowShare = full ? 1.0 : 0.7; // small components: one short search per row
        flow.solve();
      } else {
        how = "warm";
        flow.warmStart(prev.assign, prev.u, prev.p, dirty);
        out.warmRounds++;
      }
      lap(how + "(" + (relaxes + flow.relaxes) / 1000 + "k relax, " + (phases + flow.phaseCount)
          + " phases)");
      boolean proved = flow.dualConditionsHold() && flow.primalCost() == flow.dualObjective();
      if (!proved && loaded) {
        out.coldFallbacks++;
        // should not happen; solve this candidate set from scratch
        flow = new AssignmentFlow(rCount, m, g.rowStart, g.adjCol, g.adjCost, cap,
            unpairedPlaces, unpairedCost);
        flow.solve();
        proved = flow.dualConditionsHold() && flow.primalCost() == flow.dualObjective();
      }
      if (full) {
        finish(out, g, flow, proved, rounds);
        return out;
      }
      // price every allowed pair left out of the candidate set
      boolean[] newDirty = new boolean[rCount];
      IntBuf addRow = new IntBuf();
      IntBuf addCol = new IntBuf();
      IntBuf addCost = new IntBuf();
      if (cache != null) {
        priceCached(inst, flow, g, proved, addRow, addCol, addCost, newDirty);
      }
      for (int lr = 0; cache == null && lr < rCount; lr++) {
        int cnt = fetch(inst, rows, local[lr], cols, scores);
        int a = g.rowStart[lr];
        int aEnd = g.rowStart[lr + 1];
        int ur = flow.u[lr];
        for (int t = 0; t < cnt; t++) {
          int j = cols[t];
          while (a < aEnd && g.adjCol[a] < j) {
            a++;
          }
          if (a < aEnd && g.adjCol[a] == j) {
            continue;
          }
          int c = scoreMax - scores[t];
          if (c - ur + flow.p[j] < 0) {
            addRow.add(lr);
            addCol.add(j);
            addCost.add(c);
            newDirty[lr] = true;
          }
        }
      }
      lap("pricing(+" + addRow.size + ")");
      if (addRow.size == 0) {
        finish(out, g, flow, proved, rounds);
        return out;
      }
      g = g.merge(addRow, addCol, addCost);
      if (!proved) {
        prev = null;
      } else {
        prev = flow;
        dirty = newDirty;
      }
    }
  }

  /** Largest cost of the unpaired column that keeps sums of potentials and path labels in an int. */
  static final long MAX_UNPAIRED_COST = 1L << 28;

  /**
   * Cost of leaving a mentee unpaired when one solve finds the number of pairs and the score
   * together. Arc costs are {@code 0 .. costRange - 1}, so the arcs of two matchings differ in
   * total by less than {@code rows × costRange}; one unpaired mentee more costs more than that,
   * so a matching with one pair more always costs less than any with fewer, whatever the scores.
   */
  static long unpairedCost(int rows, int costRange) {
    return (long) (rows + 1) * costRange + 1;
  }

  /**
   * Prices every pair of the score cache against the duals of {@code flow}; the pairs with a
   * negative reduced cost are added (by row, then column) and their rows marked dirty. Kept
   * out of {@link #solve} so that it is compiled on its own.
   */
  private void priceCached(MatchingInstance inst, AssignmentFlow flow, Graph g, boolean proved,
      IntBuf addRow, IntBuf addCol, IntBuf addCost, boolean[] newDirty) {
    final int[] local = g.localRows;
    final int rCount = local.length;
    final int scoreMax = inst.scoreMax;
    // rc < 0  <=>  b + u > scoreMax - (scoreMin - 1) + p[j], b the cached byte.
    // After a full pass, a pair can only turn negative if its row's u went up or its
    // column's p went down: later passes look at those rows and columns only.
    final int width = cacheWidth;
    final int[] avail = inst.availableCols;
    int[] limit = new int[width];
    for (int t = 0; t < width; t++) {
      limit[t] = scoreMax - (inst.scoreMin - 1) + flow.p[avail[t]];
    }
    final byte[] cc = cache;
    // columns by ascending limit: a row with highest byte B can only break the limits
    // below B + u, so its scan stops at the first column whose limit is not below that
    long[] byLimit = new long[width];
    for (int t = 0; t < width; t++) {
      byLimit[t] = ((long) limit[t] << 32) | t;
    }
    Arrays.sort(byLimit);
    int[] order = new int[width];
    int[] orderLimit = new int[width];
    for (int x = 0; x < width; x++) {
      order[x] = (int) byLimit[x];
      orderLimit[x] = (int) (byLimit[x] >>> 32);
    }
    int[] hits = new int[width];
    boolean[] rowScanned = new boolean[rCount];
    IntBuf capped = new IntBuf();
    for (int lr = 0; lr < rCount; lr++) {
      if (pricedU != null && flow.u[lr] <= pricedU[lr]) {
        continue;
      }
      rowScanned[lr] = true;
      int off = local[lr] * width;
      int ur = flow.u[lr];
      int top = rowTop[local[lr]] + ur;
      int hitCount = 0;
      for (int x = 0; x < width && orderLimit[x] < top; x++) {
        int t = order[x];
        int b = cc[off + t] & 0xff;
        if (b + ur > orderLimit[x] && b != 0) {
          hits[hitCount++] = t;
        }
      }
      if (hitCount > k) {
        // an unpaired row can break every pair of its row: its k most negative are enough for
        // this round, and the row is priced again in the next pass
        hitCount = keepMostNegative(hits, hitCount, k, cc, off, limit);
        capped.add(lr);
      }
      if (hitCount > 1) {
        Arrays.sort(hits, 0, hitCount); // ascending columns
      }
      for (int h = 0; h < hitCount; h++) {
        int t = hits[h];
        int b = cc[off + t] & 0xff;
        int j = avail[t];
        // candidate arcs have non-negative reduced costs once the solution is proved
        if (proved || !g.hasArc(lr, j)) {
          addRow.add(lr);
          addCol.add(j);
          addCost.add(scoreMax - (b - 1 + inst.scoreMin));
          newDirty[lr] = true;
        }
      }
    }
    if (pricedP != null) {
      IntBuf found = new IntBuf();
      for (int t = 0; t < width; t++) {
        int j = avail[t];
        if (flow.p[j] >= pricedP[j]) {
          continue;
        }
        for (int lr = 0; lr < rCount; lr++) {
          int b = cc[local[lr] * width + t] & 0xff;
          if (!rowScanned[lr] && b != 0 && b + flow.u[lr] > limit[t]
              && (proved || !g.hasArc(lr, j))) {
            found.add(lr);
            found.add(j);
            found.add(scoreMax - (b - 1 + inst.scoreMin));
          }
        }
      }
      if (found.size > 0) {
        // merge with the row-scan additions, ascending by row then column
        int total = addRow.size + found.size / 3;
        long[] keys = new long[total];
        int[] costOfKey = new int[total];
        int x = 0;
        for (int e = 0; e < addRow.size; e++, x++) {
          keys[x] = ((long) addRow.data[e] << 32) | addCol.data[e];
        }
        for (int e = 0; e < found.size; e += 3, x++) {
          keys[x] = ((long) found.data[e] << 32) | found.data[e + 1];
        }
        java.util.Map<Long, Integer> costs = new java.util.HashMap<>();
        for (int e = 0; e < addRow.size; e++) {
          costs.put(keys[e], addCost.data[e]);
        }
        for (int e = 0, y = addRow.size; e < found.size; e += 3, y++) {
          costs.put(keys[y], found.data[e + 2]);
          newDirty[found.data[e]] = true;
        }
        Arrays.sort(keys);
        addRow.size = 0;
        addCol.size = 0;
        addCost.size = 0;
        for (long key : keys) {
          addRow.add((int) (key >>> 32));
          addCol.add((int) key);
          addCost.add(costs.get(key));
        }
      }
    }
    pricedU = flow.u.clone();
    pricedP = flow.p.clone();
    for (int x = 0; x < capped.size; x++) {
      pricedU[capped.data[x]] = Integer.MIN_VALUE; // pairs left to add: scanned in full next time
    }
  }

  /**
   * Keeps the {@code keep} pairs of one row with the most negative reduced cost (ties: lower
   * position). The reduced cost of position t is {@code limit[t] - b - u}, u the same for the
   * row, so the least {@code limit[t] - b} are kept.
   */
  private static int keepMostNegative(int[] hits, int count, int keep, byte[] cc, int off,
      int[] limit) {
    long[] keys = new long[count];
    for (int h = 0; h < count; h++) {
      int t = hits[h];
      keys[h] = ((long) (limit[t] - (cc[off + t] & 0xff)) << 32) | t;
    }
    Arrays.sort(keys);
    for (int h = 0; h < keep; h++) {
      hits[h] = (int) keys[h];
    }
    return keep;
  }

  /**
   * Adds up to {@code limit} of the given arcs of one row (cheapest first, then lower column),
   * merged into the row's additions so that columns stay ascending.
   */
  private static void addBest(int lr, IntBuf cols, IntBuf costs, int limit, IntBuf addRow,
      IntBuf addCol, IntBuf addCost) {
    int n = cols.size;
    long[] keys = new long[n];
    for (int t = 0; t < n; t++) {
      keys[t] = ((long) costs.data[t] << 32) | cols.data[t];
    }
    Arrays.sort(keys);
    int take = Math.min(limit, n);
    long[] chosen = new long[take];
    for (int t = 0; t < take; t++) {
      chosen[t] = ((keys[t] & 0xffffffffL) << 32) | (keys[t] >>> 32);
    }
    Arrays.sort(chosen); // by column
    // the row's earlier additions (negative reduced cost) are already in addRow: merge
    int start = addRow.size;
    while (start > 0 && addRow.data[start - 1] == lr) {
      start--;
    }
    int oldCount = addRow.size - start;
    int[] oc = Arrays.copyOfRange(addCol.data, start, addRow.size);
    int[] ok = Arrays.copyOfRange(addCost.data, start, addRow.size);
    addRow.size = start;
    addCol.size = start;
    addCost.size = start;
    int x = 0;
    int y = 0;
    while (x < oldCount || y < take) {
      int cy = y < take ? (int) (chosen[y] >>> 32) : Integer.MAX_VALUE;
      if (x < oldCount && oc[x] < cy) {
        addRow.add(lr);
        addCol.add(oc[x]);
        addCost.add(ok[x++]);
      } else {
        addRow.add(lr);
        addCol.add(cy);
        addCost.add((int) (chosen[y++] & 0xffffffffL));
      }
    }
  }

  private void finish(Outcome out, Graph g, AssignmentFlow flow, boolean proved, int rounds) {
    for (int lr = 0; lr < g.localRows.length; lr++) {
      int j = flow.assign[lr];
      out.col[g.localRows[lr]] = j == flow.m ? -1 : j;
    }
    out.certified = proved;
    out.rounds = rounds;
    out.candidateArcs = g.adjCol.length;
    out.timing = timing.toString().trim();
  }

  private Graph buildFull(MatchingInstance inst, int[] rows, int[] cols, int[] scores, Outcome out) {
    IntBuf adjCol = new IntBuf();
    IntBuf adjCost = new IntBuf();
    IntBuf starts = new IntBuf();
    IntBuf local = new IntBuf();
    for (int pos = 0; pos < rows.length; pos++) {
      int cnt = inst.scanRow(rows[pos], cols, scores);
      out.allowed[pos] = cnt;
      out.allowedArcs += cnt;
      if (cnt == 0) {
        continue;
      }
      local.add(pos);
      starts.add(adjCol.size);
      for (int t = 0; t < cnt; t++) {
        adjCol.add(cols[t]);
        adjCost.add(inst.scoreMax - scores[t]);
      }
    }
    starts.add(adjCol.size);
    return new Graph(local.toArray(), starts.toArray(), adjCol.toArray(), adjCost.toArray());
  }

  /**
   * Candidate set: for each row its k best columns, for each column its k × capacity best rows
   * (ties broken by lower index). Scores are bucketed so the histograms stay small.
   */
  private Graph buildPruned(MatchingInstance inst, int[] rows, int[] cols, int[] scores, Outcome out) {
    int m = inst.m;
    int range = inst.scoreMax - inst.scoreMin + 1;
    int shift = 0;
    while (((range - 1) >> shift) + 1 > 256) {
      shift++;
    }
    final int buckets = ((range - 1) >> shift) + 1;
    final int base = inst.scoreMin;
    final int sh = shift;
    int[] rowThr = new int[rows.length];
    int[] rowQuota = new int[rows.length];
    int[] hist = new int[buckets];
    // pass 1: histograms, and the scores kept as bytes when they fit
    int width = inst.availableCols.length;
    cache = null;
    rowTop = null;
    if (inst.network && range <= 254 && (long) rows.length * width <= CACHE_LIMIT) {
      cache = new byte[rows.length * width];
      cacheWidth = width;
      colPos = new int[m];
      for (int t = 0; t < width; t++) {
        colPos[inst.availableCols[t]] = t;
      }
    }
    // (the fast path counts in chars: half the memory, so the histograms stay in cache)
    boolean fast = cache != null && inst.denseFillable() && rows.length <= Character.MAX_VALUE;
    // column histograms: by position among the available mentors in the fast path
    int[] colHist = fast ? null : new int[m * buckets];
    char[] colHistFast = fast ? new char[width * buckets] : null;
    if (cache != null) {
      rowTop = new int[rows.length];
    }
    for (int pos = 0; pos < rows.length; pos++) {
      if (fast) {
        // score once: the coded scores go to the byte cache and both histograms in one loop
        int off = pos * width;
        int[] code = inst.codeAvailable(rows[pos]);
        int cnt = inst.allowedCount();
        out.allowed[pos] = cnt;
        out.allowedArcs += cnt;
        final byte[] c = cache;
        final char[] ch = colHistFast;
        if (cnt == 0) {
          continue; // the row stays zero in the cache
        }
        Arrays.fill(hist, 0);
        int top = 0;
        for (int t = 0, hb = 0; t < width; t++, hb += buckets) {
          int b = code[t];
          c[off + t] = (byte) b;
          if (b != 0) {
            int bk = b - 1; // range <= 254: one bucket per score
            hist[bk]++;
            ch[hb + bk]++;
            top = Math.max(top, b);
          }
        }
        rowTop[pos] = top;
        int[] tq = threshold(hist, 0, buckets, k);
        rowThr[pos] = tq[0];
        rowQuota[pos] = tq[1];
        continue;
      }
      int cnt = inst.scanRow(rows[pos], cols, scores);
      if (cache != null) {
        int off = pos * width;
        for (int t = 0; t < cnt; t++) {
          int b = scores[t] - inst.scoreMin + 1;
          cache[off + colPos[cols[t]]] = (byte) b;
          rowTop[pos] = Math.max(rowTop[pos], b);
        }
      }
      out.allowed[pos] = cnt;
      out.allowedArcs += cnt;
      if (cnt == 0) {
        continue;
      }
      Arrays.fill(hist, 0);
      for (int t = 0; t < cnt; t++) {
        int b = (scores[t] - base) >> sh;
        hist[b]++;
        colHist[cols[t] * buckets + b]++;
      }
      int[] tq = threshold(hist, 0, buckets, k);
      rowThr[pos] = tq[0];
      rowQuota[pos] = tq[1];
    }
    int[] colThr = new int[m];
    int[] colQuota = new int[m];
    for (int j = 0; j < m; j++) {
      int want = k * Math.max(0, inst.remaining[j]);
      int at = fast ? (inst.available[j] ? colPos[j] : -1) : j;
      if (at < 0) {
        colThr[j] = Integer.MAX_VALUE;
        continue;
      }
      int[] tq = fast ? threshold(colHistFast, at * buckets, buckets, want)
          : threshold(colHist, at * buckets, buckets, want);
      colThr[j] = tq[0];
      colQuota[j] = tq[1];
    }
    colHist = null;
    colHistFast = null;
    // the column cuts by position among the available mentors, for the collecting loop, as
    // the least cached byte that can be taken (at least 1: a byte of 0 is never taken)
    int[] colNeedT = new int[width];
    for (int t = 0; t < width; t++) {
      int ct = colThr[inst.availableCols[t]];
      colNeedT[t] = ct == Integer.MAX_VALUE ? 256 : Math.max(1, (ct << sh) + 1);
    }
    lap("scoring");
    // pass 2: collect
    IntBuf adjCol = new IntBuf();
    IntBuf adjCost = new IntBuf();
    IntBuf starts = new IntBuf();
    IntBuf local = new IntBuf();
    for (int pos = 0; pos < rows.length; pos++) {
      if (out.allowed[pos] == 0) {
        continue;
      }
      local.add(pos);
      starts.add(adjCol.size);
      if (cache != null) {
        final int[] avail = inst.availableCols;
        final byte[] cc = cache;
        final int[] cnT = colNeedT;
        int off = pos * width;
        int thr = rowThr[pos];
        int quota = rowQuota[pos];
        // the least byte the row's own cut takes (a bucket's first byte), at least 1
        final int rowNeed = thr == Integer.MAX_VALUE ? 256 : Math.max(1, (thr << sh) + 1);
        for (int t = 0; t < width; t++) {
          int b = cc[off + t] & 0xff;
          // most pairs are below both cuts (and 0, not allowed, is below every cut)
          if (b < Math.min(rowNeed, cnT[t])) {
            continue;
          }
          int bk = (b - 1) >> sh;
          int j = avail[t];
          boolean take = false;
          if (bk > thr) {
            take = true;
          } else if (bk == thr && quota > 0) {
            quota--;
            take = true;
          }
          int ct = colThr[j];
          if (bk > ct) {
            take = true;
          } else if (bk == ct && colQuota[j] > 0) {
            colQuota[j]--;
            take = true;
          }
          if (take) {
            adjCol.add(j);
            adjCost.add(inst.scoreMax - (b - 1 + inst.scoreMin));
          }
        }
        continue;
      }
      int cnt = fetch(inst, rows, pos, cols, scores);
      int thr = rowThr[pos];
      int quota = rowQuota[pos];
      for (int t = 0; t < cnt; t++) {
        int j = cols[t];
        int b = (scores[t] - base) >> sh;
        boolean take = false;
        if (b > thr) {
          take = true;
        } else if (b == thr && quota > 0) {
          quota--;
          take = true;
        }
        int ct = colThr[j];
        if (b > ct) {
          take = true;
        } else if (b == ct && colQuota[j] > 0) {
          colQuota[j]--;
          take = true;
        }
        if (take) {
          adjCol.add(j);
          adjCost.add(inst.scoreMax - scores[t]);
        }
      }
    }
    starts.add(adjCol.size);
    return new Graph(local.toArray(), starts.toArray(), adjCol.toArray(), adjCost.toArray());
  }

  /** Longest score cache kept (bytes): scores of dense graphs are computed once. */
  static final long CACHE_LIMIT = 64L << 20;

  private byte[] cache;
  /** Highest cached byte of each row (fast path), bounding what pricing can find in it. */
  private int[] rowTop;
  /** Duals of the last full or partial pricing pass (dense cache only). */
  private int[] pricedU;
  private int[] pricedP;
  private int cacheWidth;
  private int[] colPos;

  /** Allowed arcs of a row, ascending columns: from the score cache, or scored afresh. */
  private int fetch(MatchingInstance inst, int[] rows, int pos, int[] cols, int[] scores) {
    if (cache == null) {
      return inst.scanRow(rows[pos], cols, scores);
    }
    final byte[] c = cache;
    final int[] avail = inst.availableCols;
    final int base = inst.scoreMin - 1;
    int off = pos * cacheWidth;
    int cnt = 0;
    for (int t = 0; t < cacheWidth; t++) {
      int b = c[off + t] & 0xff;
      if (b != 0) {
        cols[cnt] = avail[t];
        scores[cnt++] = b + base;
      }
    }
    return cnt;
  }

  /**
   * The bucket to cut at so that {@code want} items are kept: everything above it, and
   * {@code quota} items of the bucket itself. Keeps all (threshold -1) when there are few.
   */
  private static int[] threshold(int[] hist, int off, int buckets, int want) {
    if (want <= 0) {
      return new int[] {Integer.MAX_VALUE, 0};
    }
    int above = 0;
    for (int b = buckets - 1; b >= 0; b--) {
      int h = hist[off + b];
      if (above + h >= want) {
        return new int[] {b, want - above};
      }
      above += h;
    }
    return new int[] {-1, 0};
  }

  /** {@link #threshold(int[], int, int, int)} over counts kept as chars. */
  private static int[] threshold(char[] hist, int off, int buckets, int want) {
    if (want <= 0) {
      return new int[] {Integer.MAX_VALUE, 0};
    }
    int above = 0;
    for (int b = buckets - 1; b >= 0; b--) {
      int h = hist[off + b];
      if (above + h >= want) {
        return new int[] {b, want - above};
      }
      above += h;
    }
    return new int[] {-1, 0};
  }

  /** A candidate graph in compressed-row form over local rows. */
  static final class Graph {
    final int[] localRows;
    final int[] rowStart;
    final int[] adjCol;
    final int[] adjCost;

    Graph(int[] localRows, int[] rowStart, int[] adjCol, int[] adjCost) {
      this.localRows = localRows;
      this.rowStart = rowStart;
      this.adjCol = adjCol;
      this.adjCost = adjCost;
    }

    boolean hasArc(int r, int j) {
      return Arrays.binarySearch(adjCol, rowStart[r], rowStart[r + 1], j) >= 0;
    }

    /** This graph plus the given arcs (grouped by ascending local row), columns kept sorted. */
    Graph merge(IntBuf addRow, IntBuf addCol, IntBuf addCost) {
      int rows = localRows.length;
      int total = adjCol.length + addRow.size;
      int[] ns = new int[rows + 1];
      int[] nc = new int[total];
      int[] nk = new int[total];
      int x = 0;
      int w = 0;
      for (int r = 0; r < rows; r++) {
        ns[r] = w;
        int a = rowStart[r];
        int aEnd = rowStart[r + 1];
        while (a < aEnd || (x < addRow.size && addRow.data[x] == r)) {
          boolean takeOld = x >= addRow.size || addRow.data[x] != r
              || (a < aEnd && adjCol[a] < addCol.data[x]);
          if (takeOld) {
            nc[w] = adjCol[a];
            nk[w++] = adjCost[a++];
          } else {
            nc[w] = addCol.data[x];
            nk[w++] = addCost.data[x++];
          }
        }
      }
      ns[rows] = w;
      return new Graph(localRows, ns, nc, nk);
    }
  }

  /** A growable int array. */
  static final class IntBuf {
    int[] data = new int[256];
    int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
