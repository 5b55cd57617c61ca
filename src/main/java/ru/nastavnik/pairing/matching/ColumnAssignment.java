package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * Rows assigned to capacitated columns, with each column's rows kept in a doubly linked list so
 * that augmenting-path searches can walk from a full column to the rows in it. Shared by the
 * cardinality and the cost solvers.
 */
abstract class ColumnAssignment {

  final int rows;
  /** Column per row, -1 while unassigned. */
  final int[] assign;
  /** Rows in each column. */
  final int[] load;
  /** First row of each column's list, -1 when empty. */
  final int[] colHead;
  final int[] next;
  final int[] prev;

  ColumnAssignment(int rows, int columns) {
    this.rows = rows;
    assign = new int[rows];
    Arrays.fill(assign, -1);
    load = new int[columns];
    colHead = new int[columns];
    Arrays.fill(colHead, -1);
    next = new int[rows];
    prev = new int[rows];
  }

  final void link(int k, int j) {
    assign[k] = j;
    load[j]++;
    prev[k] = -1;
    next[k] = colHead[j];
    if (colHead[j] != -1) {
      prev[colHead[j]] = k;
    }
    colHead[j] = k;
  }

  final void unlink(int k, int j) {
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

  /**
   * Augments along a path found by a depth-first search: {@code stack[0..depth)} are its rows
   * from the root, each row moves to the column its successor was assigned to, the last one to
   * {@code column} (which has room).
   */
  final void augmentAlong(int[] stack, int depth, int column) {
    int target = column;
    for (int t = depth - 1; t >= 0; t--) {
      int row = stack[t];
      int old = assign[row];
      if (old >= 0) {
        unlink(row, old);
      }
      link(row, target);
      target = old;
    }
  }
}
