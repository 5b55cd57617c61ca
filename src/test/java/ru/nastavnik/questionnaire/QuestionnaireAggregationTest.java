package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.questionnaire.ResultsAggregator.Tally;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;

/** Counting answers, checking answers, and the stage II analytic note, without a database. */
class QuestionnaireAggregationTest {

  final QuestionnaireTemplate diagnostics = new QuestionnaireTemplate(QuestionnaireCatalogue.menteeDiagnostics());
  final QuestionnaireTemplate feedback = new QuestionnaireTemplate(QuestionnaireCatalogue.feedbackMentee());

  @Test
  void countsPerOptionAveragesOfScalesAndNonRespondents() {
    List<Tally> tallies = List.of(new Tally("satisfaction", "5", 2), new Tally("satisfaction", "2", 1),
        new Tally("helpedAreas", "lesson", 3), new Tally("helpedAreas", "parents", 1),
        new Tally("meetingsRegular", "yes", 2), new Tally("meetingsRegular", "partly", 1));
    CollectionResults r = ResultsAggregator.aggregate(5L, feedback, 4, 3, List.of(44L), tallies,
        Map.of("satisfaction", 3L, "helpedAreas", 3L, "mostUseful", 3L, "meetingsRegular", 3L));
    assertThat(r.responseRatePercent()).isEqualTo(75);
    assertThat(r.nonRespondentIds()).containsExactly(44L);
    var satisfaction = r.question("satisfaction").orElseThrow();
    assertThat(satisfaction.average()).isEqualTo(4.0);
    assertThat(satisfaction.options()).hasSize(5);
    assertThat(satisfaction.count("5")).isEqualTo(2);
    assertThat(satisfaction.count("3")).isZero();
    assertThat(r.question("helpedAreas").orElseThrow().count("lesson")).isEqualTo(3);
    assertThat(r.question("helpedAreas").orElseThrow().options()).hasSize(9);
    assertThat(r.question("meetingsRegular").orElseThrow().options())
        .extracting(CollectionResults.OptionCount::label).contains("Да, по плану", "Частично", "Нет");
    var text = r.question("mostUseful").orElseThrow();
    assertThat(text.answered()).isEqualTo(3);
    assertThat(text.options()).isEmpty();
    assertThat(text.average()).isNull();
    assertThat(r.question("usefulness").orElseThrow().average()).isNull();
    assertThat(r.questions()).extracting(CollectionResults.QuestionResult::code)
        .startsWith("satisfaction", "usefulness", "applyExperience");
  }

  @Test
  void averagesRoundToHundredths() {
    CollectionResults r = ResultsAggregator.aggregate(1L, feedback, 3, 3, List.of(),
        List.of(new Tally("climate", "4", 2), new Tally("climate", "5", 1)), Map.of());
    assertThat(r.question("climate").orElseThrow().average()).isEqualTo(4.33);
  }

  Map<String, Object> validDiagnostics() {
    Map<String, Object> v = new HashMap<>();
    v.put("uiDeficitAreas", "[\"lesson\",\"parents\"]");
    v.put("uiConfidenceLesson", "2");
    v.put("uiConfidenceClass", 3);
    v.put("uiConfidenceParents", 2.0);
    v.put("uiConfidenceDigital", "4");
    v.put("uiFatigue", "3");
    v.put("uiSupportFormats", List.of("visitMine"));
    v.put("uiMeetingFrequency", "weekly");
    v.put("uiRequest", "  Как удержать внимание класса на уроке  ");
    return v;
  }

  @Test
  void readsAnswersAsTasklistAndTheApiSendThem() {
    List<AnswerReader.Parsed> parsed = AnswerReader.read(diagnostics, validDiagnostics()::get);
    assertThat(parsed).hasSize(9);
    assertThat(parsed.get(0).options()).containsExactly("lesson", "parents");
    assertThat(parsed).filteredOn(p -> p.question().getCode().equals("confidenceParents")).singleElement()
        .satisfies(p -> assertThat(p.number()).isEqualTo(2));
    assertThat(parsed.get(8).text()).isEqualTo("Как удержать внимание класса на уроке");
  }

