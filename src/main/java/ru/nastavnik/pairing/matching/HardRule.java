package ru.nastavnik.pairing.matching;

/** A rule that forbids a mentee–mentor pair outright, with its Russian wording. */
public enum HardRule {
  SAME_PERSON("наставник и наставляемый — одно и то же лицо"),
  MENTOR_NOT_ELIGIBLE("наставник не отобран, не обучен или не дал письменного согласия"),
  EXCLUDED_BY_CURATOR("пара исключена куратором"),
  OTHER_SCHOOL("наставник работает в другой школе, а сетевое наставничество программой не предусмотрено"),
  MENTOR_IS_LINE_MANAGER("наставник является непосредственным руководителем наставляемого"),
  MENTEE_IS_LINE_MANAGER("наставляемый является непосредственным руководителем наставника"),
  PSYCHOLOGIST_INCOMPATIBLE("педагог-психолог признал пару несовместимой"),
  NO_ALLOWED_FORM("наставник не ведёт ни одной формы взаимодействия, допустимой для категории наставляемого"),
  NO_CAPACITY("у наставника не осталось свободных мест");

  private final String text;

  HardRule(String text) {
    this.text = text;
  }

  /** The rule in Russian, starting with a lower-case letter. */
  public String text() {
    return text;
  }
}
