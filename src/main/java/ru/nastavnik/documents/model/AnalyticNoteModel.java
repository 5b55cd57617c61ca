package ru.nastavnik.documents.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.questionnaire.AnalyticNote;
import ru.nastavnik.questionnaire.AnalyticNoteService;
import ru.nastavnik.staff.StaffMember;

/**
 * Аналитическая справка о профессиональных дефицитах (seed 002 RM 2.3): mentees per category and
 * per deficit. When the stage II diagnostics were collected, the counts are those of the
 * questionnaire package's note (teachers who answered, per category and per deficit); otherwise a
 * mentee's deficits are the items of their request, separated by «;» or new lines.
 */
@Component
class AnalyticNoteModel implements DocumentModelBuilder {

  /** Statuses of a mentee whose consent is recorded: in the base, approved, paired, searching, completed. */
  static final java.util.Set<MenteeProfile.Status> IN_BASE = java.util.EnumSet.of(MenteeProfile.Status.IN_BASE,
      MenteeProfile.Status.APPROVED, MenteeProfile.Status.PAIRED, MenteeProfile.Status.SEARCHING,
      MenteeProfile.Status.COMPLETED);

  private final MenteeProfileRepository mentees;
  private final ProgramPeople people;
  /** The questionnaire package's notes; absent where the documents run on their own (their tests). */
  private final ObjectProvider<AnalyticNoteService> notes;

  AnalyticNoteModel(MenteeProfileRepository mentees, ProgramPeople people, ObjectProvider<AnalyticNoteService> notes) {
    this.mentees = mentees;
    this.people = people;
    this.notes = notes;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ANALYTIC_NOTE;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    // the base holds those whose consent is recorded: neither the curator's candidates without one nor
    // those who withdrew it
    List<MenteeProfile> list = mentees.findByProgram(ctx.program().getId()).stream()
        .filter(m -> IN_BASE.contains(m.getStatus())).toList();
    int total = list.size();
    model.put("stats.mentees", total);

    Map<MenteeCategory, Integer> byCategory = new EnumMap<>(MenteeCategory.class);
    Map<String, Integer> byDeficit = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    DocumentModel.Items rows = model.list("mentees");
    int n = 0;
    for (MenteeProfile m : list) {
      byCategory.merge(m.getCategory(), 1, Integer::sum);
      for (String d : deficits(m.getRequests())) {
        String key = d.toLowerCase(Locale.ROOT);
        byDeficit.merge(key, 1, Integer::sum);
        spelling.putIfAbsent(key, Texts.capitalised(d));
      }
      StaffMember s = m.getStaff();
      rows.add().put("n", ++n).put("name", s.fullName()).put("position", s.getPosition())
          .put("experience", Texts.years(s.getExperienceYears())).put("category", m.getCategory().title())
          .put("requests", Texts.orDash(m.getRequests()));
    }

    AnalyticNoteService service = notes.getIfAvailable();
    AnalyticNote diagnostics = service == null ? null : service.latestForProgram(ctx.program().getId()).orElse(null);
    if (diagnostics != null) {
      fromDiagnostics(diagnostics, model);
      people.signer(ctx, model);
      return;
    }

    DocumentModel.Items categories = model.list("categories");
    n = 0;
    for (MenteeCategory c : MenteeCategory.values()) {
      int count = byCategory.getOrDefault(c, 0);
      categories.add().put("n", ++n).put("category", c.title()).put("count", count)
          .put("share", Texts.share(count, total));
    }

    List<Map.Entry<String, Integer>> sorted = byDeficit.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    DocumentModel.Items deficits = model.list("deficits");
    n = 0;
    for (Map.Entry<String, Integer> e : sorted) {
      deficits.add().put("n", ++n).put("deficit", spelling.get(e.getKey())).put("count", e.getValue())
          .put("share", Texts.share(e.getValue(), total));
    }
    model.put("results.summary", summary(sorted, spelling, total));
    people.signer(ctx, model);
  }

  /** Categories and deficits as the diagnostics counted them: teachers who answered, shares of those. */
  private static void fromDiagnostics(AnalyticNote note, DocumentModel model) {
    int answered = note.answered();
    DocumentModel.Items categories = model.list("categories");
    int n = 0;
    for (AnalyticNote.CategoryCount c : note.categories()) {
      categories.add().put("n", ++n).put("category", c.title()).put("count", c.teachers())
          // notes stored before the share was kept carry none: it is counted again, of those who answered
          .put("share", c.percent() > 0 || c.teachers() == 0 ? c.percent() + " %" : Texts.share((int) c.teachers(), answered));
    }
    DocumentModel.Items deficits = model.list("deficits");
    n = 0;
    for (AnalyticNote.DeficitCount d : note.deficits()) {
      if (d.teachers() > 0) {
        deficits.add().put("n", ++n).put("deficit", d.title()).put("count", d.teachers())
            .put("share", d.percent() + " %");
      }
    }
    String top = note.deficits().stream().filter(d -> d.teachers() > 0).limit(3)
        .map(d -> d.title() + " (" + Texts.people((int) d.teachers()) + ")").collect(Collectors.joining("; "));
    model.put("results.summary", "По итогам анкеты «" + note.questionnaireTitle() + "» (" + Texts.date(note.openedOn())
        + (note.closedOn() == null ? "" : " — " + Texts.date(note.closedOn())) + ") опрошено педагогов: "
        + note.respondents() + ", ответили: " + answered + " (" + note.responseRatePercent() + " %). "
        + (top.isEmpty() ? "Затруднений не отмечено." : "Чаще всего названы: " + top + "."));
  }

  static List<String> deficits(String requests) {
    if (requests == null || requests.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(requests.split("[;\\n]")).map(String::trim)
        .map(s -> s.replaceAll("[.]+$", "")).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String summary(List<Map.Entry<String, Integer>> sorted, Map<String, String> spelling, int total) {
    if (total == 0) {
      return "Наставляемые в базу пока не включены.";
    }
    if (sorted.isEmpty()) {
      return "Запросы наставляемых о профессиональных дефицитах не заполнены.";
    }
    String top = sorted.stream().limit(3)
        .map(e -> spelling.get(e.getKey()) + " (" + Texts.people(e.getValue()) + ")")
        .collect(Collectors.joining("; "));
    return "Наиболее распространённые профессиональные дефициты: " + top + ".";
  }
}
