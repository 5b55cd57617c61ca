package ru.nastavnik.documents.model;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairwork.PairMeetingRepository;
import ru.nastavnik.staff.StaffMember;

/** Сертификат участника программы наставничества: a mentor whose pair (group) worked in the program. */
@Component
class ParticipantCertificateModel implements DocumentModelBuilder {

  private final PairRepository pairs;
  private final PairMeetingRepository meetings;

  ParticipantCertificateModel(PairRepository pairs, PairMeetingRepository meetings) {
    this.pairs = pairs;
    this.meetings = meetings;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.PARTICIPANT_CERTIFICATE;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    StaffMember person = PersonSubject.require(ctx);
    List<MentoringPair> own = pairs.findByProgramAndStatus(ctx.program().getId(),
            List.of(MentoringPair.Status.ACTIVE, MentoringPair.Status.COMPLETED)).stream()
        .filter(p -> p.getMentor().getId().equals(person.getId())).toList();
    if (own.isEmpty()) {
      throw new DocumentDataException("Сертификат участника нельзя сформировать: у " + person.fullName()
          + " нет наставнической пары, работавшей в этой программе.");
    }
    model.put("person.name", person.fullName());
    model.put("person.position", person.getPosition());
    model.put("certificate.mentees", own.stream().mapToInt(p -> p.getMentees().size()).sum());
    model.put("certificate.meetings", own.stream().mapToInt(p -> meetings.findByPair(p.getId()).size()).sum());
  }
}
