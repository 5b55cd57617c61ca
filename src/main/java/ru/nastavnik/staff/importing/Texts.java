package ru.nastavnik.staff.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers and the row parser. */
final class Texts {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

  private Texts() {}

  /** Trimmed, inner whitespace (including non-breaking spaces) collapsed to one space; never null. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    if (isClean(s)) {
      return s;
    }
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** No leading, trailing, doubled or unusual whitespace: the common case, checked without a regex. */
  private static boolean isClean(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    boolean previousSpace = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace;
  }

  /** A comparison key: {@link #clean}, lower case, «ё» as «е». */
  static String key(String s) {
    return clean(s).toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  static boolean isBlank(List<String> cells) {
    for (String c : cells) {
      if (!clean(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits a list cell on «;» and «,» outside parentheses, so that
   * «Иностранный язык (английский, немецкий); Музыка» keeps the parenthesis whole.
   */
  static List<String> splitList(String cell) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if ((c == ';' || c == ',' || c == '\n') && depth == 0) {
        add(parts, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(parts, current);
    return parts;
  }

  private static void add(List<String> parts, StringBuilder s) {
    String v = clean(s.toString());
    if (!v.isEmpty()) {
      parts.add(v);
    }
  }

  /** «Столбец без заголовка» naming: A, B, …, Z, AA, … */
  static String columnLetter(int index) {
    StringBuilder s = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      s.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return s.toString();
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
