package ru.nastavnik.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.documents.template.TemplateSchema;

/**
 * Every document the programme produces (seeds 000, 002, 004: orders, regulation, roadmap, notes,
 * plans, consents, certificates), with the placeholders its template may use. The enum name is
 * the BPMN input parameter {@code documentKind} and the template's file name ({@code <NAME>.docx}).
 */
public enum DocumentKind {

  ORDER_ORGANISATION(Type.ORDER, "Об организации наставничества педагогических работников", Subject.PROGRAM,
      TemplateSchema.builder().scalars("program.forms", "program.period")),
  ORDER_REGULATION(Type.ORDER,
      "Об утверждении положения о системе наставничества педагогических работников", Subject.PROGRAM,
      TemplateSchema.builder()),
  ORDER_CURATOR(Type.ORDER, "О назначении куратора программы наставничества", Subject.PROGRAM,
      TemplateSchema.builder().scalars("curator.name", "curator.shortName", "curator.position")),
  ORDER_MENTORS(Type.ORDER, "О назначении наставников", Subject.PROGRAM,
      TemplateSchema.builder().scalars("stats.mentors")
          .list("mentors", "n", "name", "position", "subjects", "experience", "category")),
  ORDER_PAIRS(Type.ORDER, "О закреплении наставнических пар (групп)", Subject.PROGRAM,
      TemplateSchema.builder().scalars("stats.pairs", "stats.groups", "stats.mentees", "program.period")
          .list("pairs", "n", "mentor", "mentorPosition", "mentees", "form", "period")),
  ORDER_AWARDS(Type.ORDER, "О награждении наставников", Subject.PROGRAM,
      TemplateSchema.builder().scalars("stats.awardees")
          .list("awardees", "n", "name", "position", "award")),
  ORDER_RESULTS(Type.ORDER, "Об итогах реализации программы наставничества", Subject.PROGRAM,
      TemplateSchema.builder().scalars("results.total", "results.level", "stats.pairs", "stats.completed",
              "stats.mentees", "stats.meetings", "results.futureMentors", "stats.practices")
          .list("thanked", "n", "name", "position")
          .list("outcomes", "n", "pair", "goals", "comment")),

