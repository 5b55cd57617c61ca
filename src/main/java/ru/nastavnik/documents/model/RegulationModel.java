package ru.nastavnik.documents.model;

import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;

/** Положение о системе наставничества: the school edits the template; the data is the approving order. */
@Component
class RegulationModel implements DocumentModelBuilder {

  private final ApprovalOrder approval;

  RegulationModel(ApprovalOrder approval) {
    this.approval = approval;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.REGULATION;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    model.put("approval.order", approval.of(ctx.program()));
  }
}
