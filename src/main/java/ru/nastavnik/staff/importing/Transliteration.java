package ru.nastavnik.staff.importing;

import java.util.Locale;

/**
 * Russian → Latin for generated logins (Camunda user ids allow latin letters and digits only).
 * A readable scheme close to the one of Russian passports: «ж» zh, «х» kh, «ц» ts, «ч» ch,
 * «ш» sh, «щ» shch, «й»/«ы» y, «ю» yu, «я» ya; «ъ» and «ь» are dropped.
 */
final class Transliteration {

  private static final String[] TABLE = new String[64];

  static {
    String cyr = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    String[] lat = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
        "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    for (int i = 0; i < cyr.length(); i++) {
      TABLE[index(cyr.charAt(i))] = lat[i];
    }
  }

  private Transliteration() {}

  private static int index(char c) {
    return c == 'ё' ? 63 : c - 'а';
  }

  /** Lower-case latin letters and digits; every other character is dropped. */
  static String latin(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'а' && c <= 'я') || c == 'ё') {
        out.append(TABLE[index(c)]);
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** «Иванова Мария Петровна» → «ivanovamp». */
  static String loginBase(String lastName, String firstName, String middleName) {
    String base = latin(lastName);
    String first = latin(firstName == null ? "" : firstName);
    String middle = latin(middleName == null ? "" : middleName);
    base = base + (first.isEmpty() ? "" : first.substring(0, 1)) + (middle.isEmpty() ? "" : middle.substring(0, 1));
    if (base.isEmpty()) {
      base = "user";
    }
    return base.length() > 56 ? base.substring(0, 56) : base;
  }
}
