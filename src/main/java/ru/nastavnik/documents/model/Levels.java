package ru.nastavnik.documents.model;

/** The levels of the 9-indicator effectiveness score (seed 002 §4.13): 15–18 / 9–14 / 0–8. */
final class Levels {

  static final String OPTIMAL = "оптимальный";
  static final String ACCEPTABLE = "допустимый";
  static final String UNACCEPTABLE = "недопустимый";

  private Levels() {}

  static String of(int total) {
    return total >= 15 ? OPTIMAL : total >= 9 ? ACCEPTABLE : UNACCEPTABLE;
  }

  static String orComputed(String stored, int total) {
    return stored == null || stored.isBlank() ? of(total) : stored;
  }
}
