package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * Exact min-cost assignment of rows (mentees) to capacitated columns (mentors) on a sparse
 * graph in compressed-row form, by successive shortest augmenting paths with dual potentials
 * (Dijkstra on reduced costs, one row at a time).
 *
 * <p>Every row has an extra arc to a shared "unpaired" column (index {@code m}) of capacity
 * {@code rows - maxCardinality} and cost {@code dummyCost}, so every row gets a column and the
 * real arcs form a matching of maximum cardinality; among those, total cost is minimal.
 *
 * <p>Invariants after each row: reduced cost {@code c - u[r] + p[j] >= 0} on every arc of a
 * processed row, {@code = 0} on assigned arcs, {@code p[j] >= 0} and {@code p[j] > 0} only for
 * full columns. These are the LP optimality conditions, so the final {@code u, p} certify the
 * result and can price arcs that are not in the graph.
 */
final class AssignmentFlow {

  final int rows;
  final int m;
  final int[] rowStart;
  final int[] adjCol;
  final int[] adjCost;
  final int[] cap;
  final int dummyCost;

  final int[] assign;
  final int[] load;
  final int[] colHead;
  final int[] next;
  final int[] prev;
  final int[] u;
  final int[] p;

  // Dijkstra scratch (columns 0..m)
  private final int[] dist;
  private final int[] distStamp;
  private final int[] popStamp;
  private final int[] predRow;
  private final int[] popped;
  private int[] treeRows;
  private int[] treeDist;
  private long[] heap = new long[1024];
  private int heapSize;
  private int stampNo;

  /**
   * @param cap capacities of the m real columns
   * @param unpairedCapacity capacity of the shared unpaired column
   */
  AssignmentFlow(int rows, int m, int[] rowStart, int[] adjCol, int[] adjCost, int[] cap,
      int unpairedCapacity, int dummyCost) {
    this.rows = rows;
    this.m = m;
    this.rowStart = rowStart;
    this.adjCol = adjCol;
    this.adjCost = adjCost;
    this.cap = Arrays.copyOf(cap, m + 1);
    this.cap[m] = unpairedCapacity;
    this.dummyCost = dummyCost;
    assign = new int[rows];
    Arrays.fill(assign, -1);
    load = new int[m + 1];
    colHead = new int[m + 1];
    Arrays.fill(colHead, -1);
    next = new int[rows];
    prev = new int[rows];
    u = new int[rows];
    p = new int[m + 1];
    dist = new int[m + 1];
    distStamp = new int[m + 1];
    popStamp = new int[m + 1];
    predRow = new int[m + 1];
    popped = new int[m + 1];
    treeRows = new int[64];
    treeDist = new int[64];
  }

  void solve() {
    for (int r = 0; r < rows; r++) {
      augmentFrom(r);
    }
  }

  private void augmentFrom(int r) {
    int cur = ++stampNo;
    heapSize = 0;
    int poppedCount = 0;
    int treeCount = 0;
    final int[] rs = rowStart;
    final int[] ac = adjCol;
    final int[] cost = adjCost;
    final int[] pp = p;
    for (int a = rs[r]; a < rs[r + 1]; a++) {
      int j = ac[a];
      relax(j, cost[a] + pp[j], r, cur);
    }
    relax(m, dummyCost + pp[m], r, cur);
    int sink = -1;
    int bigD = 0;
    while (heapSize > 0) {
      long key = pop();
      int j = (int) (key & 0xffffffffL);
      int d = (int) (key >>> 32);
      if (popStamp[j] == cur || dist[j] != d) {
        continue;
      }
      popStamp[j] = cur;
      popped[poppedCount++] = j;
      if (load[j] < cap[j]) {
        sink = j;
        bigD = d;
        break;
      }
      for (int k = colHead[j]; k != -1; k = next[k]) {
        if (treeCount == treeRows.length) {
          treeRows = Arrays.copyOf(treeRows, treeCount * 2);
          treeDist = Arrays.copyOf(treeDist, treeCount * 2);
        }
        treeRows[treeCount] = k;
        treeDist[treeCount++] = d;
        int base = d - u[k];
        for (int a = rs[k]; a < rs[k + 1]; a++) {
          int j2 = ac[a];
          if (popStamp[j2] != cur) {
            relax(j2, base + cost[a] + pp[j2], k, cur);
          }
        }
        if (j != m && popStamp[m] != cur) {
          relax(m, base + dummyCost + pp[m], k, cur);
        }
      }
    }
    if (sink < 0) {
      throw new IllegalStateException("no augmenting path for row " + r);
    }
    for (int t = 0; t < poppedCount; t++) {
      int j = popped[t];
      pp[j] += bigD - dist[j];
    }
    for (int t = 0; t < treeCount; t++) {
      u[treeRows[t]] += bigD - treeDist[t];
    }
    u[r] = bigD;
    // augment: each row on the path moves to the column it reached
    int target = sink;
    int k = predRow[sink];
    while (true) {
      int old = assign[k];
      if (old >= 0) {
        unlink(k, old);
      }
      link(k, target);
      if (k == r) {
        break;
      }
      target = old;
      k = predRow[old];
    }
  }

