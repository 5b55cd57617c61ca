package ru.nastavnik.pairing;

import java.util.Arrays;
import java.util.Optional;

/** The five forms of interaction between mentors and mentees (seed 002 §5). */
public enum InteractionForm {
  F1("Опытный педагог – молодой специалист",
      "Поддержка для приобретения необходимых профессиональных навыков и закрепления на месте работы"),
  F2("Опытный классный руководитель – молодой специалист",
      "Поддержка для приобретения необходимых профессиональных навыков в работе с классным коллективом и закрепления на месте работы"),
  F3("Лидер педагогического сообщества – педагог, испытывающий проблемы",
      "Реализация психоэмоциональной поддержки, сочетающейся с профессиональной помощью по приобретению и развитию педагогических талантов и инициатив"),
  F4("Педагог-новатор – консервативный педагог",
      "Помощь в овладении современными программами, цифровыми навыками, ИКТ-компетенциями"),
  F5("Опытный предметник – неопытный предметник",
      "Методическая поддержка по конкретному предмету");

  private final String title;
  private final String goal;

  InteractionForm(String title, String goal) {
    this.title = title;
    this.goal = goal;
  }

  public String title() {
    return title;
  }

  public String goal() {
    return goal;
  }

  public static Optional<InteractionForm> byCode(String code) {
    return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
  }
}
