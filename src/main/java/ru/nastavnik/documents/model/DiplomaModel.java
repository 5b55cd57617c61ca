package ru.nastavnik.documents.model;

import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.NominationRepository;
import ru.nastavnik.staff.StaffMember;

/** Грамота «Наставник года» (seed 002 §8 «Лучший наставник»): one per mentor nominated on their own. */
@Component
class DiplomaModel implements DocumentModelBuilder {

  static final String DEFAULT_TITLE = Nomination.MENTOR_OF_THE_YEAR;

  private final NominationRepository nominations;

  DiplomaModel(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.BEST_MENTOR_DIPLOMA;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    StaffMember person = PersonSubject.require(ctx);
    model.put("person.name", person.fullName());
    model.put("person.position", person.getPosition());
    model.put("award.title", nominations.findByProgram(ctx.program().getId()).stream()
        .filter(n -> !n.isPairNomination() && n.getStaff().getId().equals(person.getId())).map(Nomination::getTitle)
        .findFirst().orElse(DEFAULT_TITLE));
  }
}
