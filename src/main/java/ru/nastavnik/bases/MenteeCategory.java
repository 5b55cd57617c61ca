package ru.nastavnik.bases;

/** The four categories of the mentee base (seed 002 §4). */
public enum MenteeCategory {
  YOUNG_SPECIALIST("Молодой специалист (стаж от 0 до 3 лет)"),
  ADAPTATION("Педагог в процессе адаптации на новом месте работы"),
  BURNOUT("Педагог в состоянии эмоционального выгорания, хронической усталости"),
  DIGITAL("Педагог, желающий овладеть современными программами, цифровыми навыками, ИКТ-компетенциями");

  private final String title;

  MenteeCategory(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
