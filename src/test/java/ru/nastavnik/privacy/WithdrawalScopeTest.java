package ru.nastavnik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.documents.DocxRead;
import ru.nastavnik.program.ProgramProcess.MenteeBase;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordRepository;
import ru.nastavnik.questionnaire.QuestionnaireProcess;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * What a withdrawal of consent reaches and what it leaves: namesakes in the same school and in
 * another keep their data; the stored analytic note is made again without the person.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "nastavnik.test.context=privacy")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WithdrawalScopeTest {

  static final String OTHER = "sosednyaya";

  @Autowired TestRestTemplate rest;
  @Autowired StaffRepository staff;
  @Autowired SchoolRepository schools;
  @Autowired ConsentService consentService;
  @Autowired ConsentRepository consents;
  @Autowired ConsentWithdrawalService withdrawals;
  @Autowired ProgramRecordRepository records;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired RemovalActRepository acts;
  @Autowired ru.nastavnik.program.ProgramRepository programs;
  @Autowired ru.nastavnik.documents.DocumentService documents;

  @Test
  void namesakesInTheSameSchoolAndInAnotherKeepTheirData() {
    LocalDate today = LocalDate.now();
    StaffMember guseva = staff.findByUsername("gusevada").orElseThrow();
    assertThat(guseva.fullName()).isEqualTo("Гусева Дарья Андреевна");
    // a colleague with the same surname in her school, a teacher with her very name in another school
    Long maria = tx.execute(s -> {
      StaffMember m = new StaffMember(guseva.getSchool(), "9101", "gusevami", "Гусева", "Мария", "Ивановна", "Учитель");
      m.setRoles(Set.of(Role.MENTEE));
      return staff.save(m).getId();
    });
    Long namesake = tx.execute(s -> {
      School other = schools.save(new School(OTHER, "МБОУ «СОШ № 3»", "Муниципальное бюджетное общеобразовательное"
          + " учреждение «Средняя общеобразовательная школа № 3»", "МБОУ «СОШ № 3»", "Иванов Иван Иванович",
          "Директор", "с. Соседнее, ул. Мира, д. 3", "с. Соседнее"));
      StaffMember d = new StaffMember(other, "9201", "gusevada3", "Гусева", "Дарья", "Андреевна", "Учитель");
      d.setEmail("guseva3@sosednyaya.example");
      d.setRoles(Set.of(Role.MENTEE));
      return staff.save(d).getId();
    });
    consentService.record(guseva, Consent.Purpose.PERSONAL_DATA, today, "лично, Гусева Д. А.", "kurator");
    // consent rows (the method column holds up to 64 characters) that name them side by side
    consentService.record(staff.findById(maria).orElseThrow(), Consent.Purpose.PERSONAL_DATA, today,
        "Гусева М. И. при Гусевой Д. А.", "kurator");
    consentService.record(staff.findById(maria).orElseThrow(), Consent.Purpose.ADDITIONAL_DUTIES, today,
        "копия Гусевой Марии Ивановне", "kurator");
    consentService.record(staff.findById(namesake).orElseThrow(), Consent.Purpose.PERSONAL_DATA, today,
        "Гусева Дарья Андреевна (Гусева Д. А.)", "curator3");
    consentService.record(staff.findById(namesake).orElseThrow(), Consent.Purpose.ADDITIONAL_DUTIES, today,
        "копия gusevada@starica.example", "curator3");

    // photographs and PDFs of a final event: the removal cannot read them and says so in its act
    Long programId = tx.execute(s -> programs.save(new ru.nastavnik.program.MentoringProgram(guseva.getSchool(),
        "2035/36", "starica-2035/36", "kurator")).getId());
    documents.storeFile("starica", programId, ru.nastavnik.documents.DocumentKind.FINAL_EVENT_MATERIALS,
        "Фото с итоговой конференции", "foto.pdf", "%PDF-1.4\n% Гусева Д. А. на конференции\n%%EOF".getBytes(
            java.nio.charset.StandardCharsets.UTF_8), "kurator", "scope-test-photo");

    ConsentWithdrawalService.Outcome outcome = withdrawals.withdraw("starica", guseva.getId(),
        Consent.Purpose.PERSONAL_DATA, today, "kurator");
    String label = "Удалено (отзыв согласия №" + outcome.actNumber() + ")";
    assertThat(outcome.residue()).isNull();
    assertThat(acts.findById(outcome.actNumber()).orElseThrow().getPlaces())
        .contains("загруженные файлы PDF и изображения (материалы мероприятий) — их текст система не читает,"
            + " проверить вручную и при упоминании удалить или заменить — 1");

    // her own record is scrubbed; her colleague keeps her name, surname and initials in the same row
    assertThat(method(guseva.getId(), Consent.Purpose.PERSONAL_DATA)).isEqualTo("лично, " + label);
    assertThat(method(maria, Consent.Purpose.PERSONAL_DATA)).isEqualTo("Гусева М. И. при " + label);
    assertThat(method(maria, Consent.Purpose.ADDITIONAL_DUTIES)).isEqualTo("копия Гусевой Марии Ивановне");
    // the namesake in the other school keeps her full name and initials; only the e-mail, which is unique, goes
    assertThat(method(namesake, Consent.Purpose.PERSONAL_DATA)).isEqualTo("Гусева Дарья Андреевна (Гусева Д. А.)");
    assertThat(method(namesake, Consent.Purpose.ADDITIONAL_DUTIES)).isEqualTo("копия " + label);
    assertThat(staff.findById(maria).orElseThrow().fullName()).isEqualTo("Гусева Мария Ивановна");
    StaffMember other = staff.findById(namesake).orElseThrow();
    assertThat(other.fullName()).isEqualTo("Гусева Дарья Андреевна");
    assertThat(other.getUsername()).isEqualTo("gusevada3");
    assertThat(other.getEmail()).isEqualTo("guseva3@sosednyaya.example");
    assertThat(staff.findById(guseva.getId()).orElseThrow().getLastName()).isEqualTo(label);
  }

  @Test
  void theStoredAnalyticNoteIsMadeAgainWithoutAPersonWhoWithdraws() throws Exception {
    ProgramDriver driver = new ProgramDriver(rest, staff, management);
    long programId = driver.startAndRecordConsents("2032/33", List.of("abramovapi", "zakharovmo"));
    driver.answerDiagnostics("abramovapi", ProgramDriver.ABRAMOVA_REQUEST);
    driver.answerDiagnostics("zakharovmo", "Как выстроить работу с родителями пятиклассников");
    driver.runDueJobs();

    // the base is approved, its analytic note is stored as a Word file of the school
    driver.closeDiagnosticsAndApproveBase();
    driver.runDueJobs();
    JsonNode files = driver.as("kurator").json("/api/schools/" + ProgramDriver.SCHOOL + "/documents?kind=ANALYTIC_NOTE");
    assertThat(files).as(files.toString()).hasSize(1);
    String docxPath = "/api/documents/" + files.get(0).path("id").asText() + "/docx";
    String before = DocxRead.text(docx(docxPath));
    assertThat(before).contains("В базу наставляемых включено педагогов: 2.", "Абрамова Полина Игоревна", "Захаров");
    assertThat(DocxRead.table(docx(docxPath), "№", "Фамилия, имя, отчество")).hasSize(1 + 2);
    assertThat(analyticRecord(programId)).startsWith("В базу наставляемых включено педагогов: 2.")
        .contains("ответили 2 из 2");

    withdraw(driver, "abramovapi");

    // the stored note is made again: one teacher in the base, nothing of Абрамова, not even her words
    byte[] after = docx(docxPath);
    assertThat(DocxRead.text(after)).contains("В базу наставляемых включено педагогов: 1.", "Захаров")
        .doesNotContain("Абрамов").doesNotContain(ProgramDriver.ABRAMOVA_REQUEST.substring(0, 20))
        .doesNotContain("Удалено (отзыв согласия");
    assertThat(DocxRead.table(after, "№", "Фамилия, имя, отчество")).hasSize(1 + 1);
    assertThat(analyticRecord(programId)).startsWith("В базу наставляемых включено педагогов: 1.")
        .contains("ответили 1 из 1").contains("Выводы: Основные дефициты").contains("Пересчитано после отзыва согласия")
        .doesNotContain("Абрамов");
  }

  private String method(Long staffId, Consent.Purpose purpose) {
    return consents.findByStaff(staffId).stream().filter(c -> c.getPurpose() == purpose).findFirst().orElseThrow()
        .getMethod();
  }

  private String analyticRecord(long programId) {
    return records.findByProgram(programId).stream().filter(r -> r.getKind() == ProgramRecord.Kind.ANALYTIC_NOTE)
        .map(ProgramRecord::getDetails).findFirst().orElseThrow();
  }

  private byte[] docx(String path) {
    ResponseEntity<byte[]> r = rest.withBasicAuth("kurator", ProgramDriver.PASSWORD).getForEntity(path, byte[].class);
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    return r.getBody();
  }

  private void withdraw(ProgramDriver driver, String login) {
    ResponseEntity<String> response = driver.as("kurator").post("/api/schools/" + ProgramDriver.SCHOOL + "/staff/"
        + driver.id(login) + "/consents/withdraw", Map.of("purpose", "PERSONAL_DATA", "withdrawnOn",
        LocalDate.now().toString()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
  }
}
