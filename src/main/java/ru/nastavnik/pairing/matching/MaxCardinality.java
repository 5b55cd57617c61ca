package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * Maximum-cardinality b-matching (rows to capacitated columns) by Hopcroft–Karp phases, and
 * the König cover that proves it: rows reachable from unmatched rows by alternating paths
 * ({@link #reachRow}) and the columns they reach ({@link #reachCol}). Every arc from a
 * reachable row goes to a reachable (full) column; an arc outside the graph from a reachable row
 * to an unreachable column is the only kind that could increase the cardinality.
 */
final class MaxCardinality extends ColumnAssignment {

  final int m;
  private final int[] rowStart;
  private final int[] adjCol;
  private final int[] cap;

  int size;
  int phases;
  /** One depth-first search per unmatched row instead of Hopcroft–Karp phases (small components). */
  boolean simple;
  /** A matching to start from (column per row, -1 free) instead of the greedy start. */
  int[] initial;
  boolean[] reachRow;
  boolean[] reachCol;

  // phase scratch
  private final int[] rowLevel;
  private final int[] colLevel;
  private final int[] itArc;
  private final int[] itRow;
  private final int[] viaCol;

  MaxCardinality(int rows, int m, int[] rowStart, int[] adjCol, int[] cap) {
    super(rows, m);
    this.m = m;
    this.rowStart = rowStart;
    this.adjCol = adjCol;
    this.cap = cap;
    rowLevel = new int[rows];
    colLevel = new int[m];
    itArc = new int[rows];
    itRow = new int[rows];
    viaCol = new int[rows];
  }

  void solve() {
    if (initial != null) {
      for (int r = 0; r < rows; r++) {
        if (initial[r] >= 0) {
          link(r, initial[r]);
          size++;
        }
      }
    } else {
      greedyStart();
    }
    int[] queue = new int[rows];
    int[] stack = new int[rows];
    phaseLoop(queue, stack);
    if (simple) {
      searchEachRow(stack);
    }
    computeCover();
  }

  /** Rows with fewest options first, each to the column with most room left. */
  private void greedyStart() {
    int[] order = new int[rows];
    {
      int maxDeg = 0;
      for (int r = 0; r < rows; r++) {
        maxDeg = Math.max(maxDeg, rowStart[r + 1] - rowStart[r]);
      }
      int[] countByDeg = new int[maxDeg + 2];
      for (int r = 0; r < rows; r++) {
        countByDeg[rowStart[r + 1] - rowStart[r] + 1]++;
      }
      for (int d = 0; d <= maxDeg; d++) {
        countByDeg[d + 1] += countByDeg[d];
      }
      for (int r = 0; r < rows; r++) {
        order[countByDeg[rowStart[r + 1] - rowStart[r]]++] = r;
      }
    }
    for (int r : order) {
      int best = -1;
      int bestRoom = 0;
      for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
        int j = adjCol[a];
        int room = cap[j] - load[j];
        if (room > bestRoom) {
          best = j;
          bestRoom = room;
        }
      }
      if (best >= 0) {
        link(r, best);
        size++;
      }
    }
  }

  private void phaseLoop(int[] queue, int[] stack) {
    while (!simple) {
      // BFS layers from unmatched rows
      Arrays.fill(rowLevel, -1);
      Arrays.fill(colLevel, -1);
      int qh = 0;
      int qt = 0;
      for (int r = 0; r < rows; r++) {
        if (assign[r] < 0 && rowStart[r] < rowStart[r + 1]) {
          rowLevel[r] = 0;
          queue[qt++] = r;
        }
      }
      int foundLevel = Integer.MAX_VALUE;
      while (qh < qt) {
        int r = queue[qh++];
        int lv = rowLevel[r];
        if (lv >= foundLevel) {
          break;
        }
        for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
          int j = adjCol[a];
          if (colLevel[j] >= 0 || j == assign[r]) {
            continue;
          }
          colLevel[j] = lv;
          if (load[j] < cap[j]) {
            foundLevel = lv;
            continue;
          }
          for (int k = colHead[j]; k != -1; k = next[k]) {
            if (rowLevel[k] < 0) {
              rowLevel[k] = lv + 1;
              queue[qt++] = k;
            }
          }
        }
      }
      if (foundLevel == Integer.MAX_VALUE) {
        break;
      }
      phases++;
      // DFS along the layers, iterative
      for (int r = 0; r < rows; r++) {
        itArc[r] = rowStart[r];
        itRow[r] = -2;
      }
      int augmented = 0;
      for (int root = 0; root < rows; root++) {
        if (assign[root] >= 0 || rowLevel[root] != 0) {
          continue;
        }
        int sp = 0;
        stack[sp++] = root;
        boolean done = false;
        while (sp > 0 && !done) {
          int r = stack[sp - 1];
          boolean pushed = false;
          while (itArc[r] < rowStart[r + 1]) {
            int j = adjCol[itArc[r]];
            if (colLevel[j] != rowLevel[r] || j == assign[r]) {
              itArc[r]++;
              itRow[r] = -2;
              continue;
            }
            if (load[j] < cap[j]) {
              augmentAlong(stack, sp, j);
              for (int s = 0; s < sp; s++) {
                rowLevel[stack[s]] = -1; // used up for this phase
              }
              size++;
              augmented++;
              done = true;
              break;
            }
            int k = itRow[r];
            if (k == -2 || (k != -1 && assign[k] != j)) {
              k = colHead[j]; // start, or the list changed under us: rescan (dead rows are skipped)
            }
            while (k != -1 && rowLevel[k] != rowLevel[r] + 1) {
              k = next[k];
            }
            if (k == -1) {
              colLevel[j] = -1; // dead end for this phase
              itArc[r]++;
              itRow[r] = -2;
              continue;
            }
            itRow[r] = next[k];
            viaCol[k] = j;
            stack[sp++] = k;
            pushed = true;
            break;
          }
          if (done) {
            break;
          }
          if (!pushed) {
            rowLevel[r] = -1; // dead for this phase
            sp--;
          }
        }
      }
      if (augmented == 0) {
        break;
      }
    }
  }

  /**
   * An augmenting-path search from each unmatched row. Vertices seen by a failed search stay
   * marked until the matching changes: they cannot lead to room either.
   */
  private void searchEachRow(int[] stack) {
    int[] colSeen = new int[m];
    int[] rowSeen = new int[rows];
    int stamp = 1;
    for (int root = 0; root < rows; root++) {
      if (assign[root] >= 0 || rowStart[root] == rowStart[root + 1] || rowSeen[root] == stamp) {
        continue;
      }
      rowSeen[root] = stamp;
      int sp = 0;
      stack[sp++] = root;
      itArc[root] = rowStart[root];
      itRow[root] = -2;
      boolean found = false;
      while (sp > 0 && !found) {
        int r = stack[sp - 1];
        boolean pushed = false;
        while (itArc[r] < rowStart[r + 1]) {
          int j = adjCol[itArc[r]];
          if (j == assign[r]) {
            itArc[r]++;
            continue;
          }
          if (load[j] < cap[j]) {
            augmentAlong(stack, sp, j);
            size++;
            found = true;
            break;
          }
          if (itRow[r] == -2) {
            if (colSeen[j] == stamp) {
              itArc[r]++;
              continue;
            }
            colSeen[j] = stamp;
            itRow[r] = colHead[j];
          }
          int k = itRow[r];
          while (k != -1 && rowSeen[k] == stamp) {
            k = next[k];
          }
          if (k == -1) {
            itArc[r]++;
            itRow[r] = -2;
            continue;
          }
          itRow[r] = next[k];
          rowSeen[k] = stamp;
          itArc[k] = rowStart[k];
          itRow[k] = -2;
          stack[sp++] = k;
          pushed = true;
          break;
        }
        if (!found && !pushed) {
          sp--;
        }
      }
      if (found) {
        stamp++;
      }
    }
  }

  private void computeCover() {
    reachRow = new boolean[rows];
    reachCol = new boolean[m];
    int[] queue = new int[rows];
    int qh = 0;
    int qt = 0;
    for (int r = 0; r < rows; r++) {
      if (assign[r] < 0) {
        reachRow[r] = true;
        queue[qt++] = r;
      }
    }
    while (qh < qt) {
      int r = queue[qh++];
      for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
        int j = adjCol[a];
        if (reachCol[j]) {
          continue;
        }
        reachCol[j] = true;
        if (load[j] < cap[j]) {
          throw new IllegalStateException("augmenting path left after matching");
        }
        for (int k = colHead[j]; k != -1; k = next[k]) {
          if (!reachRow[k]) {
            reachRow[k] = true;
            queue[qt++] = k;
          }
        }
      }
    }
  }
}
