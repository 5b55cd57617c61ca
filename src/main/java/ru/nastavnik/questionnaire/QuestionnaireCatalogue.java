package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.questionnaire.QuestionnaireSpec.OptionSpec;
import ru.nastavnik.questionnaire.QuestionnaireSpec.QuestionSpec;
import ru.nastavnik.staff.Role;

/**
 * The seeds' instruments (SEEDS-CATALOGUE §2.5, §3.5, §4.12, §4.18, §5.5, §6.5) as questionnaire
 * templates, version 1. Seeded into the database at start; each version has a generated Camunda
 * Form in {@code forms/} ({@code QuestionnaireFormGenerator} in the tests writes them).
 *
 * <p>Never edit a version that has been released: add a new version (copy, change, {@code version + 1}).
 * Answers given to the old version keep pointing at its questions. The seeder refuses to start when
 * a stored version's content differs from what is written here.
 */
public final class QuestionnaireCatalogue {

  public static final String MENTEE_DIAGNOSTICS = "mentee-diagnostics";
  public static final String MENTOR_QUESTIONNAIRE = "mentor-questionnaire";
  public static final String MENTOR_INTERVIEW = "mentor-interview";
  public static final String COMPATIBILITY_TEST = "compatibility-test";
  public static final String FEEDBACK_MENTEE = "feedback-mentee";
  public static final String FEEDBACK_MENTOR = "feedback-mentor";
  public static final String FEEDBACK_CURATOR = "feedback-curator";
  public static final String EXIT_QUESTIONNAIRE = "exit-questionnaire";

  /** Question codes the analytic note and the selection criteria read. */
  public static final String DEFICIT_AREAS = "deficitAreas";
  public static final String FATIGUE = "fatigue";
  public static final String OFFER_AREAS = "offerAreas";
  public static final String WILLING = "willing";
  public static final String RECOMMENDATION = "recommendation";
  public static final String CAPACITY = "capacity";
  public static final String CONSENT = "consent";
  public static final String COMMENT = "comment";
  public static final String WANTS_TO_MENTOR = "wantsToMentor";

  /** Professional deficit areas: the same tags in what mentees lack and what mentors offer. */
  public static final List<OptionSpec> DEFICIT_TAGS = List.of(
      new OptionSpec("lesson", "Организация и проведение урока"),
      new OptionSpec("discipline", "Дисциплина и управление классом"),
      new OptionSpec("parents", "Работа с родителями обучающихся"),
      new OptionSpec("paperwork", "Ведение документации (рабочие программы, журналы, отчёты)"),
      new OptionSpec("digital", "ИКТ и цифровые навыки (электронный журнал, цифровые ресурсы, онлайн-платформы)"),
      new OptionSpec("methods", "Предметная методика, подготовка обучающихся к ОГЭ и ЕГЭ"),
      new OptionSpec("burnout", "Эмоциональное выгорание, усталость, распределение нагрузки"),
      new OptionSpec("adaptation", "Адаптация в коллективе: традиции, правила и порядки школы"),
      new OptionSpec("inclusion", "Работа с детьми с ОВЗ и обучающимися с трудностями в учёбе"));

  private static final List<OptionSpec> SUPPORT_FORMATS = List.of(
      new OptionSpec("visitMine", "Посещение моих уроков с последующим разбором"),
      new OptionSpec("visitMentor", "Посещение открытых уроков наставника"),
      new OptionSpec("consult", "Индивидуальные консультации"),
      new OptionSpec("docs", "Помощь с документацией и планированием"),
      new OptionSpec("psych", "Психологическая поддержка, разговор о нагрузке"),
      new OptionSpec("digital", "Обучение цифровым инструментам"));

  private static final List<OptionSpec> YES_MAYBE_NO = List.of(
      new OptionSpec("yes", "Да"), new OptionSpec("maybe", "Скорее да, но есть сомнения"), new OptionSpec("no", "Нет"));

