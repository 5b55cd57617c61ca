package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * A quick preview of the pairs: takes the best-scoring allowed pairs first while mentors have
 * room, then gives each mentee still unpaired the best mentor left. Same hard rules, reasons
 * and messages as {@link PairMatcher}, but neither the number of pairs nor the total score is
 * guaranteed to be the best.
 */
public class GreedyMatcher {

  private static final int PER_MENTEE = 8;

  private final MatchingRules rules;

  public GreedyMatcher(MatchingRules rules) {
    this.rules = rules == null ? MatchingRules.defaults() : rules;
  }

  public MatchingResult match(MatchingProblem problem) {
    long start = System.nanoTime();
    MatchingInstance inst = new MatchingInstance(problem, rules);
    int[] rows = ResultAssembler.activeRows(inst);
    int m = inst.m;
    int[] cols = new int[Math.max(1, m)];
    int[] scores = new int[Math.max(1, m)];
    int[] allowed = new int[rows.length];
    int[] colOfRow = new int[rows.length];
    Arrays.fill(colOfRow, -1);
    int[] room = Arrays.copyOf(inst.remaining, m);
    int range = inst.scoreMax - inst.scoreMin + 1;
    int[] hist = new int[range + 1];
    long[] keys = new long[Math.max(16, rows.length * PER_MENTEE)];
    int kc = 0;
    long allowedArcs = 0;
    boolean dense = inst.network;
    // 1. each mentee's best few mentors, pooled and taken best-first
    for (int pos = 0; pos < rows.length; pos++) {
      int cnt;
      int[] code; // score - scoreMin + 1 per mentor, 0 where not allowed
      int[] at; // the mentors code refers to
      if (dense) {
        code = inst.codeAvailable(rows[pos]);
        at = inst.availableCols;
        cnt = inst.allowedCount();
      } else {
        cnt = inst.scanRow(rows[pos], cols, scores);
        for (int t = 0; t < cnt; t++) {
          scores[t] += 1 - inst.scoreMin;
        }
        code = scores;
        at = cols;
      }
      allowed[pos] = cnt;
      allowedArcs += cnt;
      if (cnt == 0) {
        continue;
      }
      int width = dense ? at.length : cnt;
      Arrays.fill(hist, 0);
      for (int t = 0; t < width; t++) {
        hist[code[t]]++;
      }
      hist[0] = 0;
      int thr = 1; // all of them, when there are few
      int quota = Integer.MAX_VALUE;
      int above = 0;
      for (int b = range; b >= 1; b--) {
        if (above + hist[b] >= PER_MENTEE) {
          thr = b;
          quota = PER_MENTEE - above;
          break;
        }
        above += hist[b];
      }
      for (int t = 0; t < width; t++) {
        int b = code[t];
        if (b > thr || (b == thr && quota-- > 0)) {
          if (kc == keys.length) {
            keys = Arrays.copyOf(keys, kc * 2);
          }
          keys[kc++] = ((long) (range - b) << 42) | ((long) pos << 21) | at[t];
        }
      }
    }
    Arrays.sort(keys, 0, kc);
    for (int t = 0; t < kc; t++) {
      long key = keys[t];
      int pos = (int) ((key >>> 21) & 0x1fffff);
      int j = (int) (key & 0x1fffff);
      if (colOfRow[pos] < 0 && room[j] > 0) {
        colOfRow[pos] = j;
        room[j]--;
      }
    }
    // 2. mentees still unpaired: the best mentor with room left (scored against those only)
    int[] withRoom = inst.availableCols;
    if (dense) {
      int c = 0;
      for (int j : inst.availableCols) {
        if (room[j] > 0) {
          c++;
        }
      }
      withRoom = new int[c];
      c = 0;
      for (int j : inst.availableCols) {
        if (room[j] > 0) {
          withRoom[c++] = j;
        }
      }
    }
    for (int pos = 0; pos < rows.length; pos++) {
      if (colOfRow[pos] >= 0 || allowed[pos] == 0) {
        continue;
      }
      int cnt = dense ? inst.scanRow(rows[pos], withRoom, cols, scores)
          : inst.scanRow(rows[pos], cols, scores);
      int best = -1;
      int bestScore = Integer.MIN_VALUE;
      for (int t = 0; t < cnt; t++) {
        if (room[cols[t]] > 0 && scores[t] > bestScore) {
          best = cols[t];
          bestScore = scores[t];
        }
      }
      if (best >= 0) {
        colOfRow[pos] = best;
        room[best]--;
      }
    }
    // 3. more pairs where an augmenting path over the mentees' best few mentors allows it
    int[] rowStart = new int[rows.length + 1];
    for (int t = 0; t < kc; t++) {
      rowStart[(int) ((keys[t] >>> 21) & 0x1fffff) + 1]++;
    }
    for (int pos = 0; pos < rows.length; pos++) {
      rowStart[pos + 1] += rowStart[pos] + (colOfRow[pos] >= 0 ? 1 : 0);
    }
    int[] adj = new int[rowStart[rows.length]];
    int[] fill = Arrays.copyOf(rowStart, rows.length);
    for (int pos = 0; pos < rows.length; pos++) {
      if (colOfRow[pos] >= 0) {
        adj[fill[pos]++] = colOfRow[pos]; // its own mentor first (may repeat below: harmless)
      }
    }
    for (int t = 0; t < kc; t++) {
      int pos = (int) ((keys[t] >>> 21) & 0x1fffff);
      adj[fill[pos]++] = (int) (keys[t] & 0x1fffff);
    }
    int[] cap = new int[m];
    for (int j = 0; j < m; j++) {
      cap[j] = inst.available[j] ? inst.remaining[j] : 0;
    }
    MaxCardinality more = new MaxCardinality(rows.length, m, rowStart, adj, cap);
    more.initial = colOfRow;
    more.simple = !inst.network; // school-sized components: one search per mentee
    more.solve();
    return ResultAssembler.assemble(inst, rows, more.assign, allowed, false, false, allowedArcs,
        allowedArcs, 1, start);
  }
}
