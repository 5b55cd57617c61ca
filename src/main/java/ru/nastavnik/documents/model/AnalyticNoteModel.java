package ru.nastavnik.documents.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.staff.StaffMember;

/**
 * Аналитическая справка о профессиональных дефицитах (seed 002 RM 2.3): mentees per category and
 * per deficit. A mentee's deficits are the items of their request, separated by «;» or new lines.
 */
@Component
class AnalyticNoteModel implements DocumentModelBuilder {

  private final MenteeProfileRepository mentees;
  private final ProgramPeople people;

  AnalyticNoteModel(MenteeProfileRepository mentees, ProgramPeople people) {
    this.mentees = mentees;
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ANALYTIC_NOTE;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    List<MenteeProfile> list = mentees.findByProgram(ctx.program().getId()).stream()
        .filter(m -> m.getStatus() != MenteeProfile.Status.WITHDRAWN).toList();
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