  private static final List<String> SCALE_1_5 = List.of("1 — совсем нет", "2", "3", "4", "5 — полностью");
  private static final List<String> SCALE_0_2 = List.of("0 — не проявляется", "1 — проявляется частично",
      "2 — проявляется в полной мере");

  private static final List<QuestionnaireSpec> ALL = List.of(
      menteeDiagnostics(), mentorQuestionnaire(), mentorInterview(), compatibilityTest(),
      feedbackMentee(), feedbackMentor(), feedbackCurator(), exitQuestionnaire());

  private QuestionnaireCatalogue() {}

  public static List<QuestionnaireSpec> all() {
    return ALL;
  }

  public static Optional<QuestionnaireSpec> find(String code, int version) {
    return ALL.stream().filter(s -> s.code().equals(code) && s.version() == version).findFirst();
  }

  /** Seed 002 RM 2.3, 001 stage II, 004 stage 2, 003 §5.5: requests and deficits of future mentees. */
  static QuestionnaireSpec menteeDiagnostics() {
    return new Builder(MENTEE_DIAGNOSTICS, "Запрос наставляемого и диагностика профессиональных дефицитов",
        "Сбор запросов педагогов и диагностика профессиональных дефицитов молодых и вновь прибывших педагогов "
            + "(формирование базы наставляемых, аналитическая справка).", Role.MENTEE)
        .multiple(DEFICIT_AREAS, "В каких областях вы сейчас испытываете профессиональные затруднения?", true, DEFICIT_TAGS)
        .scale("confidenceLesson", "Насколько уверенно вы чувствуете себя при планировании и проведении урока?", 1, 5)
        .scale("confidenceClass", "Насколько уверенно вы управляете классом и поддерживаете дисциплину?", 1, 5)
        .scale("confidenceParents", "Насколько уверенно вы общаетесь с родителями обучающихся?", 1, 5)
        .scale("confidenceDigital", "Насколько уверенно вы пользуетесь цифровыми инструментами (электронный журнал, ЦОР)?", 1, 5)
        .scale(FATIGUE, "Как часто за последний месяц вы чувствовали эмоциональное истощение после рабочего дня? "
            + "(1 — никогда, 5 — почти каждый день)", 1, 5,
            List.of("1 — никогда", "2 — редко", "3 — иногда", "4 — часто", "5 — почти каждый день"))
        .multiple("supportFormats", "Какая помощь наставника была бы вам полезна?", true, SUPPORT_FORMATS)
        .single("meetingFrequency", "Как часто вы хотели бы встречаться с наставником?", true, List.of(
            new OptionSpec("weekly", "Раз в неделю"), new OptionSpec("biweekly", "Раз в две недели"),
            new OptionSpec("monthly", "Раз в месяц")))
        .text("request", "Опишите своими словами, с чем вам нужна помощь наставника", true)
        .build();
  }

  /** Seed 002 MR2 «Анкетирование», 004 stage 3: what a candidate mentor offers. */
  static QuestionnaireSpec mentorQuestionnaire() {
    return new Builder(MENTOR_QUESTIONNAIRE, "Анкета кандидата в наставники",
        "Анкетирование потенциальных наставников: готовность, в чём могут помочь, сколько времени готовы уделять "
            + "(отбор наставников, сопоставление с анкетами наставляемых).", Role.MENTOR)
        .single(WILLING, "Готовы ли вы стать наставником в этом учебном году?", true, YES_MAYBE_NO)
        .multiple(OFFER_AREAS, "В каких областях вы готовы помочь коллеге?", true, DEFICIT_TAGS)
        .multiple("formats", "Какие формы работы с наставляемым вы готовы использовать?", true, SUPPORT_FORMATS)
        .single("hoursPerMonth", "Сколько часов в месяц вы готовы уделять наставничеству?", true, List.of(
            new OptionSpec("upTo2", "До 2 часов"), new OptionSpec("3to4", "3–4 часа"),
            new OptionSpec("5plus", "5 часов и более")))
        .single("menteeCount", "Скольких наставляемых вы могли бы вести одновременно?", true, List.of(
            new OptionSpec("1", "Одного"), new OptionSpec("2", "Двоих"), new OptionSpec("3", "Троих и более (группа)")))
        .single("mentoredBefore", "Был ли у вас опыт наставничества?", true, List.of(
            new OptionSpec("yes", "Да"), new OptionSpec("no", "Нет")))
        .text("motivation", "Почему вы хотите стать наставником? Каким опытом готовы поделиться?", false)
        .build();
  }

