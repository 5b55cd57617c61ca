package ru.nastavnik.consent;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.staff.StaffMember;

@Service
public class ConsentService {

  /** Version of the consent text the school hands out; printed on the consent form. */
  public static final String TEXT_VERSION = "2025-1";

  private final ConsentRepository consents;

  public ConsentService(ConsentRepository consents) {
    this.consents = consents;
  }

  @Transactional(readOnly = true)
  public boolean hasValid(StaffMember staff, Consent.Purpose purpose) {
    return !consents.findValid(staff.getId(), purpose).isEmpty();
  }

  /**
   * Refuses work that needs a consent the person has not given (or has withdrawn): nobody enters
   * the mentee or mentor base, or a pair, without it (152-ФЗ ст. 9; seed 004).
   */
  @Transactional(readOnly = true)
  public void requireValid(StaffMember staff, Consent.Purpose purpose, String forWhat) {
    if (!hasValid(staff, purpose)) {
      throw new ru.nastavnik.common.UserFacingException(staff.shortName() + ": нет действующего согласия «"
          + purpose.title() + "» — " + forWhat + " невозможно.");
    }
  }

  /** Records a consent unless a valid one for the same purpose already exists (idempotent). */
  @Transactional
  public Consent record(StaffMember staff, Consent.Purpose purpose, LocalDate givenOn, String method,
      String recordedBy) {
    return consents.findValid(staff.getId(), purpose).stream().findFirst()
        .orElseGet(() -> consents.save(new Consent(staff.getSchool(), staff, purpose, TEXT_VERSION,
            givenOn, method, recordedBy)));
  }
}