  @Test
  void refusesInvalidAnswersWithTheQuestionNamed() {
    Map<String, Object> v = validDiagnostics();
    v.put("uiDeficitAreas", List.of("lesson", "astrology"));
    assertThatThrownBy(() -> AnswerReader.read(diagnostics, v::get)).isInstanceOf(UserFacingException.class)
        .hasMessage("Вопрос «В каких областях вы сейчас испытываете профессиональные затруднения?»: "
            + "недопустимый вариант ответа «astrology».");
    v.putAll(validDiagnostics());
    v.put("uiFatigue", "6");
    assertThatThrownBy(() -> AnswerReader.read(diagnostics, v::get)).hasMessageContaining("допустимы оценки от 1 до 5, указано 6");
    v.put("uiFatigue", "3,5");
    assertThatThrownBy(() -> AnswerReader.read(diagnostics, v::get)).hasMessageContaining("не оценка по шкале от 1 до 5");
    v.put("uiFatigue", "3");
    v.put("uiMeetingFrequency", List.of("weekly", "monthly"));
    assertThatThrownBy(() -> AnswerReader.read(diagnostics, v::get)).hasMessageContaining("выберите один вариант");
    v.put("uiMeetingFrequency", "weekly");
    v.put("uiRequest", "  ");
    assertThatThrownBy(() -> AnswerReader.read(diagnostics, v::get))
        .hasMessage("Ответьте на обязательный вопрос «Опишите своими словами, с чем вам нужна помощь наставника».");
    v.put("uiRequest", "а".repeat(4001));
    assertThatThrownBy(() -> AnswerReader.read(diagnostics, v::get)).hasMessageContaining("длиннее 4000 символов");
  }

