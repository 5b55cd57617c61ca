package ru.nastavnik.privacy;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.DocumentService;
import ru.nastavnik.documents.GeneratedDocument;
import ru.nastavnik.documents.GenerationRequest;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * The printable consent form of one person (152-ФЗ ст. 9, a separate document): the documents
 * engine's consent template with the person's name and position, the purpose and the text version;
 * with the date of the consent when it is recorded, else a blank to sign. The form belongs to a
 * program of the school (the given one, or the latest); asking again for the same consent returns
 * the same document.
 */
@Service
public class ConsentForms {

  private final StaffRepository staff;
  private final ConsentRepository consents;
  private final ProgramRepository programs;
  private final DocumentService documents;
  private final PiiAccessLog accessLog;
  private final RemovalActRepository acts;

  public ConsentForms(StaffRepository staff, ConsentRepository consents, ProgramRepository programs,
      DocumentService documents, PiiAccessLog accessLog, RemovalActRepository acts) {
    this.acts = acts;
    this.staff = staff;
    this.consents = consents;
    this.programs = programs;
    this.documents = documents;
    this.accessLog = accessLog;
  }

  @Transactional
  public GeneratedDocument form(String schoolCode, Long staffId, Long programId, String requestedBy) {
    StaffMember person = staff.findInSchool(schoolCode, staffId).orElseThrow(() ->
        UserFacingException.notFound("Сотрудник с номером " + staffId + " не найден в этой школе."));
    acts.findByStaff(staffId).ifPresent(act -> {
      throw UserFacingException.conflict("Согласие отозвано, персональные данные сотрудника удалены по акту №"
          + act.getId() + ": бланк согласия не формируется.");
    });
    List<MentoringProgram> ofSchool = programs.findBySchool(schoolCode);
    MentoringProgram program = programId == null
        ? ofSchool.stream().findFirst().orElseThrow(() -> UserFacingException.conflict("Бланк согласия оформляется"
            + " в рамках программы наставничества, а в школе ещё не запущена ни одна программа."))
        : ofSchool.stream().filter(p -> p.getId().equals(programId)).findFirst().orElseThrow(() ->
            UserFacingException.notFound("Программа наставничества № " + programId + " не найдена в этой школе."));
    String version = consents.findValid(staffId, Consent.Purpose.PERSONAL_DATA).stream().findFirst()
        .map(c -> "consent-" + c.getId()).orElse("blank");
    GeneratedDocument doc = documents.generate(GenerationRequest.of(DocumentKind.CONSENT_PERSONAL_DATA, schoolCode,
        program.getId(), "consent-form:" + program.getId() + ":" + staffId + ":" + version)
        .forPerson(staffId).by(requestedBy, null));
    accessLog.save(new PiiAccessEntry(person.getSchool(), person, requestedBy, PiiAccessEntry.Action.CONSENT_FORM));
    return doc;
  }
}
