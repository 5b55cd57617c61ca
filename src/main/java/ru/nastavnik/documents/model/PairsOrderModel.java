package ru.nastavnik.documents.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.staff.StaffMember;

/** Приказ о закреплении наставнических пар (групп): the table of pairs, forms and periods (seed 002 RM 2.5, seed 004). */
@Component
class PairsOrderModel implements DocumentModelBuilder {

  /** Pairs the order fixes: every pair not dissolved or finished. */
  static final List<MentoringPair.Status> TO_FIX = List.of(MentoringPair.Status.PROPOSED,
      MentoringPair.Status.CONSENTED, MentoringPair.Status.APPROVED, MentoringPair.Status.ACTIVE);

  private final PairRepository pairs;
  private final ProgramPeople people;

  PairsOrderModel(PairRepository pairs, ProgramPeople people) {
    this.pairs = pairs;
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_PAIRS;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    List<MentoringPair> list = pairs.findByProgramAndStatus(ctx.program().getId(), TO_FIX);
    if (list.isEmpty()) {
      throw new DocumentDataException("Приказ о закреплении наставнических пар нельзя сформировать: в программе "
          + ctx.program().getAcademicYear() + " нет сформированных пар.");
    }
    String period = ctx.period();
    DocumentModel.Items items = model.list("pairs");
    Set<Long> mentees = new LinkedHashSet<>();
    List<StaffMember> everyone = new ArrayList<>();
    int n = 0;
    int groups = 0;
    for (MentoringPair p : list) {
      StaffMember mentor = p.getMentor();
      items.add().put("n", ++n).put("mentor", mentor.fullName()).put("mentorPosition", mentor.getPosition())
          .put("mentees", p.getMentees().stream().map(StaffMember::fullName).collect(Collectors.joining("\n")))
          .put("form", form(p.getForm()))
          .put("period", period);
      if (p.isGroup()) {
        groups++;
      }
      everyone.add(mentor);
      for (StaffMember m : p.getMentees()) {
        mentees.add(m.getId());
        everyone.add(m);
      }
    }
    model.put("stats.pairs", list.size() - groups);
    model.put("stats.groups", groups);
    model.put("stats.mentees", mentees.size());
    model.put("program.period", period);
    people.acquainted(model, ProgramPeople.sorted(everyone));
  }

  static String form(InteractionForm f) {
    return f == null ? "«Учитель – учитель»" : "«" + f.title() + "»";
  }
}