  private void relax(int j, int nd, int from, int cur) {
    if (distStamp[j] != cur || nd < dist[j]) {
      distStamp[j] = cur;
      dist[j] = nd;
      predRow[j] = from;
      push(((long) nd << 32) | j);
    }
  }

  private void link(int k, int j) {
    assign[k] = j;
    load[j]++;
    prev[k] = -1;
    next[k] = colHead[j];
    if (colHead[j] != -1) {
      prev[colHead[j]] = k;
    }
    colHead[j] = k;
  }

  private void unlink(int k, int j) {
    load[j]--;
    if (prev[k] != -1) {
      next[prev[k]] = next[k];
    } else {
      colHead[j] = next[k];
    }
    if (next[k] != -1) {
      prev[next[k]] = prev[k];
    }
    assign[k] = -1;
  }

  // binary min-heap of (dist << 32 | column)
  private void push(long key) {
    if (heapSize == heap.length) {
      heap = Arrays.copyOf(heap, heapSize * 2);
    }
    int i = heapSize++;
    long[] h = heap;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      long pk = h[parent];
      if (pk <= key) {
        break;
      }
      h[i] = pk;
      i = parent;
    }
    h[i] = key;
  }

  private long pop() {
    long[] h = heap;
    long top = h[0];
    long last = h[--heapSize];
    int size = heapSize;
    int i = 0;
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      long ck = h[c];
      if (c + 1 < size && h[c + 1] < ck) {
        c++;
        ck = h[c];
      }
      if (last <= ck) {
        break;
      }
      h[i] = ck;
      i = c;
    }
    if (size > 0) {
      h[i] = last;
    }
    return top;
  }

  /** Cost of the assignment, the unpaired column included. */
  long primalCost() {
    long total = 0;
    for (int r = 0; r < rows; r++) {
      int j = assign[r];
      if (j == m) {
        total += dummyCost;
      } else {
        total += costOf(r, j);
      }
    }
    return total;
  }

  int costOf(int r, int j) {
    for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
      if (adjCol[a] == j) {
        return adjCost[a];
      }
    }
    throw new IllegalStateException("no arc " + r + "->" + j);
  }

  /** Dual objective {@code sum u - sum cap * p}: equals the primal cost at an optimum. */
  long dualObjective() {
    long total = 0;
    for (int r = 0; r < rows; r++) {
      total += u[r];
    }
    for (int j = 0; j <= m; j++) {
      total -= (long) cap[j] * p[j];
    }
    return total;
  }

  /** Checks dual feasibility and complementary slackness on every arc of the graph. */
  boolean dualConditionsHold() {
    for (int j = 0; j <= m; j++) {
      if (p[j] < 0 || (p[j] > 0 && load[j] < cap[j])) {
        return false;
      }
    }
    for (int r = 0; r < rows; r++) {
      if (assign[r] < 0) {
        return false;
      }
      for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
        int j = adjCol[a];
        long rc = (long) adjCost[a] - u[r] + p[j];
        if (rc < 0 || (assign[r] == j && rc != 0)) {
          return false;
        }
      }
      long rcDummy = (long) dummyCost - u[r] + p[m];
      if (rcDummy < 0 || (assign[r] == m && rcDummy != 0)) {
        return false;
      }
    }
    return true;
  }
}
