package ru.nastavnik.documents.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.monitoring.CompletionService;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.NominationRepository;
import ru.nastavnik.staff.StaffMember;

/**
 * Приказ о награждении наставников (seed 002 RM 2.7): the nominees («Наставник года», both members
 * of each «Лучшая пара») with their diplomas, then every mentor whose pair worked with the
 * participant's certificate.
 */
@Component
class AwardsOrderModel implements DocumentModelBuilder {

  private final NominationRepository nominations;
  private final ProgramPeople people;
  private final CompletionService completion;

  AwardsOrderModel(NominationRepository nominations, ProgramPeople people, CompletionService completion) {
    this.nominations = nominations;
    this.people = people;
    this.completion = completion;
  }

  static final String CERTIFICATE = "Сертификат участника программы наставничества";

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
    Map<Long, StaffMember> everyone = new LinkedHashMap<>();
    for (Nomination nom : list) {
      items.add().put("n", ++n).put("name", nom.getStaff().fullName()).put("position", nom.getStaff().getPosition())
          .put("award", "Грамота «" + nom.getTitle() + "»");
      everyone.putIfAbsent(nom.getStaff().getId(), nom.getStaff());
    }
    for (StaffMember mentor : ProgramPeople.sorted(completion.certifiedMentors(ctx.program().getId()))) {
      items.add().put("n", ++n).put("name", mentor.fullName()).put("position", mentor.getPosition())
          .put("award", CERTIFICATE);
      everyone.putIfAbsent(mentor.getId(), mentor);
    }
    model.put("stats.awardees", everyone.size());
    people.acquainted(model, ProgramPeople.sorted(new ArrayList<>(everyone.values())));
  }
}