  REGULATION(Type.REGULATION, "Положение о системе наставничества педагогических работников", Subject.PROGRAM,
      TemplateSchema.builder().scalars("approval.order")),
  ROADMAP(Type.ROADMAP, "Дорожная карта (план мероприятий) по реализации системы наставничества",
      Subject.PROGRAM,
      TemplateSchema.builder().scalars("approval.order")
          .list("items", "n", "activity", "result", "deadline", "responsible")),
  /** The school's roadmap as it stands: every row with its status (done, in progress, overdue, upcoming). */
  ROADMAP_PROGRESS(Type.ROADMAP, "Ход выполнения дорожной карты по реализации системы наставничества",
      Subject.PROGRAM,
      TemplateSchema.builder().scalars("roadmap.asOf", "roadmap.totals")
          .list("items", "n", "activity", "result", "deadline", "responsible", "status")),
  ANALYTIC_NOTE(Type.NOTE, "Аналитическая справка о профессиональных дефицитах педагогов", Subject.PROGRAM,
      TemplateSchema.builder().scalars("stats.mentees", "results.summary", "signer.position", "signer.signature")
          .list("categories", "n", "category", "count", "share")
          .list("deficits", "n", "deficit", "count", "share")
          .list("mentees", "n", "name", "position", "experience", "category", "requests")),
  ROUTE_MAP(Type.PLAN, "Карта индивидуального образовательного маршрута педагога (план наставничества)",
      Subject.PAIR,
      TemplateSchema.builder().scalars("mentee.name", "mentee.position", "mentee.experience", "mentee.category",
              "mentor.name", "mentor.position", "mentor.signature", "pair.form", "pair.goal", "program.period")
          .list("steps", "n", "date", "activity", "result")),
  MONITORING_NOTE(Type.NOTE, "Информационная справка по итогам мониторинга эффективности программы наставничества",
      Subject.PROGRAM,
      TemplateSchema.builder().scalars("results.total", "results.level", "stats.pairs", "stats.scored",
              "stats.optimal", "stats.acceptable", "stats.unacceptable", "signer.position", "signer.signature",
              "finalEvent.summary")
          .list("scores", "n", "pair", "total", "level")
          .list("finalEvents", "n", "format", "date", "participants", "materials", "files")),
  MENTOR_REPORT(Type.REPORT, "Отчёт наставника о работе наставнической пары (группы)", Subject.PAIR,
      TemplateSchema.builder().scalars("mentor.name", "mentor.position", "mentor.signature", "mentee.name",
              "pair.form", "stats.meetings", "stats.hours", "results.total", "results.level")
          .list("meetings", "n", "date", "kind", "topic", "outcome")),
  CONSENT_PERSONAL_DATA(Type.CONSENT, "Согласие на обработку персональных данных", Subject.PERSON,
      TemplateSchema.builder().scalars("person.name", "person.position", "consent.purpose",
          "consent.textVersion", "consent.date")),
  TRAINING_CERTIFICATE(Type.CERTIFICATE, "Сертификат о прохождении обучения", Subject.PERSON,
      TemplateSchema.builder().scalars("person.name", "person.position", "certificate.number",
          "certificate.date", "training.title")),
  /** Грамота in the nomination «Наставник года» (seed 002 §8: «Лучший наставник»). */
  BEST_MENTOR_DIPLOMA(Type.DIPLOMA, "Грамота «Наставник года»", Subject.PERSON,
      TemplateSchema.builder().scalars("person.name", "person.position", "award.title")),
  /** Грамота in the nomination «Лучшая пара», one for each member of the pair. */
  BEST_PAIR_DIPLOMA(Type.DIPLOMA, "Грамота «Лучшая пара»", Subject.PERSON,
      TemplateSchema.builder().scalars("person.name", "person.position", "award.title", "pair.role",
          "pair.mentor", "pair.mentees")),
  /** Сертификат участника программы наставничества: every mentor whose pair worked. */
  PARTICIPANT_CERTIFICATE(Type.CERTIFICATE, "Сертификат участника программы наставничества", Subject.PERSON,
      TemplateSchema.builder().scalars("person.name", "person.position", "certificate.mentees",
          "certificate.meetings")),
  /**
   * Seed 003 (Kazakhstan): the plan of one mentorship for the academic year (form of order № 130 of
   * 6 April 2020): the young specialist and the mentor, the diagnostics, goals and tasks, main
   * directions of work and the activities; drafted by the mentor, agreed by the deputy, approved by the head.
   */
  MENTORSHIP_PLAN(Type.MENTORSHIP_PLAN, "План наставничества на учебный год", Subject.PROGRAM,
      TemplateSchema.builder().scalars("mentee.name", "mentee.position", "mentee.subjects", "mentee.experience",
              "mentee.category", "mentor.name", "mentor.position", "mentor.experience", "mentor.category",
              "mentor.signature", "deputy.position", "deputy.signature", "diagnostics.level", "diagnostics.needs",
              "plan.goals", "plan.directions", "program.period")
          .list("activities", "n", "date", "activity")),
  /**
   * Seed 003 (Kazakhstan): the mentor's report on the year's results to the pedagogical council:
   * the results of the plan's activities and the recommendations for improving practice.
   */
  COUNCIL_REPORT(Type.REPORT, "Отчёт о результатах наставничества на заседание педагогического совета",
      Subject.PROGRAM,
      TemplateSchema.builder().scalars("mentor.name", "mentor.position", "mentor.signature", "mentee.name",
              "mentee.position", "plan.goals", "plan.approval", "report.results")
          .list("activities", "n", "date", "activity")
          .list("recommendations", "n", "text")),
  /**
   * A file the curator attaches to the program's final event (its program, протокол, presentation,
   * photos): DOCX, PDF or a picture, uploaded as it is — no template, nothing generated.
   */
  FINAL_EVENT_MATERIALS(Type.MATERIALS, "Материалы итогового мероприятия", Subject.PROGRAM, TemplateSchema.builder());