  /** Seed 000 stage 2, 002 RM 2.4: the interview on psychological readiness, conducted by the head or deputy. */
  static QuestionnaireSpec mentorInterview() {
    return new Builder(MENTOR_INTERVIEW, "Собеседование о психологической готовности к наставнической деятельности",
        "Собеседование с кандидатом в наставники: уровень психологической готовности (0–2 балла по каждому "
            + "показателю), заключение собеседующего.", Role.DEPUTY)
        .scale("interest", "Мотивация к наставничеству, интерес к передаче своего опыта", 0, 2, SCALE_0_2)
        .scale("empathy", "Умение выслушать, понять трудности наставляемого, проявить эмпатию", 0, 2, SCALE_0_2)
        .scale("feedback", "Готовность давать конструктивную обратную связь без давления и оценки личности", 0, 2, SCALE_0_2)
        .scale("resilience", "Эмоциональная устойчивость, отсутствие признаков выгорания", 0, 2, SCALE_0_2)
        .scale("time", "Готовность выделять время на встречи, посещение уроков, ведение плана", 0, 2, SCALE_0_2)
        .scale("cooperation", "Готовность к сотрудничеству с куратором, психологом, методическим объединением", 0, 2, SCALE_0_2)
        .single(RECOMMENDATION, "Заключение собеседующего", true, List.of(
            new OptionSpec("recommend", "Рекомендую в базу наставников"),
            new OptionSpec("notRecommend", "Не рекомендую")))
        .single(CAPACITY, "Скольких наставляемых кандидат может вести одновременно?", true, List.of(
            new OptionSpec("1", "Одного"), new OptionSpec("2", "Двоих"), new OptionSpec("3", "Троих"),
            new OptionSpec("4", "Четверых"), new OptionSpec("5", "Пятерых (группа)")))
        .single(CONSENT, "Кандидат подписал согласие на обработку персональных данных (152-ФЗ)?", true, List.of(
            new OptionSpec("yes", "Да, согласие подписано"), new OptionSpec("no", "Нет")))
        .text(COMMENT, "Комментарий собеседующего (войдёт в причину отказа, если кандидат не отобран)", false)
        .about("Кандидат в наставники")
        .build();
  }

  /** Seed 002 M4: «тестов на выявление психологической совместимости», the psychologist's assessment of a pair. */
  static QuestionnaireSpec compatibilityTest() {
    return new Builder(COMPATIBILITY_TEST, "Тест психологической совместимости наставника и наставляемого",
        "Оценка педагогом-психологом совместимости предполагаемой пары (1–5 по каждому показателю) и заключение.",
        Role.PSYCHOLOGIST)
        .scale("values", "Сходство ценностей и педагогических установок", 1, 5, SCALE_1_5)
        .scale("communication", "Совместимость стилей общения (темп, открытость, манера)", 1, 5, SCALE_1_5)
        .scale("acceptance", "Готовность наставляемого принимать помощь и обратную связь", 1, 5, SCALE_1_5)
        .scale("match", "Совпадение запросов наставляемого с сильными сторонами наставника", 1, 5, SCALE_1_5)
        .scale("noConflict", "Отсутствие напряжённости и конфликтов в прошлом", 1, 5, SCALE_1_5)
        .single("conclusion", "Заключение", true, List.of(
            new OptionSpec("compatible", "Совместимы"), new OptionSpec("conditional", "Совместимы при условиях"),
            new OptionSpec("incompatible", "Не рекомендуется объединять в пару")))
        .text("conditions", "Условия, рекомендации психолога", false)
        .about("Предполагаемая пара")
        .build();
  }

