package ru.nastavnik.documents.model;

import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.staff.StaffMember;

final class PersonSubject {

  private PersonSubject() {}

  static StaffMember require(ModelContext ctx) {
    if (ctx.person() == null) {
      throw new DocumentDataException("Для документа «" + ctx.kind().title() + "» не указан сотрудник.");
    }
    return ctx.person();
  }
}