  /** The document type (ГОСТ Р 7.0.97-2016, requisite 10) printed and used in file names. */
  public enum Type {
    ORDER("Приказ"),
    REGULATION("Положение"),
    ROADMAP("Дорожная карта"),
    NOTE("Справка"),
    PLAN("Карта ИОМ"),
    REPORT("Отчёт"),
    CONSENT("Согласие"),
    CERTIFICATE("Сертификат"),
    DIPLOMA("Грамота"),
    MENTORSHIP_PLAN("План наставничества"),
    /** Files uploaded as they are (not generated from a template). */
    MATERIALS("Материалы");

    private final String title;

    Type(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** What one document is about besides its programme: nothing more, one pair, or one person. */
  public enum Subject { PROGRAM, PAIR, PERSON }

  /** Fields every template may use (a holder class: enum constants cannot read the enum's statics). */
  public static final class Common {
    private Common() {}

    public static final TemplateSchema ALL = TemplateSchema.builder()
        .scalars("school.fullName", "school.shortName", "school.name", "school.address", "school.locality",
            "head.title", "head.name", "head.signature",
            "doc.title", "doc.date", "doc.dateText", "doc.year",
            "program.academicYear")
        .build();

    /** Orders add their register number and the «С приказом ознакомлены» list. */
    public static final TemplateSchema ORDERS = TemplateSchema.builder()
        .scalars("doc.number")
        .list("acquainted", "n", "name", "position")
        .build();
  }

  private final Type type;
  private final String title;
  private final Subject subject;
  private final TemplateSchema schema;

  DocumentKind(Type type, String title, Subject subject, TemplateSchema.Builder own) {
    this.type = type;
    this.title = title;
    this.subject = subject;
    TemplateSchema.Builder all = TemplateSchema.builder().merge(Common.ALL);
    if (type == Type.ORDER) {
      all.merge(Common.ORDERS);
    }
    this.schema = all.merge(own.build()).build();
  }

  public Type type() {
    return type;
  }

  /** A file uploaded as it is: no template, no model, never generated. */
  public boolean isUploaded() {
    return type == Type.MATERIALS;
  }

  /** The kinds made from a template (every kind but the uploaded files). */
  public static List<DocumentKind> generated() {
    return Arrays.stream(values()).filter(k -> !k.isUploaded()).toList();
  }

  /** Orders take a number from the school's register; other documents are not registered. */
  public boolean isOrder() {
    return type == Type.ORDER;
  }

  /** For orders the heading («О …»), for other documents their name. */
  public String title() {
    return title;
  }

  /** «Приказ «О назначении наставников»», «Аналитическая справка …». */
  public String fullTitle() {
    return isOrder() ? "Приказ «" + title + "»" : title;
  }

  public Subject subject() {
    return subject;
  }

  public TemplateSchema schema() {
    return schema;
  }

  /** Built-in template on the classpath, and the file name of a school's own template. */
  public String templateFile() {
    return name() + ".docx";
  }

  /** ORDER_PAIRS → orderPairs: prefix of the process variables {@code orderPairsDocumentId}, {@code orderPairsFile}. */
  public String variablePrefix() {
    StringBuilder s = new StringBuilder();
    for (String part : name().toLowerCase().split("_")) {
      s.append(s.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return s.toString();
  }

  public String documentIdVariable() {
    return variablePrefix() + "DocumentId";
  }

  public String fileVariable() {
    return variablePrefix() + "File";
  }

  public static Optional<DocumentKind> byName(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
