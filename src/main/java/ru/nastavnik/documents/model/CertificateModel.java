package ru.nastavnik.documents.model;

import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.template.DocumentModel;
import ru.nastavnik.staff.StaffMember;

/** Сертификат о прохождении обучения наставников (seed 002 RM 2.9). */
@Component
class CertificateModel implements DocumentModelBuilder {

  static final String TRAINING = "Обучение наставников для работы с наставляемыми";

  private final MentorProfileRepository mentors;

  CertificateModel(MentorProfileRepository mentors) {
    this.mentors = mentors;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.TRAINING_CERTIFICATE;
  }

  @Override
  public void fill(ModelContext ctx, DocumentModel model) {
    StaffMember person = PersonSubject.require(ctx);
    MentorProfile profile = mentors.findByProgramAndStaff(ctx.program().getId(), person.getId())
        .filter(m -> m.getCertificateNumber() != null)
        .orElseThrow(() -> new DocumentDataException("Сертификат нельзя сформировать: " + person.fullName()
            + " не отмечен(а) как прошедший(ая) обучение наставников в этой программе."));
    model.put("person.name", person.fullName());
    model.put("person.position", person.getPosition());
    model.put("certificate.number", profile.getCertificateNumber());
    model.put("certificate.date", Texts.date(profile.getTrainedOn() == null ? ctx.date() : profile.getTrainedOn()));
    model.put("training.title", TRAINING);
  }
}
