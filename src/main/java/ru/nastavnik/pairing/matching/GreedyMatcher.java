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
    int[] hist = new int[range];
    long[] keys = new long[Math.max(16, rows.length * PER_MENTEE)];
    int kc = 0;
    long allowedArcs = 0;
    // 1. each mentee's best few mentors, pooled and taken best-first
    for (int pos = 0; pos < rows.length; pos++) {
      int cnt = inst.scanRow(rows[pos], cols, scores);
      allowed[pos] = cnt;
      allowedArcs += cnt;
      if (cnt == 0) {
        continue;
      }
      Arrays.fill(hist, 0);
      for (int t = 0; t < cnt; t++) {
        hist[scores[t] - inst.scoreMin]++;
      }
      int thr = -1;
      int quota = 0;
      int above = 0;
      for (int b = range - 1; b >= 0; b--) {
        if (above + hist[b] >= PER_MENTEE) {
          thr = b;
          quota = PER_MENTEE - above;
          break;
        }
        above += hist[b];
      }
      for (int t = 0; t < cnt; t++) {
        int b = scores[t] - inst.scoreMin;
        if (b > thr || (b == thr && quota-- > 0)) {
          if (kc == keys.length) {
            keys = Arrays.copyOf(keys, kc * 2);
          }
          keys[kc++] = ((long) (range - 1 - b) << 42) | ((long) pos << 21) | cols[t];
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
    // 2. mentees still unpaired: the best mentor with room left
    for (int pos = 0; pos < rows.length; pos++) {
      if (colOfRow[pos] >= 0 || allowed[pos] == 0) {
        continue;
      }
      int cnt = inst.scanRow(rows[pos], cols, scores);
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
    return ResultAssembler.assemble(inst, rows, colOfRow, allowed, false, false, allowedArcs,
        allowedArcs, 1, start);
  }
}
