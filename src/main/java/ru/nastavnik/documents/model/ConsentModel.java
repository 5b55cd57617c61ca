package ru.nastavnik.documents.model;

import org.springframework.stereotype.Component;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.staff.StaffMember;

/**
 * Согласие на обработку персональных данных (152-ФЗ ст. 9; seed 004): a separate document with the
 * purpose and the version of the text; the date of a consent already recorded, else a blank to sign.
 */
@Component
class ConsentModel implements DocumentModelBuilder {

  private final ConsentRepository consents;

  ConsentModel(ConsentRepository consents) {
    this.consents = consents;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.CONSENT_PERSONAL_DATA;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    StaffMember person = PersonSubject.require(ctx);
    model.put("person.name", person.fullName());
    model.put("person.position", person.getPosition());
    model.put("consent.purpose", "обеспечение участия в программе наставничества педагогических работников "
        + ctx.school().getShortName() + ": формирование баз наставников и наставляемых, закрепление"
        + " наставнических пар (групп), организация их работы, мониторинг эффективности программы и подготовка"
        + " её документов");
    Consent given = consents.findValid(person.getId(), Consent.Purpose.PERSONAL_DATA).stream().findFirst().orElse(null);
    model.put("consent.textVersion", given == null ? ConsentService.TEXT_VERSION : given.getTextVersion());
    model.put("consent.date", given == null ? Texts.BLANK_DATE : Texts.dateText(given.getGivenOn()));
  }
}
