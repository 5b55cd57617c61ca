package ru.nastavnik.documents.model;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.NominationRepository;

/** Приказ о награждении наставников (seed 002 RM 2.7). */
@Component
class AwardsOrderModel implements DocumentModelBuilder {

  private final NominationRepository nominations;
  private final ProgramPeople people;

  AwardsOrderModel(NominationRepository nominations, ProgramPeople people) {
    this.nominations = nominations;
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_AWARDS;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    List<Nomination> list = nominations.findByProgram(ctx.program().getId());
    if (list.isEmpty()) {
      throw new DocumentDataException("Приказ о награждении наставников нельзя сформировать: никто не выдвинут"
          + " на награждение.");
    }
    DocumentModel.Items items = model.list("awardees");
    int n = 0;
    for (Nomination nom : list) {
      items.add().put("n", ++n).put("name", nom.getStaff().fullName()).put("position", nom.getStaff().getPosition())
          .put("award", nom.getTitle());
    }
    model.put("stats.awardees", list.size());
    people.acquainted(model, ProgramPeople.sorted(list.stream().map(Nomination::getStaff).toList()));
  }
}
