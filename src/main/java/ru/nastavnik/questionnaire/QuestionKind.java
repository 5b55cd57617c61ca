package ru.nastavnik.questionnaire;

/** What a question asks for and how its answer is stored and aggregated. */
public enum QuestionKind {
  /** Free text (stored as text, counted, never aggregated further). */
  TEXT,
  /** One option of several (counts per option). */
  SINGLE,
  /** Any number of options (counts per option). */
  MULTIPLE,
  /** A whole number on a scale, 1–5 or 0–2 (counts per value and the average). */
  SCALE
}
