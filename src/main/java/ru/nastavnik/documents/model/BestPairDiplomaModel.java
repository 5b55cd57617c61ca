package ru.nastavnik.documents.model;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.NominationRepository;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.staff.StaffMember;

/** Грамота «Лучшая пара»: one for the mentor and one for each mentee of a nominated pair. */
@Component
class BestPairDiplomaModel implements DocumentModelBuilder {

  private final NominationRepository nominations;

  BestPairDiplomaModel(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.BEST_PAIR_DIPLOMA;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    StaffMember person = PersonSubject.require(ctx);
    Nomination nomination = nominations.findByProgram(ctx.program().getId()).stream()
        .filter(n -> n.isPairNomination() && n.getStaff().getId().equals(person.getId())).findFirst()
        .orElseThrow(() -> new DocumentDataException("Грамоту «" + Nomination.BEST_PAIR + "» нельзя сформировать: "
            + person.fullName() + " не входит в пару, выдвинутую в этой номинации."));
    MentoringPair pair = nomination.getPair();
    model.put("person.name", person.fullName());
    model.put("person.position", person.getPosition());
    model.put("award.title", nomination.getTitle());
    model.put("pair.role", pair.getMentor().getId().equals(person.getId()) ? "наставник" : "наставляемый");
    model.put("pair.mentor", pair.getMentor().fullName());
    model.put("pair.mentees", pair.getMentees().stream().map(StaffMember::fullName).collect(Collectors.joining(", ")));
  }
}
