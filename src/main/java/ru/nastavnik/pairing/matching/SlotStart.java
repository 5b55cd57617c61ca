package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * The first solve of a pruned graph from the mentors' side, when mentors have fewer places
 * than there are mentees: each place of a mentor is a row that chooses a mentee (capacity 1),
 * or stays empty at the unpaired cost. Mentees are then the side with room to spare, so most
 * searches end after a step or two, where mentees competing for scarce places need long price
 * wars (at 5,000 mentees × 4,600 places: 4.6 M relaxations instead of 6.2 M, about a third
 * less time, building the places included).
 *
 * <p>Both problems have the same optimum (they differ by a constant: an empty place and an
 * unpaired mentee cost the same), and the dual potentials of the places' solution translate
 * exactly into the mentees' form that {@link AssignmentFlow} continues from:
 * {@code u[i] = unpairedCost - P[i]} for mentee i, {@code p[j] = unpairedCost - U[s]} for
 * mentor j, s any of its places. The places of one mentor carry the same {@code U} (they are
 * interchangeable rows: each one's arcs are tight or slack against the others' partners), and
 * {@code U = unpairedCost} for all of them when one stays empty, so a mentor with room gets
 * price 0. The caller loads the result into the mentees' flow and checks its proof there.
 */
final class SlotStart {

  /** Mentor column per mentee ({@code m}: unpaired). */
  final int[] assign;
  /** Mentee potentials. */
  final int[] u;
  /** Mentor potentials, {@code p[m] = 0} for the unpaired column. */
  final int[] p;
  long relaxes;
  int phases;

  private SlotStart(int[] assign, int[] u, int[] p) {
    this.assign = assign;
    this.u = u;
    this.p = p;
  }

  /**
   * Whether the mentors' side is the one to start from: fewer places than mentees, and the
   * places' rows (each a copy of its mentor's arcs) not much larger than the graph — a large
   * group with many candidates would copy its arcs once per place.
   */
  static boolean worthIt(int rows, int[] cap, int[] adjCol) {
    long places = 0;
    for (int c : cap) {
      places += Math.max(0, c);
    }
    if (places == 0 || places >= rows) {
      return false;
    }
    long copies = 0;
    for (int j : adjCol) {
      copies += Math.max(0, cap[j]);
    }
    return copies <= 4L * adjCol.length && copies < Integer.MAX_VALUE;
  }