  @Test
  void theAnalyticNoteCountsDeficitsPerAreaAndPerCategory() {
    School school = new School("starica", "МБОУ", "МБОУ", "МБОУ", "Соколова Е. В.", "Директор", "ст. Старица", "ст. Старица");
    Instant opened = Instant.parse("2026-09-07T07:00:00Z");
    QuestionnaireCollection c = new QuestionnaireCollection("starica", 3L, diagnostics, opened.plusSeconds(864000), opened,
        "kurator", opened);
    ReflectionTestUtils.setField(c, "id", 9L);
    c.close("Срок истёк", Instant.parse("2026-09-14T15:00:00Z"));
    List<QuestionnaireAssignment> assignments = new ArrayList<>();
    List<QuestionnaireAnswer> answers = new ArrayList<>();
    // young specialist (1 year), digital: lesson, discipline, digital; fatigue 2
    respondent(school, 1, 1, null, c, assignments, answers, List.of("lesson", "discipline", "digital"), 2, 4);
    // new at the school (hired in June), tired: lesson, burnout; fatigue 5
    respondent(school, 2, 12, LocalDate.of(2026, 6, 1), c, assignments, answers, List.of("lesson", "burnout"), 5, 4);
    // experienced, wants digital skills through low confidence only: paperwork; digital confidence 1
    respondent(school, 3, 20, null, c, assignments, answers, List.of("paperwork"), 1, 1);
    // did not answer
    StaffMember missed = staff(school, 4, 2, null);
    QuestionnaireAssignment m = new QuestionnaireAssignment(c, missed, null);
    ReflectionTestUtils.setField(m, "id", 104L);
    m.missed();
    assignments.add(m);

    AnalyticNote note = AnalyticNoteService.compose(c, assignments, answers);
    assertThat(note.respondents()).isEqualTo(4);
    assertThat(note.answered()).isEqualTo(3);
    assertThat(note.responseRatePercent()).isEqualTo(75);
    assertThat(note.nonRespondents()).containsExactly("Учитель4 А. П.");
    assertThat(note.deficits().get(0)).isEqualTo(new AnalyticNote.DeficitCount("lesson", "Организация и проведение урока", 2, 67));
    assertThat(note.deficits()).filteredOn(d -> d.code().equals("parents")).singleElement()
        .satisfies(d -> assertThat(d.teachers()).isZero());
    Map<MenteeCategory, AnalyticNote.CategoryCount> byCategory = new HashMap<>();
    note.categories().forEach(cc -> byCategory.put(cc.category(), cc));
    assertThat(byCategory.get(MenteeCategory.YOUNG_SPECIALIST).teachers()).isEqualTo(1);
    assertThat(byCategory.get(MenteeCategory.ADAPTATION).teachers()).isEqualTo(1);
    assertThat(byCategory.get(MenteeCategory.BURNOUT).teachers()).isEqualTo(1);
    assertThat(byCategory.get(MenteeCategory.BURNOUT).deficits()).extracting(AnalyticNote.DeficitCount::code)
        .containsExactlyInAnyOrder("lesson", "burnout");
    assertThat(byCategory.get(MenteeCategory.DIGITAL).teachers()).isEqualTo(2);
    // shares of a category and of its deficits are of the 3 who answered, not of the 4 asked nor of the category
    assertThat(byCategory.get(MenteeCategory.DIGITAL).percent()).isEqualTo(67);
    assertThat(byCategory.get(MenteeCategory.YOUNG_SPECIALIST).percent()).isEqualTo(33);
    assertThat(byCategory.get(MenteeCategory.BURNOUT).deficits()).extracting(AnalyticNote.DeficitCount::percent)
        .containsOnly(33);
    assertThat(note.selfAssessment()).filteredOn(a -> a.code().equals("fatigue")).singleElement()
        .satisfies(a -> assertThat(a.average()).isEqualTo(2.67));
    assertThat(note.text())
        .startsWith("Аналитическая справка по итогам диагностики профессиональных дефицитов педагогов.")
        .contains("сбор с 07.09.2026 по 14.09.2026")
        .contains("Опрошено педагогов: 4, ответили: 3 (75 %). Не ответили: Учитель4 А. П.")
        .contains("— Организация и проведение урока — 2 (67 %);")
        .contains("доля — от ответивших педагогов")
        .contains("— Молодой специалист (стаж от 0 до 3 лет) — 1 (33 %); основные дефициты:")
        .contains("— Педагог, желающий овладеть современными программами, цифровыми навыками, ИКТ-компетенциями — 2 (67 %)")
        .contains("Как часто за последний месяц вы чувствовали эмоциональное истощение")
        .contains("Вывод: наиболее востребована помощь наставников в областях: «Организация и проведение урока»")
        .doesNotContain("Учитель1").doesNotContain("Учитель2");
  }

  StaffMember staff(School school, long id, int experience, LocalDate hired) {
    StaffMember s = new StaffMember(school, "000" + id, "teacher" + id, "Учитель" + id, "Анна", "Петровна", "Учитель");
    ReflectionTestUtils.setField(s, "id", id);
    s.setExperienceYears(experience);
    s.setHiredOn(hired);
    return s;
  }

  void respondent(School school, long id, int experience, LocalDate hired, QuestionnaireCollection c,
      List<QuestionnaireAssignment> assignments, List<QuestionnaireAnswer> answers, List<String> deficits,
      int fatigue, int digitalConfidence) {
    QuestionnaireAssignment a = new QuestionnaireAssignment(c, staff(school, id, experience, hired), null);
    ReflectionTestUtils.setField(a, "id", 100L + id);
    a.answered("teacher" + id, Instant.parse("2026-09-10T10:00:00Z"));
    assignments.add(a);
    Question areas = diagnostics.question(QuestionnaireCatalogue.DEFICIT_AREAS).orElseThrow();
    deficits.forEach(d -> answers.add(QuestionnaireAnswer.option(a, areas, d)));
    answers.add(QuestionnaireAnswer.number(a, diagnostics.question("fatigue").orElseThrow(), fatigue));
    answers.add(QuestionnaireAnswer.number(a, diagnostics.question("confidenceDigital").orElseThrow(), digitalConfidence));
    answers.add(QuestionnaireAnswer.text(a, diagnostics.question("request").orElseThrow(), "Помощь с уроками"));
  }
}
