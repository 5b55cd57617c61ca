package ru.nastavnik.documents.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.pairing.InteractionForm;

/** Приказ об организации наставничества (seed 000 stage 1, seed 002 M1). */
@Component
class OrganisationOrderModel implements DocumentModelBuilder {

  static final String DEFAULT_FORM = "«Учитель – учитель»";

  private final ProgramPeople people;

  OrganisationOrderModel(ProgramPeople people) {
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_ORGANISATION;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    model.put("program.forms", forms(ctx.program().getInteractionForms()));
    model.put("program.period", ctx.period());
    people.acquainted(model, people.leadership(ctx.program()));
  }

  /** The chosen interaction forms, «…», «…»; the seeds' single form when none is chosen yet. */
  static String forms(String codes) {
    if (codes == null || codes.isBlank()) {
      return DEFAULT_FORM;
    }
    List<String> titles = Arrays.stream(codes.split("[;,]")).map(String::trim)
        .map(InteractionForm::byCode).flatMap(java.util.Optional::stream)
        .map(f -> "«" + f.title() + "»").collect(Collectors.toList());
    return titles.isEmpty() ? DEFAULT_FORM : String.join(", ", titles);
  }
}