  /**
   * Solves the graph (rows: mentees, {@code adjCol}: mentors, capacities {@code cap}) from the
   * mentors' places, the unpaired cost taking every place that stays empty.
   */
  static SlotStart solve(int rows, int m, int[] rowStart, int[] adjCol, int[] adjCost,
      int[] cap, int unpairedCost) {
    // each mentor's mentees, ascending
    int[][] byMentor = AssignmentFlow.byColumn(rows, m, rowStart, adjCol, adjCost);
    int[] colStart = byMentor[0];
    int[] tRow = byMentor[1];
    int[] tCost = byMentor[2];
    // one row per place, with its mentor's arcs
    int places = 0;
    long arcs = 0;
    for (int j = 0; j < m; j++) {
      int c = Math.max(0, cap[j]);
      places += c;
      arcs += (long) c * (colStart[j + 1] - colStart[j]);
    }
    int[] placeCol = new int[places];
    int[] pStart = new int[places + 1];
    int[] pCol = new int[Math.toIntExact(arcs)];
    int[] pCost = new int[pCol.length];
    int s = 0;
    int w = 0;
    for (int j = 0; j < m; j++) {
      int len = colStart[j + 1] - colStart[j];
      for (int c = 0; c < cap[j]; c++, s++) {
        placeCol[s] = j;
        pStart[s] = w;
        System.arraycopy(tRow, colStart[j], pCol, w, len);
        System.arraycopy(tCost, colStart[j], pCost, w, len);
        w += len;
      }
    }
    pStart[places] = w;
    int[] one = new int[rows];
    Arrays.fill(one, 1);
    AssignmentFlow t = new AssignmentFlow(places, rows, pStart, pCol, pCost, one, places,
        unpairedCost);
    t.solve();
    // back to the mentees' form
    int[] assign = new int[rows];
    Arrays.fill(assign, m);
    int[] placeU = new int[m];
    Arrays.fill(placeU, Integer.MAX_VALUE);
    for (int x = 0; x < places; x++) {
      int j = placeCol[x];
      placeU[j] = Math.min(placeU[j], t.u[x]); // all equal at the optimum; the least is safe
      int i = t.assign[x];
      if (i < rows) {
        assign[i] = j;
      }
    }
    int[] u = new int[rows];
    for (int i = 0; i < rows; i++) {
      u[i] = unpairedCost - t.p[i];
    }
    int[] p = new int[m + 1];
    for (int j = 0; j < m; j++) {
      p[j] = placeU[j] == Integer.MAX_VALUE ? 0 : unpairedCost - placeU[j];
    }
    // a mentor without places (none left) is full: priced so that its arcs stay slack
    for (int r = 0; r < rows; r++) {
      for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
        int j = adjCol[a];
        if (cap[j] <= 0) {
          p[j] = Math.max(p[j], u[r] - adjCost[a]);
        }
      }
    }
    lowerPrices(rows, m, rowStart, adjCol, adjCost, cap, assign, u, p);
    SlotStart out = new SlotStart(assign, u, p);
    out.relaxes = t.relaxes;
    out.phases = t.phaseCount;
    return out;
  }

  /**
   * Lowers each full mentor's price (and its mentees' potentials with it) as far as the other
   * arcs allow. The places' potentials price a full mentor at about the unpaired cost (a place
   * saves an unpaired mentee), which proves the optimum as well as any, but a later repair of a
   * place left free searches up to its price, i.e. nearly the whole graph. The least prices
   * are shortest distances: {@code δ[j] = min(p[j], δ[j'] + rc(k, j))} over the mentees k of
   * mentor j' with an arc to j, 0 for mentors with room and the unpaired column; then
   * {@code p[j] -= δ[j]} and {@code u[k] -= δ[j]} for its mentees. Reduced costs stay
   * non-negative ({@code rc' = rc + δ[j'] - δ[j]}) and assigned arcs tight.
   */
  static void lowerPrices(int rows, int m, int[] rowStart, int[] adjCol, int[] adjCost, int[] cap,
      int[] assign, int[] u, int[] p) {
    int[] head = new int[m + 1];
    Arrays.fill(head, -1);
    int[] next = new int[rows];
    int[] load = new int[m + 1];
    for (int r = 0; r < rows; r++) {
      int j = assign[r];
      next[r] = head[j];
      head[j] = r;
      load[j]++;
    }
    long[] delta = new long[m + 1];
    long[] heap = new long[m + 1 + adjCol.length];
    int size = 0;
    for (int j = 0; j <= m; j++) {
      delta[j] = j == m || load[j] < cap[j] ? 0 : p[j];
      size = AssignmentFlow.heapPush(heap, size, (delta[j] << 32) | j);
    }
    boolean[] done = new boolean[m + 1];
    while (size > 0) {
      long top = heap[0];
      size = AssignmentFlow.heapPop(heap, size);
      int j = (int) (top & 0xffffffffL);
      long d = top >>> 32;
      if (done[j] || d != delta[j]) {
        continue;
      }
      done[j] = true;
      for (int k = head[j]; k != -1; k = next[k]) {
        long base = d - u[k];
        for (int a = rowStart[k]; a < rowStart[k + 1]; a++) {
          int j2 = adjCol[a];
          long nd = base + adjCost[a] + p[j2];
          if (nd < delta[j2] && nd >= d && !done[j2]) { // (rc < 0: not a proof, left to the check)
            delta[j2] = nd;
            size = AssignmentFlow.heapPush(heap, size, (nd << 32) | j2);
          }
        }
      }
    }
    for (int j = 0; j < m; j++) {
      p[j] -= (int) delta[j];
    }
    for (int r = 0; r < rows; r++) {
      u[r] -= (int) delta[assign[r]];
    }
  }
}