  /** Seed 002 §4.12 monitoring stage 1, S5; 001 stages V–VI: mentee's feedback (open, closed and scale questions). */
  static QuestionnaireSpec feedbackMentee() {
    return new Builder(FEEDBACK_MENTEE, "Обратная связь наставляемого",
        "Мониторинг, этап 1: качество реализации программы глазами наставляемого; удовлетворённость, "
            + "применение полученного опыта.", Role.MENTEE)
        .scale("satisfaction", "Насколько вы удовлетворены работой с наставником?", 1, 5, SCALE_1_5)
        .scale("usefulness", "Насколько полезными для вашей работы были встречи с наставником?", 1, 5, SCALE_1_5)
        .scale("applyExperience", "Как часто вы применяете полученные от наставника знания и приёмы на уроках?", 1, 5,
            List.of("1 — никогда", "2 — редко", "3 — иногда", "4 — часто", "5 — постоянно"))
        .scale("climate", "Насколько комфортно вы чувствуете себя в педагогическом коллективе?", 1, 5, SCALE_1_5)
        .single("meetingsRegular", "Проходили ли встречи с наставником регулярно, по плану?", true, List.of(
            new OptionSpec("yes", "Да, по плану"), new OptionSpec("partly", "Частично"), new OptionSpec("no", "Нет")))
        .multiple("helpedAreas", "В чём вам помогло наставничество?", false, DEFICIT_TAGS)
        .text("mostUseful", "Что в работе с наставником было самым полезным?", true)
        .text("suggestions", "Что стоит изменить в программе наставничества?", false)
        .build();
  }

  /** Seed 002 S5, RM 2.11, 000 stage 5: mentor's feedback. */
  static QuestionnaireSpec feedbackMentor() {
    return new Builder(FEEDBACK_MENTOR, "Обратная связь наставника",
        "Мониторинг, этап 1: качество реализации программы глазами наставника; прогресс наставляемого, нагрузка.",
        Role.MENTOR)
        .scale("satisfaction", "Насколько вы удовлетворены работой в паре (группе)?", 1, 5, SCALE_1_5)
        .scale("menteeProgress", "Как вы оцениваете профессиональный рост наставляемого?", 1, 5, SCALE_1_5)
        .scale("menteeEngagement", "Насколько активен и заинтересован наставляемый?", 1, 5, SCALE_1_5)
        .scale("support", "Достаточно ли вам поддержки куратора и администрации?", 1, 5, SCALE_1_5)
        .single("workload", "Нагрузка наставника для вас", true, List.of(
            new OptionSpec("fine", "Приемлемая"), new OptionSpec("high", "Высокая, но посильная"),
            new OptionSpec("tooHigh", "Чрезмерная")))
        .single("continueNextYear", "Готовы ли вы продолжить наставничество в следующем учебном году?", true, YES_MAYBE_NO)
        .text("difficulties", "С какими трудностями вы столкнулись как наставник?", false)
        .build();
  }

  /** Seed 002 §4.12 (analysis by the curator), 001 stage V: curator's feedback, echoing indicators 1–4. */
  static QuestionnaireSpec feedbackCurator() {
    return new Builder(FEEDBACK_CURATOR, "Обратная связь куратора программы",
        "Мониторинг, этап 1: оценка куратором качества реализации программы, сильные и слабые стороны.", Role.CURATOR)
        .scale("goals", "Соответствие наставнической деятельности целям и задачам программы", 1, 5, SCALE_1_5)
        .scale("principles", "Соответствие организации наставничества принципам программы", 1, 5, SCALE_1_5)
        .scale("modernApproaches", "Соответствие наставнической деятельности современным подходам и технологиям", 1, 5, SCALE_1_5)
        .scale("climate", "Психологический климат в коллективе", 1, 5, SCALE_1_5)
        .single("pairsOnPlan", "Работают ли пары по индивидуальным планам?", true, List.of(
            new OptionSpec("all", "Все пары"), new OptionSpec("most", "Большинство"), new OptionSpec("few", "Меньшинство")))
        .text("strengths", "Сильные стороны программы", true)
        .text("weaknesses", "Слабые стороны и что нужно изменить", true)
        .build();
  }

