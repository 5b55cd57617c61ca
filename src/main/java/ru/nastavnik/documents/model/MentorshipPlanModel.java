package ru.nastavnik.documents.model;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.mentorship.MentorshipRecords;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.staff.StaffMember;

/**
 * План наставничества (seed 003, form of order № 130 of 6 April 2020): the young specialist and the
 * mentor, the diagnostics' results, goals and tasks, main directions and the activities — from the
 * mentor's latest draft. Fields not filled yet print «—». A plan made for a young teacher (the
 * document's person) is the plan of that teacher's mentorship alone; without one, of the program's
 * one mentorship.
 */
@Component
class MentorshipPlanModel implements DocumentModelBuilder {

  private final MentorshipRecords records;

  MentorshipPlanModel(MentorshipRecords records) {
    this.records = records;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.MENTORSHIP_PLAN;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    Long program = ctx.program().getId();
    Long mentorship = mentorship(records, ctx);
    Optional<StaffMember> mentee = records.mentee(ctx.program(), mentorship);
    Optional<StaffMember> mentor = records.mentor(ctx.program(), mentorship);
    person(model, "mentee", mentee);
    model.put("mentee.subjects", mentee.map(StaffMember::getSubjects).map(Texts::orDash).orElse("—"));
    person(model, "mentor", mentor);
    model.put("mentor.signature", mentor.map(m -> Texts.signature(m.fullName())).orElse("________________"));
    Optional<StaffMember> deputy = records.deputy(ctx.program());
    model.put("deputy.position", deputy.map(StaffMember::getPosition).orElse("Заместитель руководителя по учебной работе"));
    model.put("deputy.signature", deputy.map(d -> Texts.signature(d.fullName())).orElse("________________"));
    Optional<MentorshipRecords.Entry> diagnostics = records.latest(program, ProgramRecord.Kind.MENTORSHIP_DIAGNOSTICS, mentorship);
    model.put("diagnostics.level", Texts.orDash(diagnostics.map(d -> d.get("level")).orElse(null)));
    model.put("diagnostics.needs", Texts.orDash(diagnostics.map(d -> d.get("needs")).orElse(null)));
    Optional<MentorshipRecords.Entry> plan = records.latest(program, ProgramRecord.Kind.MENTORSHIP_PLAN, mentorship);
    model.put("plan.goals", Texts.orDash(plan.map(p -> p.get("goals")).orElse(null)));
    model.put("plan.directions", Texts.orDash(plan.map(p -> p.get("directions")).orElse(null)));
    model.put("program.period", ctx.period());
    activities(model, plan.map(p -> p.get("activities")).orElse(null));
  }

  /** The mentorship of the document's young teacher; null for a program's one mentorship. */
  static Long mentorship(MentorshipRecords records, ModelContext ctx) {
    return records.appointmentOf(ctx.program().getId(), ctx.person()).map(MentorshipRecords.Entry::id).orElse(null);
  }

  static void person(DocumentModel model, String prefix, Optional<StaffMember> person) {
    model.put(prefix + ".name", person.map(StaffMember::fullName).orElse("—"));
    model.put(prefix + ".position", person.map(StaffMember::getPosition).map(Texts::orDash).orElse("—"));
    model.put(prefix + ".experience", person.map(p -> Texts.years(p.getExperienceYears())).orElse("—"));
    model.put(prefix + ".category", person.map(StaffMember::getQualificationCategory).map(Texts::orDash).orElse("—"));
  }

  /** «сентябрь — посещение уроков» a line: the term and the activity; a line without a term runs all year. */
  static void activities(DocumentModel model, String text) {
    DocumentModel.Items rows = model.list("activities");
    int n = 0;
    for (Activity a : parse(text)) {
      rows.add().put("n", ++n).put("date", a.term()).put("activity", a.activity());
    }
  }

  record Activity(String term, String activity) {}

  static List<Activity> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines().map(String::strip).map(l -> l.replaceFirst("^(\\d+[.)]|[-•*])\\s*", "")).filter(l -> !l.isEmpty())
        .map(l -> {
          String[] parts = l.split("\\s+[—–-]\\s+", 2);
          return parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()
              ? new Activity(parts[0].strip(), parts[1].strip())
              : new Activity("в течение учебного года", l);
        }).toList();
  }
}
