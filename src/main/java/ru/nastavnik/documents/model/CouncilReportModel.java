package ru.nastavnik.documents.model;

import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.mentorship.MentorshipRecords;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.staff.StaffMember;

/**
 * Отчёт о результатах наставничества на заседание педагогического совета (seed 003, final stage):
 * the mentorship's people, the approved plan's goals and activities, the results the mentor reports
 * and the recommendations for improving practice, one a line. Made for a young teacher (the
 * document's person): the report of that teacher's mentorship alone.
 */
@Component
class CouncilReportModel implements DocumentModelBuilder {

  private final MentorshipRecords records;

  CouncilReportModel(MentorshipRecords records) {
    this.records = records;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.COUNCIL_REPORT;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    Long program = ctx.program().getId();
    Long mentorship = MentorshipPlanModel.mentorship(records, ctx);
    Optional<StaffMember> mentor = records.mentor(ctx.program(), mentorship);
    model.put("mentor.name", mentor.map(StaffMember::fullName).orElse("—"));
    model.put("mentor.position", mentor.map(StaffMember::getPosition).map(Texts::orDash).orElse("—"));
    model.put("mentor.signature", mentor.map(m -> Texts.signature(m.fullName())).orElse("________________"));
    Optional<StaffMember> mentee = records.mentee(ctx.program(), mentorship);
    model.put("mentee.name", mentee.map(StaffMember::fullName).orElse("—"));
    model.put("mentee.position", mentee.map(StaffMember::getPosition).map(Texts::orDash).orElse("—"));
    Optional<MentorshipRecords.Entry> plan = records.latest(program, ProgramRecord.Kind.MENTORSHIP_PLAN, mentorship);
    model.put("plan.goals", Texts.orDash(plan.map(p -> p.get("goals")).orElse(null)));
    model.put("plan.approval", records.all(program, ProgramRecord.Kind.PLAN_REVIEW, mentorship).stream()
        .filter(r -> MentorshipRecords.APPROVE.equals(r.get("decision")) && r.get("reviewer") != null
            && r.get("reviewer").startsWith("Руководитель"))
        .reduce((a, b) -> b).map(r -> "утверждён руководителем организации " + Texts.date(r.date()))
        .orElse("не утверждён"));
    MentorshipPlanModel.activities(model, plan.map(p -> p.get("activities")).orElse(null));
    Optional<MentorshipRecords.Entry> report = records.latest(program, ProgramRecord.Kind.COUNCIL_REPORT, mentorship);
    model.put("report.results", Texts.orDash(report.map(r -> r.get("results")).orElse(null)));
    DocumentModel.Items rows = model.list("recommendations");
    int n = 0;
    for (String line : report.map(r -> r.get("recommendations")).orElse("").lines().map(String::strip)
        .map(l -> l.replaceFirst("^(\\d+[.)]|[-•*])\\s*", "")).filter(l -> !l.isEmpty()).toList()) {
      rows.add().put("n", ++n).put("text", line);
    }
  }
}