  /** Seed 000 stage 5: «выходное анкетирование по проделанной работе» by mentor and mentee. */
  static QuestionnaireSpec exitQuestionnaire() {
    return new Builder(EXIT_QUESTIONNAIRE, "Выходная анкета участника программы наставничества",
        "Выходное анкетирование по проделанной работе по завершении наставничества (наставник и наставляемый).",
        Role.MENTEE)
        .single("goalsReached", "Достигнуты ли цели индивидуального плана?", true, List.of(
            new OptionSpec("fully", "Полностью"), new OptionSpec("partly", "Частично"), new OptionSpec("no", "Нет")))
        .scale("overall", "Общая оценка участия в программе наставничества", 1, 5, SCALE_1_5)
        .multiple("overcome", "Какие профессиональные затруднения удалось преодолеть?", false, DEFICIT_TAGS)
        .single("stayInSchool", "Планируете ли вы продолжать работу в нашей школе?", true, YES_MAYBE_NO)
        .single(WANTS_TO_MENTOR, "Хотели бы вы в будущем стать наставником?", true, YES_MAYBE_NO)
        .text("results", "Главные результаты участия в программе", true)
        .text("suggestions", "Предложения по программе", false)
        .build();
  }

  /** Writes questions in the order they are asked. */
  static final class Builder {
    private final String code;
    private final String title;
    private final String purpose;
    private final Role role;
    private final List<QuestionSpec> questions = new ArrayList<>();
    private String about;

    Builder(String code, String title, String purpose, Role role) {
      this.code = code;
      this.title = title;
      this.purpose = purpose;
      this.role = role;
    }

    Builder text(String qCode, String text, boolean required) {
      questions.add(new QuestionSpec(qCode, text, QuestionKind.TEXT, required, null, null, List.of()));
      return this;
    }

    Builder single(String qCode, String text, boolean required, List<OptionSpec> options) {
      questions.add(new QuestionSpec(qCode, text, QuestionKind.SINGLE, required, null, null, options));
      return this;
    }

    Builder multiple(String qCode, String text, boolean required, List<OptionSpec> options) {
      questions.add(new QuestionSpec(qCode, text, QuestionKind.MULTIPLE, required, null, null, options));
      return this;
    }

    Builder scale(String qCode, String text, int min, int max) {
      List<String> labels = new ArrayList<>();
      for (int v = min; v <= max; v++) {
        labels.add(String.valueOf(v));
      }
      return scale(qCode, text, min, max, labels);
    }

    Builder scale(String qCode, String text, int min, int max, List<String> labels) {
      if (labels.size() != max - min + 1) {
        throw new IllegalArgumentException(qCode + ": " + labels.size() + " labels for the scale " + min + "–" + max);
      }
      List<OptionSpec> options = new ArrayList<>();
      for (int v = min; v <= max; v++) {
        options.add(new OptionSpec(String.valueOf(v), labels.get(v - min)));
      }
      questions.add(new QuestionSpec(qCode, text, QuestionKind.SCALE, true, min, max, options));
      return this;
    }

    /** The questionnaire is about someone else (a candidate, a pair): the form shows whom, read-only. */
    Builder about(String label) {
      this.about = label;
      return this;
    }

    QuestionnaireSpec build() {
      return new QuestionnaireSpec(code, 1, title, purpose, role, about, List.copyOf(questions));
    }
  }
}
