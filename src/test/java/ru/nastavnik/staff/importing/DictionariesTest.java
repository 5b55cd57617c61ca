package ru.nastavnik.staff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The subject dictionary, login transliteration and list splitting. */
class DictionariesTest {

  @Test
  void subjectsMatchCaseInsensitivelyWithCommonSynonyms() {
    assertThat(SubjectCatalog.canonical("Английский язык")).contains("Иностранный язык (английский)");
    assertThat(SubjectCatalog.canonical("англ. яз.")).contains("Иностранный язык (английский)");
    assertThat(SubjectCatalog.canonical("иностранный язык(немецкий)")).contains("Иностранный язык (немецкий)");
    assertThat(SubjectCatalog.canonical("ФИЗКУЛЬТУРА")).contains("Физическая культура");
    assertThat(SubjectCatalog.canonical("ОБЖ")).contains("Основы безопасности и защиты Родины");
    assertThat(SubjectCatalog.canonical("Технология")).contains("Труд (технология)");
    assertThat(SubjectCatalog.canonical("изо")).contains("Изобразительное искусство");
    assertThat(SubjectCatalog.canonical("  начальная   школа ")).contains("Начальные классы");
    assertThat(SubjectCatalog.canonical("Химия")).contains("Химия");
    assertThat(SubjectCatalog.canonical("ОРКСЭ")).contains("Основы религиозных культур и светской этики");
    assertThat(SubjectCatalog.canonical("Астрология")).isEmpty();
    assertThat(SubjectCatalog.subjects()).contains("Русский язык", "Литература", "Родной язык", "Математика",
        "Алгебра", "Геометрия", "Информатика", "Физика", "Химия", "Биология", "География", "История",
        "Обществознание", "Иностранный язык (английский)", "Иностранный язык (немецкий)",
        "Иностранный язык (французский)", "Изобразительное искусство", "Музыка", "Труд (технология)",
        "Физическая культура", "Основы безопасности и защиты Родины", "Начальные классы");
    for (String s : SubjectCatalog.subjects()) {
      assertThat(SubjectCatalog.canonical(s)).as(s).contains(s);
    }
  }

  @Test
  void misspellingsGetASuggestion() {
    assertThat(SubjectCatalog.suggestion("Матиматика")).contains("Математика");
    assertThat(SubjectCatalog.suggestion("Иностранный язык")).contains("Иностранный язык (английский)");
    assertThat(SubjectCatalog.suggestion("Кулинария")).isEmpty();
    assertThat(SubjectCatalog.suggestion("Астрология")).contains("Астрономия");
  }

  @Test
  void loginsAreLatinLettersAndDigits() {
    assertThat(Transliteration.loginBase("Иванова", "Мария", "Петровна")).isEqualTo("ivanovamp");
    assertThat(Transliteration.loginBase("Щукина", "Юлия", null)).isEqualTo("shchukinay");
    assertThat(Transliteration.loginBase("Петрова-Водкина", "Ёлка", "Ильинична")).isEqualTo("petrovavodkinaei");
    assertThat(Transliteration.loginBase("Хачатрян", "Цовинар", "Жораевна")).isEqualTo("khachatryantz");
    assertThat(Transliteration.loginBase("O'Brien", "Anna", "")).isEqualTo("obriena");
    assertThat(Transliteration.loginBase("Ъ", "Ь", "")).isEqualTo("user");
    assertThat(Transliteration.loginBase("Оченьдлиннаяфамилиякотораяневлезаетвлогинпотомучтоонадлиннее", "А", "Б"))
        .hasSizeLessThanOrEqualTo(56).matches("[a-z0-9]+");
  }

  @Test
  void listsSplitOutsideParentheses() {
    assertThat(Texts.splitList("Иностранный язык (английский, немецкий); Музыка,ИЗО"))
        .containsExactly("Иностранный язык (английский, немецкий)", "Музыка", "ИЗО");
    assertThat(Texts.splitList(" ; ,")).isEmpty();
  }

  @Test
  void headersMatchTheirVariants() {
    assertThat(StaffColumn.byHeader("  ПЕДАГОГИЧЕСКИЙ   стаж, лет* ")).contains(StaffColumn.EXPERIENCE);
    assertThat(StaffColumn.byHeader("Дата приема")).contains(StaffColumn.HIRED_ON);
    assertThat(StaffColumn.byHeader("e-mail")).contains(StaffColumn.EMAIL);
    assertThat(StaffColumn.byHeader("Ф.И.О.")).contains(StaffColumn.FULL_NAME);
    assertThat(StaffColumn.byHeader("Таб. №")).contains(StaffColumn.PERSON_KEY);
    assertThat(StaffColumn.byHeader("Телефон")).isEmpty();
  }
}
