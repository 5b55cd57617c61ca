package ru.nastavnik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  static final PersonMatcher.Name GUSEVA = new PersonMatcher.Name("Гусева", "Дарья", "Андреевна");

  @Test
  void inTheSchoolAColleagueWithTheSameSurnameTakesTheBareSurnameAndTheSharedInitialsAway() {
    PersonMatcher m = PersonMatcher.within(GUSEVA, "gusevada@starica.example", "gusevada", "X", "deleted-5", List.of(
        new PersonMatcher.Name("Гусева", "Мария", "Ивановна"), new PersonMatcher.Name("Гусев", "Денис", "Олегович"),
        new PersonMatcher.Name("Петрова", "Дарья", "Андреевна")));
    assertThat(m.forms()).containsExactly(PersonMatcher.Form.FULL);
    // her own full name goes; the sister-in-law, Гусев Д. О. and Петрова Дарья Андреевна stay
    assertThat(m.scrub("Гусева Дарья Андреевна и Гусева М. И. провели урок; Гусевой Марии Ивановне — благодарность"))
        .isEqualTo("X и Гусева М. И. провели урок; Гусевой Марии Ивановне — благодарность");
    assertThat(m.scrub("Гусев Д. О., Гусева Д., Дарья Андреевна Петрова, Дарья Андреевна"))
        .isEqualTo("Гусев Д. О., Гусева Д., Дарья Андреевна Петрова, Дарья Андреевна");
    assertThat(m.scrub("пишите gusevada@starica.example")).isEqualTo("пишите X");
  }

  @Test
  void aSurnameNobodyElseInTheSchoolBearsIsFoundAloneToo() {
    PersonMatcher m = PersonMatcher.within(GUSEVA, null, "gusevada", "X", "d", List.of(
        new PersonMatcher.Name("Гусева", "Мария", "Ивановна")));
    assertThat(m.forms()).containsExactlyInAnyOrder(PersonMatcher.Form.FULL, PersonMatcher.Form.INITIALS,
        PersonMatcher.Form.FIRST_MIDDLE, PersonMatcher.Form.FIRST);
    assertThat(m.scrub("Гусевой Д. А. и Дарье; Гусевой М. И.")).isEqualTo("X и X; Гусевой М. И.");
    PersonMatcher alone = PersonMatcher.within(GUSEVA, null, "gusevada", "X", "d", List.of(
        new PersonMatcher.Name("Смирнова", "Ольга", "Николаевна")));
    assertThat(alone.forms()).isEqualTo(java.util.EnumSet.allOf(PersonMatcher.Form.class));
    assertThat(alone.scrub("у Гусевой вопросы")).isEqualTo("у X вопросы");
  }

  @Test
  void outsideTheSchoolOnlyTheEmailTheLoginAndAFullNameNobodyElseBears() {
    PersonMatcher unique = PersonMatcher.outside(GUSEVA, "gusevada@starica.example", "gusevada", "X", "deleted-5",
        List.of(new PersonMatcher.Name("Гусева", "Мария", "Ивановна")));
    assertThat(unique.forms()).containsExactly(PersonMatcher.Form.FULL);
    assertThat(unique.scrub("Гусева Дарья; Гусева Д. А.; Гусевой; gusevada"))
        .isEqualTo("X; Гусева Д. А.; Гусевой; deleted-5");
    PersonMatcher namesake = PersonMatcher.outside(GUSEVA, "gusevada@starica.example", "gusevada", "X", "deleted-5",
        List.of(new PersonMatcher.Name("Гусева", "Дарья", "Андреевна")));
    assertThat(namesake.forms()).isEmpty();
    assertThat(namesake.scrub("Гусева Дарья Андреевна, gusevada@starica.example"))
        .isEqualTo("Гусева Дарья Андреевна, X");
    assertThat(namesake.probes()).doesNotContain("Гусев", "Дарь").contains("gusevada");
  }

  private static boolean matches(String name, String form) {
    return java.util.regex.Pattern.compile("^" + PersonMatcher.forms(name) + "$").matcher(form).matches();
  }
}
