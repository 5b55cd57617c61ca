package ru.nastavnik.documents.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Russian formatting of the values documents print. */
public final class Texts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String[] MONTHS_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря"};
  /** Blank for a hand-written date on paper. */
  public static final String BLANK_DATE = "«___» ____________ 20___ г.";

  private Texts() {}

  /** 15.08.2025 (ГОСТ Р 7.0.97-2016, п. 5.11: digits, dots). */
  public static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  /** «15» августа 2025 г. */
  public static String dateText(LocalDate d) {
    return d == null ? BLANK_DATE
        : "«" + String.format("%02d", d.getDayOfMonth()) + "» " + MONTHS_GENITIVE[d.getMonthValue() - 1] + " "
            + d.getYear() + " г.";
  }

  /** «Иванова Мария Петровна» → «М. П. Иванова», as a signature block prints the name (п. 5.22). */
  public static String signature(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] parts = fullName.trim().split("\\s+");
    if (parts.length == 1) {
      return parts[0];
    }
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      s.append(parts[i].charAt(0)).append(". ");
    }
    return s.append(parts[0]).toString();
  }

  /** «Иванова Мария Петровна» → «Иванова М. П.». */
  public static String initialsAfter(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] parts = fullName.trim().split("\\s+");
    StringBuilder s = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      s.append(" ").append(parts[i].charAt(0)).append('.');
    }
    return s.toString();
  }

  /** 1 год, 3 года, 7 лет. */
  public static String years(int n) {
    int mod100 = n % 100;
    int mod10 = n % 10;
    String word = mod100 >= 11 && mod100 <= 14 ? "лет" : mod10 == 1 ? "год" : mod10 >= 2 && mod10 <= 4 ? "года" : "лет";
    return n + " " + word;
  }

  /** 2 человека, 5 человек. */
  public static String people(int n) {
    int mod100 = n % 100;
    int mod10 = n % 10;
    return n + (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? " человека" : " человек");
  }

  /** 33 % of a whole, rounded. */
  public static String share(int part, int whole) {
    if (whole == 0) {
      return "0 %";
    }
    return Math.round(part * 100.0 / whole) + " %";
  }

  public static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /** First letter upper case, the rest as written. */
  public static String capitalised(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** «ПРИКАЗ № 45-од от 15.08.2025» → Prikaz_45-od_ot_15.08.2025 for file names that must stay ASCII. */
  public static String transliterate(String s) {
    String[] map = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      char lower = Character.toLowerCase(c);
      String t;
      if (lower >= 'а' && lower <= 'я') {
        t = map[lower - 'а'];
      } else if (lower == 'ё') {
        t = "e";
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
        t = String.valueOf(c);
      } else {
        t = "_";
      }
      if (Character.isUpperCase(c) && !t.isEmpty()) {
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
      }
      out.append(t);
    }
    return out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
  }

  /** A file name without characters Windows refuses. */
  public static String safeFileName(String s) {
    return s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").trim();
  }
}
