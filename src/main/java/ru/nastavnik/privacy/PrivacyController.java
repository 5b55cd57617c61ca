package ru.nastavnik.privacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.documents.GeneratedDocument;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * A person's data under 152-ФЗ: withdrawal of a consent (the school's curator, deputy head or
 * director acts on the written withdrawal), the export of everything held about the person (the
 * person themselves or the school's curator, deputy head or director), and the register of removals.
 */
@RestController
public class PrivacyController {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final List<String> MANAGER_GROUPS =
      List.of(Role.CURATOR.groupId(), Role.DEPUTY.groupId(), Role.DIRECTOR.groupId());

  private final ConsentWithdrawalService withdrawals;
  private final PersonalDataExport export;
  private final RemovalActRepository acts;
  private final StaffRepository staff;
  private final CurrentUser currentUser;
  private final ConsentForms consentForms;

  public PrivacyController(ConsentWithdrawalService withdrawals, PersonalDataExport export, RemovalActRepository acts,
      StaffRepository staff, CurrentUser currentUser, ConsentForms consentForms) {
    this.consentForms = consentForms;
    this.withdrawals = withdrawals;
    this.export = export;
    this.acts = acts;
    this.staff = staff;
    this.currentUser = currentUser;
  }

  /** {@code purpose}: PERSONAL_DATA or ADDITIONAL_DUTIES; {@code withdrawnOn}: when the written withdrawal came. */
  public record WithdrawalRequest(String purpose, LocalDate withdrawnOn) {}

  @PostMapping("/api/schools/{code}/staff/{id}/consents/withdraw")
  public ConsentWithdrawalService.Outcome withdraw(@PathVariable String code, @PathVariable Long id,
      @RequestBody(required = false) WithdrawalRequest request) {
    requireManager(code, "Отзыв согласия оформляют куратор, заместитель директора или директор школы.");
    if (request == null) {
      throw new UserFacingException("Укажите, какое согласие отозвано (purpose) и дату получения отзыва (withdrawnOn).");
    }
    try {
      return withdrawals.withdraw(code, id, purpose(request.purpose()), request.withdrawnOn(), currentUser.userId());
    } catch (DataIntegrityViolationException e) {
      throw UserFacingException.conflict("Отзыв согласия этого сотрудника одновременно оформляет другой пользователь."
          + " Обновите страницу и проверьте, не оформлен ли он уже.");
    }
  }

  @GetMapping("/api/schools/{code}/staff/{id}/personal-data")
  public Map<String, Object> personalData(@PathVariable String code, @PathVariable Long id) {
    requireSubjectOrManager(code, id);
    return export.export(code, id, currentUser.userId(), PiiAccessEntry.Action.EXPORT_JSON);
  }

  @GetMapping("/api/schools/{code}/staff/{id}/personal-data.docx")
  public ResponseEntity<byte[]> personalDataDocx(@PathVariable String code, @PathVariable Long id) {
    requireSubjectOrManager(code, id);
    byte[] body = PersonalDataDocx.render(export.export(code, id, currentUser.userId(), PiiAccessEntry.Action.EXPORT_DOCX));
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename("Сведения о персональных данных.docx", StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()
            .replaceFirst("attachment;", "attachment; filename=\"personal-data-" + id + ".docx\";"))
        .contentType(MediaType.parseMediaType(DOCX))
        .body(body);
  }

  /**
   * The person's printable consent form (DOCX): dated when the consent is recorded, else a blank to
   * sign; for the given program of the school or its latest one.
   */
  @GetMapping("/api/schools/{code}/staff/{id}/consent-form.docx")
  public ResponseEntity<byte[]> consentForm(@PathVariable String code, @PathVariable Long id,
      @RequestParam(required = false) Long programId) {
    requireSubjectOrManager(code, id);
    GeneratedDocument doc = consentForms.form(code, id, programId, currentUser.userId());
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(doc.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .contentType(MediaType.parseMediaType(DOCX))
        .body(doc.docx());
  }

  /** The register of removal acts of the school (no names: numbers, pseudonyms, categories, places). */
  @GetMapping("/api/schools/{code}/personal-data/removal-acts")
  @Transactional(readOnly = true)
  public List<Map<String, Object>> removalActs(@PathVariable String code) {
    requireManager(code, "Журнал удаления персональных данных ведут куратор, заместитель директора и директор.");
    return acts.findBySchool(code).stream().map(a -> PersonalDataExport.ordered(
        "number", a.getId(), "pseudonym", a.getPseudonym(), "staffId", a.getStaff().getId(),
        "operator", a.getSchool().getFullName() + ", " + a.getSchool().getAddress(),
        "system", RemovalAct.SYSTEM_NAME, "consent", a.getPurpose().title(),
        "withdrawalReceivedOn", a.getWithdrawalReceivedOn(), "ground", a.getGround().text(),
        "performedBy", a.getPerformedBy(), "performedAt", a.getPerformedAt(),
        "categories", a.getCategories(), "method", a.getMethod(), "places", a.getPlaces(),
        "residue", a.getResidue())).toList();
  }

  private static Consent.Purpose purpose(String value) {
    if (value == null || value.isBlank()) {
      throw new UserFacingException("Укажите, какое согласие отозвано: PERSONAL_DATA (обработка персональных данных)"
          + " или ADDITIONAL_DUTIES (дополнительные обязанности).");
    }
    try {
      return Consent.Purpose.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("Неизвестное согласие «" + value + "»: укажите PERSONAL_DATA или ADDITIONAL_DUTIES.");
    }
  }

  private void requireManager(String code, String message) {
    currentUser.requireSchool(code);
    if (MANAGER_GROUPS.stream().noneMatch(currentUser::inGroup)) {
      throw UserFacingException.forbidden(message);
    }
  }

  private void requireSubjectOrManager(String code, Long id) {
    StaffMember person = staff.findInSchool(code, id).orElse(null);
    boolean self = person != null && person.getUsername().equals(currentUser.userId());
    if (!self) {
      requireManager(code, "Сведения о сотруднике выгружают он сам, куратор, заместитель директора или директор его школы.");
    }
    if (person == null) {
      throw UserFacingException.notFound("Сотрудник с номером " + id + " не найден в этой школе.");
    }
  }
}
