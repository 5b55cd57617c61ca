package ru.nastavnik.documents.model;

import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;

/** Приказ об утверждении положения о системе наставничества (seed 004 §6.4). */
@Component
class RegulationOrderModel implements DocumentModelBuilder {

  private final ProgramPeople people;

  RegulationOrderModel(ProgramPeople people) {
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_REGULATION;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    people.acquainted(model, people.leadership(ctx.program()));
  }
}
