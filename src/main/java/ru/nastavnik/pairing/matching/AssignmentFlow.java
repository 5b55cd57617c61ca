package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * Exact min-cost assignment of rows (mentees) to capacitated columns (mentors) on a sparse
 * graph in compressed-row form, by successive shortest augmenting paths with dual potentials
 * (Dijkstra on reduced costs, one row at a time).
 *
 * <p>Every row has an extra arc to a shared "unpaired" column (index {@code m}) of cost
 * {@code dummyCost}, so every row gets a column. Two ways to make the real arcs a matching of
 * maximum cardinality (and among those, of least cost): that column's capacity is
 * {@code rows - maxCardinality} (known beforehand), or it takes every row and its cost is above
 * what any matching can gain in cost, so that one pair more is always worth more than any
 * choice of scores ({@link ExactSolver#unpairedCost}).
 *
 * <p>Invariants after each row: reduced cost {@code c - u[r] + p[j] >= 0} on every arc of a
 * processed row, {@code = 0} on assigned arcs, {@code p[j] >= 0} and {@code p[j] > 0} only for
 * full columns. These are the LP optimality conditions, so the final {@code u, p} certify the
 * result and can price arcs that are not in the graph.
 */
final class AssignmentFlow extends ColumnAssignment {

  final int m;
  final int[] rowStart;
  final int[] adjCol;
  final int[] adjCost;
  final int[] cap;
  final int dummyCost;

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
  long pops;
  long relaxes;

  /**
   * @param cap capacities of the m real columns
   * @param unpairedCapacity capacity of the shared unpaired column
   */
  AssignmentFlow(int rows, int m, int[] rowStart, int[] adjCol, int[] adjCost, int[] cap,
      int unpairedCapacity, int dummyCost) {
    super(rows, m + 1);
    this.m = m;
    this.rowStart = rowStart;
    this.adjCol = adjCol;
    this.adjCost = adjCost;
    this.cap = Arrays.copyOf(cap, m + 1);
    this.cap[m] = unpairedCapacity;
    this.dummyCost = dummyCost;
    u = new int[rows];
    p = new int[m + 1];
    dist = new int[m + 1];
    distStamp = new int[m + 1];
    popStamp = new int[m + 1];
    predRow = new int[m + 1];
    popped = new int[m + 1];
    treeRows = new int[64];
    treeDist = new int[64];
    Arrays.fill(bucketHead, -1);
  }

  /**
   * Rows taken one at a time first (cheap while most columns have room), then the rest in
   * Hungarian phases.
   */
  double rowShare = 0.7;

  void solve() {
    int cut = (int) (rows * rowShare);
    for (int r = 0; r < cut; r++) {
      augmentFrom(r);
    }
    phases();
  }

  int phaseCount;

  /**
   * Hungarian phases: one Dijkstra from all unassigned rows at once, duals raised to the
   * nearest column with room, then as many disjoint zero-reduced-cost augmenting paths as a
   * depth-first search finds.
   */
  private void phases() {
    int[] free = new int[rows];
    int freeCount = 0;
    for (int r = 0; r < rows; r++) {
      if (assign[r] < 0) {
        u[r] = bestReduced(r);
        free[freeCount++] = r;
      }
    }
    int[] rowMark = new int[rows];
    int[] colMark = new int[m + 1];
    int[] stack = new int[rows];
    int[] frameArc = new int[rows];
    int[] frameCol = new int[rows];
    int[] frameRowIt = new int[rows];
    int mark = 0;
    while (freeCount > 0) {
      // first use the zero-reduced-cost paths that already exist
      mark++;
      int left = 0;
      for (int f = 0; f < freeCount; f++) {
        int root = free[f];
        if (!tightPath(root, mark, rowMark, colMark, stack, frameArc, frameCol, frameRowIt)) {
          free[left++] = root;
        }
      }
      // no second pass over the roots left: repeating it costs a whole search of the tight
      // arcs and rarely finds more; the Dijkstra phase below finds what remains (a raise of 0
      // when a tight path was left, which the next pass then takes)
      freeCount = left;
      if (freeCount == 0) {
        break;
      }
      phaseCount++;
      int cur = startSearch();
      for (int f = 0; f < freeCount; f++) {
        seed(free[f], cur);
      }
      if (grow(cur) < 0) {
        throw new IllegalStateException("no augmenting path for the remaining rows");
      }
      raiseDuals();
      for (int f = 0; f < freeCount; f++) {
        u[free[f]] += reach;
      }
    }
  }

  private boolean tightPath(int root, int mark, int[] rowMark, int[] colMark, int[] stack,
      int[] frameArc, int[] frameCol, int[] frameRowIt) {
    if (rowMark[root] == mark) {
      return false;
    }
    rowMark[root] = mark;
    int sp = 0;
    stack[0] = root;
    frameArc[0] = rowStart[root];
    frameCol[0] = -1;
    sp = 1;
    while (sp > 0) {
      int f = sp - 1;
      int r = stack[f];
      if (frameCol[f] >= 0) {
        int k = frameRowIt[f];
        while (k != -1 && rowMark[k] == mark) {
          k = next[k];
        }
        if (k != -1) {
          frameRowIt[f] = next[k];
          rowMark[k] = mark;
          stack[sp] = k;
          frameArc[sp] = rowStart[k];
          frameCol[sp] = -1;
          sp++;
          continue;
        }
        frameCol[f] = -1;
      }
      boolean descended = false;
      int end = rowStart[r + 1];
      int ur = u[r];
      int own = assign[r];
      while (frameArc[f] <= end) {
        int a = frameArc[f]++;
        int j;
        int c;
        if (a < end) {
          j = adjCol[a];
          c = adjCost[a];
        } else {
          j = m;
          c = dummyCost;
        }
        if (c + p[j] != ur || j == own || colMark[j] == mark) {
          continue;
        }
        if (load[j] < cap[j]) {
          augmentAlong(stack, sp, j);
          // the path's rows and columns changed: later roots of this pass may use them again
          // (a pass that augments nothing changes nothing, so its marks stay exact)
          for (int t = 0; t < sp; t++) {
            rowMark[stack[t]] = 0;
            if (t + 1 < sp) {
              colMark[frameCol[t]] = 0;
            }
          }
          return true;
        }
        colMark[j] = mark;
        frameCol[f] = j;
        frameRowIt[f] = colHead[j];
        descended = true;
        break;
      }
      if (!descended) {
        sp--;
      }
    }
    return false;
  }

  /** One row's shortest augmenting path (Dijkstra on reduced costs), duals kept optimal. */
  private void augmentFrom(int r) {
    int cur = startSearch();
    u[r] = 0;
    seed(r, cur);
    int sink = grow(cur);
    if (sink < 0) {
      throw new IllegalStateException("no augmenting path for row " + r);
    }
    raiseDuals();
    u[r] = reach;
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

  // ------------------------------------------------------------------ the shortest-path search

  /** Distance of the column with room that the last {@link #grow} reached. */
  private int reach;
  private int poppedCount;
  private int treeCount;

  /** Smallest label of a column with room in the current search. */
  private int roomBound;

  private int startSearch() {
    qReset();
    roomBound = Integer.MAX_VALUE;
    poppedCount = 0;
    treeCount = 0;
    return ++stampNo;
  }

  /** Starts the search at an unassigned row: its arcs at their reduced costs. */
  private void seed(int r, int cur) {
    int base = -u[r];
    for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
      int j = adjCol[a];
      relax(j, base + adjCost[a] + p[j], r, cur);
    }
    relax(m, base + dummyCost + p[m], r, cur);
  }

  /**
   * Dijkstra over columns from the seeded rows, through the rows of full columns, up to the
   * nearest column with room.
   *
   * @return that column ({@link #reach} its distance), or -1 when none can be reached
   */
  private int grow(int cur) {
    final int[] rs = rowStart;
    final int[] ac = adjCol;
    final int[] cost = adjCost;
    final int[] pp = p;
    while (true) {
      long key = qPop();
      if (key < 0) {
        return -1;
      }
      int j = (int) (key & 0xffffffffL);
      int d = (int) (key >>> 32);
      if (popStamp[j] == cur || dist[j] != d) {
        continue;
      }
      popStamp[j] = cur;
      popped[poppedCount++] = j;
      pops++;
      if (load[j] < cap[j]) {
        reach = d;
        return j;
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
  }

  /** After a search: the columns and rows it settled get potentials that keep every arc tight or slack. */
  private void raiseDuals() {
    for (int t = 0; t < poppedCount; t++) {
      int j = popped[t];
      p[j] += reach - dist[j];
    }
    for (int t = 0; t < treeCount; t++) {
      u[treeRows[t]] += reach - treeDist[t];
    }
  }

  private void relax(int j, int nd, int from, int cur) {
    relaxes++;
    // the search stops at the nearest column with room: nothing at or beyond the nearest one
    // labelled so far can be settled before it
    if (nd >= roomBound) {
      return;
    }
    if (load[j] < cap[j]) {
      roomBound = nd;
    }
    if (distStamp[j] != cur || nd < dist[j]) {
      distStamp[j] = cur;
      dist[j] = nd;
      predRow[j] = from;
      qPush(nd, j);
    }
  }

  // bucket queue for small distances (Dial), the binary heap for the rest
  private static final int BUCKETS = 2048;
  private final int[] bucketHead = new int[BUCKETS];
  private int[] entNode = new int[1024];
  private int[] entNext = new int[1024];
  private int entCount;
  private int cursor;
  private int maxBucket = BUCKETS - 1;

  private void qReset() {
    Arrays.fill(bucketHead, 0, Math.min(BUCKETS, maxBucket + 1), -1);
    maxBucket = -1;
    entCount = 0;
    cursor = 0;
    heapSize = 0;
  }

  private void qPush(int d, int node) {
    if (d >= BUCKETS) {
      push(((long) d << 32) | node);
      return;
    }
    if (entCount == entNode.length) {
      entNode = Arrays.copyOf(entNode, entCount * 2);
      entNext = Arrays.copyOf(entNext, entCount * 2);
    }
    int e = entCount++;
    entNode[e] = node;
    entNext[e] = bucketHead[d];
    bucketHead[d] = e;
    if (d > maxBucket) {
      maxBucket = d;
    }
    if (d < cursor) {
      cursor = d; // cannot happen in Dijkstra order, kept for safety
    }
  }

  /** The next (dist << 32 | node) in order, or -1 when empty. */
  private long qPop() {
    while (cursor <= maxBucket) {
      int e = bucketHead[cursor];
      if (e != -1) {
        bucketHead[cursor] = entNext[e];
        return ((long) cursor << 32) | entNode[e];
      }
      cursor++;
    }
    return heapSize > 0 ? pop() : -1;
  }

  // binary min-heap of (dist << 32 | column)
  private void push(long key) {
    if (heapSize == heap.length) {
      heap = Arrays.copyOf(heap, heapSize * 2);
    }
    heapSize = heapPush(heap, heapSize, key);
  }

  private long pop() {
    long top = heap[0];
    heapSize = heapPop(heap, heapSize);
    return top;
  }

  /** Adds {@code key} to the binary min-heap {@code h[0..size)} (h has room); returns the new size. */
  static int heapPush(long[] h, int size, long key) {
    int i = size;
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
    return size + 1;
  }

  /** Removes the least key {@code h[0]} from the binary min-heap {@code h[0..size)}; returns the new size. */
  static int heapPop(long[] h, int size) {
    long last = h[--size];
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
    return size;
  }

  // ------------------------------------------------------------------ warm restart

  /**
   * Continues from an optimal state of a smaller graph (same rows and columns): rows marked
   * dirty (they gained arcs with negative reduced cost) are unassigned and assigned again by
   * the usual phases; a column left with room and a positive price is then repaired by a
   * reverse search.
   *
   * <p>The phases come first: the places the dirty rows left are columns with room, so the
   * phases' searches end there and fill most of them (at 5,000 × 2,500 all of them) for the
   * price of the searches they run anyway; repairing each place first, by a reverse search of
   * its own, cost twice the phases.
   */
  void warmStart(int[] prevAssign, int[] prevU, int[] prevP, boolean[] dirty) {
    System.arraycopy(prevU, 0, u, 0, rows);
    System.arraycopy(prevP, 0, p, 0, m + 1);
    for (int r = 0; r < rows; r++) {
      if (!dirty[r] && prevAssign[r] >= 0) {
        link(r, prevAssign[r]);
      }
    }
    // the phases keep every reduced cost non-negative and the assigned arcs tight: a column
    // with room is a valid end for their paths whatever its price
    phases();
    // every row is assigned now: a repair moves rows along its path or lowers prices, never
    // frees a row, and leaves no new column with room and a positive price
    for (int j = 0; j <= m; j++) {
      while (load[j] < cap[j] && p[j] > 0) {
        repairHole(j);
      }
    }
  }

  private int bestReduced(int r) {
    int best = dummyCost + p[m];
    for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
      best = Math.min(best, adjCost[a] + p[adjCol[a]]);
    }
    return best;
  }

  private int[] colStart;
  private int[] tRow;
  private int[] tCost;
  private int[] rDist;
  private int[] rDistStamp;
  private int[] rPopStamp;
  private int[] predColOfRow;
  private int[] predRowOfCol;
  private int[] rPopped;
  private int rStampNo;

  /**
   * The arcs of a graph in compressed-row form grouped by column: {@code {colStart (columns + 1
   * entries), row of each arc, its cost}}, rows ascending within a column.
   */
  static int[][] byColumn(int rows, int columns, int[] rowStart, int[] adjCol, int[] adjCost) {
    int[] colStart = new int[columns + 1];
    for (int a = 0; a < adjCol.length; a++) {
      colStart[adjCol[a] + 1]++;
    }
    for (int j = 0; j < columns; j++) {
      colStart[j + 1] += colStart[j];
    }
    int[] fill = Arrays.copyOf(colStart, columns);
    int[] row = new int[adjCol.length];
    int[] cost = new int[adjCol.length];
    for (int r = 0; r < rows; r++) {
      for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
        int at = fill[adjCol[a]]++;
        row[at] = r;
        cost[at] = adjCost[a];
      }
    }
    return new int[][] {colStart, row, cost};
  }

  private void buildTranspose() {
    int[][] t = byColumn(rows, m + 1, rowStart, adjCol, adjCost);
    colStart = t[0];
    tRow = t[1];
    tCost = t[2];
    int nodes = rows + m + 1;
    rDist = new int[nodes];
    rDistStamp = new int[nodes];
    rPopStamp = new int[nodes];
    rPopped = new int[nodes];
    predColOfRow = new int[rows];
    predRowOfCol = new int[m + 1];
  }

  /**
   * Column {@code j0} has room but a positive price. Searches backwards from it along
   * zero-or-more reduced-cost arcs: either a free row moves in (rows shifting along the path),
   * or the room moves to a column whose price can drop to zero, or the price of j0 itself drops
   * to zero; duals are adjusted so that all reduced costs stay non-negative.
   */
  private void repairHole(int j0) {
    if (colStart == null) {
      buildTranspose();
    }
    int cur = ++rStampNo;
    qReset();
    int poppedCount = 0;
    final int colBase = rows;
    rSet(colBase + j0, 0, cur);
    long bestVal = Long.MAX_VALUE;
    int bestNode = -1;
    while (true) {
      long key = qPop();
      if (key < 0) {
        break;
      }
      int node = (int) (key & 0xffffffffL);
      int d = (int) (key >>> 32);
      if (d >= bestVal) {
        break;
      }
      if (rPopStamp[node] == cur || rDist[node] != d) {
        continue;
      }
      rPopStamp[node] = cur;
      rPopped[poppedCount++] = node;
      if (node >= colBase) {
        int j = node - colBase;
        long tv = (long) d + p[j];
        if (tv < bestVal) {
          bestVal = tv;
          bestNode = node;
        }
        if (tv == d) {
          break; // a column whose price is already 0 ends here: every label left is at least d
        }
        if (j == m) {
          // a label at or beyond the best end found so far is never settled: not queued
          long limit = bestVal - d - dummyCost - p[m];
          for (int k = 0; k < rows; k++) {
            if (assign[k] != m && -u[k] < limit) {
              rRelaxRow(k, d + dummyCost - u[k] + p[m], j, cur);
            }
          }
        } else {
          for (int t = colStart[j]; t < colStart[j + 1]; t++) {
            int k = tRow[t];
            int nd = d + tCost[t] - u[k] + p[j];
            if (nd < bestVal && assign[k] != j) {
              rRelaxRow(k, nd, j, cur);
            }
          }
        }
      } else {
        int k = node;
        int j1 = assign[k];
        if (j1 < 0) {
          if (d < bestVal) {
            bestVal = d;
            bestNode = node;
          }
          continue;
        }
        int cn = colBase + j1;
        if (rPopStamp[cn] != cur && (rDistStamp[cn] != cur || d < rDist[cn]) && d < bestVal) {
          predRowOfCol[j1] = k;
          if (p[j1] == 0) {
            // the room can move to a column priced 0 (the unpaired one, say) at this label, the
            // least in the queue: nothing left can end nearer, so the search ends here
            bestVal = d;
            bestNode = cn;
            break;
          }
          rSet(cn, d, cur);
        }
      }
    }
    int bigD = (int) bestVal;
    for (int t = 0; t < poppedCount; t++) {
      int node = rPopped[t];
      int d = rDist[node];
      if (d >= bigD) {
        continue;
      }
      if (node >= colBase) {
        p[node - colBase] -= bigD - d;
      } else {
        u[node] -= bigD - d;
      }
    }
    // move rows along the path: the room travels from j0 to the terminal
    int col;
    if (bestNode < colBase) {
      int k = bestNode;
      col = predColOfRow[k];
      link(k, col);
    } else {
      col = bestNode - colBase;
    }
    while (col != j0) {
      int k = predRowOfCol[col];
      int target = predColOfRow[k];
      unlink(k, col);
      link(k, target);
      col = target;
    }
    // assigned arcs tight again (lowering u only raises the other reduced costs)
    for (int t = 0; t < poppedCount; t++) {
      int node = rPopped[t];
      if (node >= colBase) {
        int j = node - colBase;
        for (int k = colHead[j]; k != -1; k = next[k]) {
          u[k] = (j == m ? dummyCost : costOf(k, j)) + p[j];
        }
      } else if (assign[node] >= 0) {
        int j = assign[node];
        u[node] = (j == m ? dummyCost : costOf(node, j)) + p[j];
      }
    }
  }

  private void rRelaxRow(int k, int nd, int fromCol, int cur) {
    if (rPopStamp[k] == cur) {
      return;
    }
    if (rDistStamp[k] != cur || nd < rDist[k]) {
      predColOfRow[k] = fromCol;
      rSet(k, nd, cur);
    }
  }

  private void rSet(int node, int d, int cur) {
    rDistStamp[node] = cur;
    rDist[node] = d;
    qPush(d, node);
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
