package ru.nastavnik.documents.model;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.staff.StaffMember;

/** Приказ о назначении куратора (seed 002 M1 item 3). */
@Component
class CuratorOrderModel implements DocumentModelBuilder {

  private final ProgramPeople people;

  CuratorOrderModel(ProgramPeople people) {
    this.people = people;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.ORDER_CURATOR;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    StaffMember curator = ctx.program().getCurator();
    if (curator == null) {
      throw new DocumentDataException("Приказ о назначении куратора нельзя сформировать: куратор программы "
          + ctx.program().getAcademicYear() + " ещё не выбран.");
    }
    model.put("curator.name", curator.fullName());
    model.put("curator.shortName", curator.shortName());
    model.put("curator.position", curator.getPosition());
    people.acquainted(model, List.of(curator));
  }
}
