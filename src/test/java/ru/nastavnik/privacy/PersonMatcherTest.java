package ru.nastavnik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonMatcherTest {

  final PersonMatcher guseva = new PersonMatcher("Гусева", "Дарья", "Андреевна", "gusevada@starica.example",
      "gusevada", "Удалено (отзыв согласия №5)", "deleted-5");

  @Test
  void fullAndShortFormsInAnyCaseBecomeTheLabel() {
    assertThat(guseva.scrub("Смирнова О. Н. → Гусева Д. А. (Опытный предметник)"))
        .isEqualTo("Смирнова О. Н. → Удалено (отзыв согласия №5) (Опытный предметник)");
    assertThat(guseva.scrub("Встреча с Гусевой Дарьей Андреевной прошла"))
        .isEqualTo("Встреча с Удалено (отзыв согласия №5) прошла");
    assertThat(guseva.scrub("Д.А. Гусева, Д. А. Гусевой")).isEqualTo("Удалено (отзыв согласия №5), Удалено (отзыв согласия №5)");
    assertThat(guseva.scrub("Дарья Андреевна подготовит конспект")).isEqualTo("Удалено (отзыв согласия №5) подготовит конспект");
    assertThat(guseva.scrub("Дарью поддержали; у Дарьи вопросы")).isEqualTo("Удалено (отзыв согласия №5) поддержали; у Удалено (отзыв согласия №5) вопросы");
    assertThat(guseva.scrub("ГУСЕВА Д. А.")).isEqualTo("Удалено (отзыв согласия №5)");
  }

  @Test
  void theLoginBecomesThePseudonymAndTheEmailTheLabel() {
    assertThat(guseva.scrub("gusevada")).isEqualTo("deleted-5");
    assertThat(guseva.scrub("assigned to gusevada, mail gusevada@starica.example"))
        .isEqualTo("assigned to deleted-5, mail Удалено (отзыв согласия №5)");
    assertThat(guseva.scrub("gusevada2 и xgusevada")).isEqualTo("gusevada2 и xgusevada");
  }

  @Test
  void otherWordsAndPeopleAreLeftAlone() {
    String text = "Гусев И. П. и Гусеница; Дарьяна; Смирнова Ольга Николаевна; Андреевна Юлия";
    assertThat(guseva.mentions("Смирнова Ольга Николаевна")).isFalse();
    assertThat(guseva.scrub("Гусеница, Дарьяна")).isEqualTo("Гусеница, Дарьяна");
    assertThat(guseva.scrub(text)).contains("Гусеница", "Дарьяна", "Смирнова Ольга Николаевна");
  }

  @Test
  void caseFormsFollowTheEndingsOfRussianNames() {
    assertThat(PersonMatcherTest.matches("Захаров", "Захарову")).isTrue();
    assertThat(PersonMatcherTest.matches("Захаров", "Захаровым")).isTrue();
    assertThat(PersonMatcherTest.matches("Юлия", "Юлией")).isTrue();
    assertThat(PersonMatcherTest.matches("Сергей", "Сергея")).isTrue();
    assertThat(PersonMatcherTest.matches("Коваленко", "Коваленко")).isTrue();
    assertThat(PersonMatcherTest.matches("Коваленко", "Коваленкой")).isFalse();
    assertThat(PersonMatcherTest.matches("Лебединская", "Лебединской")).isTrue();
    assertThat(PersonMatcherTest.matches("Троицкий", "Троицкого")).isTrue();
    assertThat(new PersonMatcher("Абрамова", "Полина", "Игоревна", null, "abramovapi", "X", "d")
        .scrub("Разбор урока Абрамовой П. И.")).isEqualTo("Разбор урока X");
  }

  @Test
  void probesCoverEveryMentionForTheDatabasePreFilter() {
    assertThat(guseva.probes()).contains("Гусев", "гусев", "ГУСЕВ", "Дарь", "gusevada", "gusevada@starica.example");
  }

  private static boolean matches(String name, String form) {
    return java.util.regex.Pattern.compile("^" + PersonMatcher.forms(name) + "$").matcher(form).matches();
  }
}
