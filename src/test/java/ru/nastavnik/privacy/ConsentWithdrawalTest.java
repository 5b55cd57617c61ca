package ru.nastavnik.privacy;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.demo.DemoDataLoader;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairwork.PairMeeting;
import ru.nastavnik.pairwork.PairMeetingRepository;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.program.ProgramProcess.Support;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordRepository;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.IdentitySyncService;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Withdrawal of consent on a program at work: a mentee of a pair, a mentee of a group and a mentor
 * withdraw their consent to the processing of personal data, another mentee the consent to the
 * additional duties. Afterwards no table — the application's or Camunda's, runtime or history,
 * including the bytes of stored values — holds the name, first name, e-mail or login of those who
 * withdrew; the others' data and work go on; the program reaches its last stage.
 */
@Tag("own-jvm")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "nastavnik.test.context=privacy")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsentWithdrawalTest {

  static final String SCHOOL = ProgramDriver.SCHOOL;

  @Autowired TestRestTemplate rest;
  @Autowired StaffRepository staff;
  @Autowired SchoolRepository schools;
  @Autowired ConsentRepository consents;
  @Autowired PairRepository pairs;
  @Autowired PairMeetingRepository meetings;
  @Autowired MenteeProfileRepository mentees;
  @Autowired ProgramRecordRepository records;
  @Autowired RemovalActRepository acts;
  @Autowired PiiAccessLog accessLog;
  @Autowired IdentitySyncService identitySync;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired DataSource dataSource;
  @Autowired TransactionTemplate tx;

  ProgramDriver driver;
  final String today = LocalDate.now().toString();

  @Test
  void withdrawnPeopleLeaveNoTraceWhileTheProgramAndTheOthersGoOn() throws Exception {
    driver = new ProgramDriver(rest, staff, management);
    otherSchool();
    long programId = driver.startAndFormPairs(DemoDataLoader.currentAcademicYear(LocalDate.now()));
    driver.pairsAtWork(List.of("smirnovaon", "orlovali", "alekseevaya"));
    leaveTracesInTheEngine();

    // what they answered (the diagnostics, the interview about Алексеева) is traced by their own words
    Person guseva = person("gusevada", ProgramDriver.GUSEVA_REQUEST);
    Person abramova = person("abramovapi", ProgramDriver.ABRAMOVA_REQUEST);
    Person alekseeva = person("alekseevaya", ProgramDriver.interviewComment(driver.id("alekseevaya")));
    assertThat(TraceScan.scannedTables(dataSource)).containsAll(TraceScan.QUESTIONNAIRE_TABLES);
    for (Person p : List.of(guseva, abramova, alekseeva)) {
      assertThat(TraceScan.scan(dataSource, p.needles(), false)).as("the domain holds " + p.login()).isNotEmpty();
      assertThat(TraceScan.scan(dataSource, p.needles(), true)).as("Camunda holds " + p.login()).isNotEmpty();
      assertThat(TraceScan.scan(dataSource, List.of(p.answer()), false)).as("the answers of " + p.login())
          .extracting(TraceScan.Hit::table).map(String::toUpperCase).contains("QUESTIONNAIRE_ANSWER");
      assertThat(TraceScan.questionnaireRows(dataSource, p.id())).as("questionnaire rows of " + p.login()).isPositive();
    }
    Long gusevaPair = pairOf("gusevada").getId();
    String gusevaPairProcess = pairOf("gusevada").getProcessInstanceId();
    assertThat(gusevaPairProcess).isNotNull();

    exportIsForThePersonAndTheSchoolsManagersOnly(guseva);
    theConsentFormAndTheAnalyticNoteArePrintable(guseva, programId);
    for (Person p : List.of(guseva, abramova)) {
      assertThat(TraceScan.scanDocuments(dataSource, p.needles())).as("documents name " + p.login()).isNotEmpty();
    }

    // ---- withdrawals: refused to others, done by the school's managers
    Map<String, Object> personalData = Map.of("purpose", "PERSONAL_DATA", "withdrawnOn", today);
    assertThat(as("chuzhoykurator").post(withdrawPath(guseva), personalData).getStatusCode().value()).isEqualTo(403);
    assertThat(as("orlovali").post(withdrawPath(guseva), personalData).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> noPurpose = as("kurator").post(withdrawPath(guseva), Map.of("withdrawnOn", today));
    assertThat(noPurpose.getStatusCode().value()).isEqualTo(400);
    assertThat(message(noPurpose)).contains("Укажите, какое согласие отозвано");
    ResponseEntity<String> future = as("kurator").post(withdrawPath(guseva),
        Map.of("purpose", "PERSONAL_DATA", "withdrawnOn", LocalDate.now().plusDays(3).toString()));
    assertThat(future.getStatusCode().value()).isEqualTo(400);
    assertThat(staff.findById(guseva.id).orElseThrow().getLastName()).isEqualTo("Гусева");

    JsonNode first = withdraw("kurator", guseva, personalData);
    assertThat(first.path("pseudonym").asText()).isEqualTo("deleted-" + first.path("actNumber").asLong());
    assertThat(first.path("residue").isNull()).as(first.toString()).isTrue();
    withdraw("zavuch", abramova, personalData);
    withdraw("direktor", alekseeva, personalData);

    ResponseEntity<String> again = as("kurator").post(withdrawPath(guseva), personalData);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(message(again)).contains("уже отозвано").contains("акту №" + first.path("actNumber").asLong());

    // ---- nothing of theirs is left anywhere
    for (Person p : List.of(guseva, abramova, alekseeva)) {
      assertThat(TraceScan.scan(dataSource, p.needles(), false)).as("domain tables still hold " + p.login()).isEmpty();
      assertThat(TraceScan.scan(dataSource, p.needles(), true)).as("Camunda tables still hold " + p.login()).isEmpty();
      assertThat(identity.createUserQuery().userId(p.login()).count()).isZero();
      assertThat(TraceScan.questionnaireRows(dataSource, p.id())).as("questionnaire rows of " + p.login()).isZero();
      assertThat(TraceScan.scanDocuments(dataSource, p.needles())).as("documents still name " + p.login()).isEmpty();
    }
    assertThat(docx("kurator", "/api/schools/" + SCHOOL + "/staff/" + guseva.id + "/consent-form.docx")
        .getStatusCode().value()).isEqualTo(409);
    // the diagnostics' results are counted again without the two who withdrew
    JsonNode note = driver.as("zavuch").json("/api/programs/" + programId + "/analytic-note");
    assertThat(note.toString()).doesNotContain("Гусев", "Абрамов");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(gusevaPairProcess).count()).isZero();

    tx.executeWithoutResult(s -> {
      StaffMember removed = staff.findById(guseva.id).orElseThrow();
      long act = first.path("actNumber").asLong();
      assertThat(removed.getLastName()).isEqualTo("Удалено (отзыв согласия №" + act + ")");
      assertThat(removed.getUsername()).isEqualTo("deleted-" + act);
      assertThat(removed.isActive()).isFalse();
      assertThat(removed.getRoles()).isEmpty();
      assertThat(consents.findByStaff(guseva.id)).isNotEmpty()
          .allSatisfy(c -> assertThat(c.getWithdrawnOn()).isEqualTo(LocalDate.now()));
      MentoringPair pair = pairs.findById(gusevaPair).orElseThrow();
      assertThat(pair.getStatus()).isEqualTo(MentoringPair.Status.ENDED_EARLY);
      assertThat(pair.getEndReason()).contains("акт №" + act);
      assertThat(meetings.findByPair(gusevaPair)).isNotEmpty()
          .allSatisfy(m -> assertThat(m.getTopic()).startsWith("Сведения удалены"));
      assertThat(records.findByProgram(programId)).noneMatch(r -> r.getKind() == ProgramRecord.Kind.INDIVIDUAL_PLAN
          && r.getDetails().startsWith("Смирнова О. Н. → Удалено"));

      // the group goes on without Абрамова; Захаров and Орлова keep everything
      MentoringPair group = pairOf("zakharovmo");
      assertThat(group.getStatus()).isEqualTo(MentoringPair.Status.ACTIVE);
      assertThat(group.getMentees()).extracting(StaffMember::getUsername).containsExactly("zakharovmo");
      assertThat(meetings.findByPair(group.getId())).extracting(PairMeeting::getTopic)
          .contains("Разбор урока Удалено (отзыв согласия №" + (act + 1) + ")");
      assertThat(records.findByProgram(programId)).filteredOn(r -> r.getKind() == ProgramRecord.Kind.ORDER_PAIRS)
          .singleElement().satisfies(r -> assertThat(r.getDetails()).contains("Смирнова О. Н.", "Орлова Л. И.", "Захаров М. О."));
      StaffMember smirnova = staff.findByUsername("smirnovaon").orElseThrow();
      assertThat(smirnova.fullName()).isEqualTo("Смирнова Ольга Николаевна");
      assertThat(smirnova.getEmail()).isEqualTo("smirnovaon@starica.example");

      // Коваленко, whose mentor Алексеева left, is searched a mentor again
      assertThat(mentees.findByProgramAndStaff(programId, staff.findByUsername("kovalenkoiv").orElseThrow().getId())
          .orElseThrow().getStatus()).isEqualTo(MenteeProfile.Status.SEARCHING);
    });
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%-support-%").active().count()).isEqualTo(1);
    assertThat(driver.as("kurator").tasks(Support.CONTINUE_SEARCH)).hasSize(1);
    assertThat(identity.createUserQuery().userId("smirnovaon").count()).isEqualTo(1);
    assertThat(driver.as("orlovali").tasks(PairWork.LOG_MEETING)).hasSize(1);
    assertThat(tasks.createTaskQuery().taskAssignee("kurator").taskDefinitionKey(PairWork.MID_YEAR_MONITORING).count())
        .isEqualTo(1);

    theRemovalActsNameNobody(first.path("actNumber").asLong());

    // ---- consent to the additional duties: Захаров leaves the group (it ends), his data stay
    JsonNode duties = withdraw("kurator", person("zakharovmo"), Map.of("purpose", "ADDITIONAL_DUTIES", "withdrawnOn", today));
    assertThat(duties.path("actNumber").isNull()).isTrue();
    tx.executeWithoutResult(s -> {
      MentoringPair group = pairs.findById(pairOf("orlovali").getId()).orElseThrow();
      assertThat(group.getStatus()).isEqualTo(MentoringPair.Status.ENDED_EARLY);
      StaffMember zakharov = staff.findByUsername("zakharovmo").orElseThrow();
      assertThat(zakharov.fullName()).isEqualTo("Захаров Максим Олегович");
      assertThat(zakharov.getRoles()).doesNotContain(Role.MENTEE);
      assertThat(consents.findValid(zakharov.getId(), Consent.Purpose.PERSONAL_DATA)).hasSize(1);
      assertThat(consents.findValid(zakharov.getId(), Consent.Purpose.ADDITIONAL_DUTIES)).isEmpty();
    });
    assertThat(driver.as("orlovali").tasks(PairWork.LOG_MEETING)).isEmpty();

    // ---- the program is consistent: with no pair left, stage V ends after the monitoring, stage VI begins
    ApiClient curator = driver.as("kurator");
    curator.act(PairWork.MID_YEAR_MONITORING, Map.of("monitoringDate", today, "respondents", 3,
        "uiMonitoringSummary", "Итоги собраны"));
    // stage VI opens with the exit questionnaire to the participants still in the program
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.STAGE_COMPLETION).count()).isOne();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.STAGE_PAIR_WORK).count()).isZero();
  }

  /** Comments, a delegated task resolved with answers, a candidate link: what Tasklist leaves in Camunda. */
  private void leaveTracesInTheEngine() {
    driver.logMeeting("orlovali", "Разбор урока Абрамовой П. И.", "Полина Игоревна подготовит конспект", false);
    driver.logMeeting("smirnovaon", "Разбор урока Гусевой Д. А.", "Дарья подготовит технологическую карту", false);

    ApiClient mentor = driver.as("smirnovaon");
    Task pairTask = tasks.createTaskQuery().taskAssignee("smirnovaon").taskDefinitionKey(PairWork.LOG_MEETING).singleResult();
    comment("smirnovaon", pairTask, "Гусева Дарья Андреевна просит перенести встречу");
    assertThat(mentor.post("/engine-rest/task/" + pairTask.getId() + "/delegate", Map.of("userId", "gusevada"))
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> resolved = driver.as("gusevada").post("/engine-rest/task/" + pairTask.getId() + "/resolve",
        Map.of("variables", Map.of("menteeNote", Map.of("type", "String",
            "value", "Гусева Д. А.: готова, пишите gusevada@starica.example"))));
    assertThat(resolved.getStatusCode().value()).as(resolved.getBody()).isEqualTo(204);

    ApiClient curator = driver.as("kurator");
    // monitoring, stage 1: the curator's feedback questionnaire comes before the mid-year monitoring
    curator.act(ru.nastavnik.questionnaire.QuestionnaireProcess.FILL, Map.of("uiGoals", "5", "uiPrinciples", "4",
        "uiModernApproaches", "4", "uiClimate", "5", "uiPairsOnPlan", "all", "uiStrengths", "Пары работают по планам",
        "uiWeaknesses", "Мало открытых уроков"));
    driver.runDueJobs();
    String monitoring = curator.task(PairWork.MID_YEAR_MONITORING).path("id").asText();
    assertThat(curator.post("/api/tasks/" + monitoring + "/claim", null).getStatusCode().value()).isEqualTo(204);
    assertThat(curator.post("/engine-rest/task/" + monitoring + "/delegate", Map.of("userId", "gusevada"))
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> feedback = driver.as("gusevada").post("/engine-rest/task/" + monitoring + "/resolve",
        Map.of("variables", Map.of(
            "participantFeedback", Map.of("type", "String", "value", "Дарья Гусева: всё устраивает"),
            "participantContact", Map.of("type", "Json",
                "value", "{\"email\":\"gusevada@starica.example\",\"name\":\"Гусева Дарья\"}"))));
    assertThat(feedback.getStatusCode().value()).as(feedback.getBody()).isEqualTo(204);
    Task monitoringTask = tasks.createTaskQuery().taskId(monitoring).singleResult();
    comment("kurator", monitoringTask, "Ответили Гусева Д. А., Абрамова П. И. и Алексеева Юлия Андреевна");
    assertThat(curator.post("/engine-rest/task/" + monitoring + "/identity-links",
        Map.of("userId", "abramovapi", "type", "candidate")).getStatusCode().value()).isEqualTo(204);
  }

  private void comment(String user, Task task, String message) {
    identity.setAuthentication(user, List.of(), List.of(SCHOOL));
    try {
      tasks.createComment(task.getId(), task.getProcessInstanceId(), message);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void exportIsForThePersonAndTheSchoolsManagersOnly(Person guseva) throws Exception {
    String path = "/api/schools/" + SCHOOL + "/staff/" + guseva.id + "/personal-data";
    JsonNode own = driver.as("gusevada").json(path);
    assertThat(own.path("person").path("lastName").asText()).isEqualTo("Гусева");
    assertThat(own.path("person").path("email").asText()).isEqualTo("gusevada@starica.example");
    assertThat(values(own.path("consents"), "purpose")).contains(Consent.Purpose.PERSONAL_DATA.title(),
        Consent.Purpose.ADDITIONAL_DUTIES.title());
    assertThat(own.path("menteeProfiles")).hasSize(1);
    assertThat(own.path("pairs")).singleElement().satisfies(p -> {
      assertThat(p.path("role").asText()).isEqualTo("наставляемый");
      assertThat(p.path("mentor").asText()).isEqualTo("Смирнова О. Н.");
    });
    assertThat(values(own.path("meetings"), "topic")).contains("Разбор урока Гусевой Д. А.");
    assertThat(values(own.path("records"), "title")).contains(ProgramRecord.Kind.ORDER_PAIRS.title(),
        ProgramRecord.Kind.INDIVIDUAL_PLAN.title());
    assertThat(own.path("camunda").path("user").path("email").asText()).isEqualTo("gusevada@starica.example");
    assertThat(own.path("camunda").path("groups").toString()).contains("Наставляемый");
    assertThat(values(own.path("camunda").path("tasks"), "task"))
        .contains("Провести встречу по плану и отметить её", "Провести промежуточный мониторинг");
    assertThat(own.path("camunda").path("comments")).isEmpty();
    assertThat(own.path("accessLog")).hasSize(1);

    JsonNode byCurator = driver.as("kurator").json(path);
    assertThat(byCurator.path("accessLog")).hasSize(2);
    assertThat(values(byCurator.path("accessLog"), "by")).containsExactly("gusevada", "kurator");

    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("zavuch", ProgramDriver.PASSWORD);
    ResponseEntity<byte[]> docx = rest.exchange(path + ".docx", HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    assertThat(docx.getHeaders().getContentType().toString()).startsWith(PrivacyController.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Сведения о персональных данных", "Гусева", "Согласия",
          "Наставнические пары и группы", "Смирнова О. Н.", "Задачи, которые выполнял сотрудник", "Кто получал сведения");
    }

    assertThat(as("orlovali").get(path).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> stranger = as("chuzhoykurator").get(path);
    assertThat(stranger.getStatusCode().value()).isEqualTo(403);
    assertThat(message(stranger)).contains("Нет доступа");
    assertThat(as("chuzhoykurator").get("/api/schools/" + SCHOOL + "/personal-data/removal-acts").getStatusCode().value())
        .isEqualTo(403);
    assertThat(accessLog.findByStaff(guseva.id)).extracting(PiiAccessEntry::getAction).containsExactly(
        PiiAccessEntry.Action.EXPORT_JSON, PiiAccessEntry.Action.EXPORT_JSON, PiiAccessEntry.Action.EXPORT_DOCX);
  }

  /** The person's consent form (dated: the consent is recorded) and the stage II analytic note, as Word files. */
  private void theConsentFormAndTheAnalyticNoteArePrintable(Person guseva, long programId) throws Exception {
    String form = "/api/schools/" + SCHOOL + "/staff/" + guseva.id + "/consent-form.docx";
    assertThat(docx("orlovali", form).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<byte[]> own = docx("gusevada", form);
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getHeaders().getContentType().toString()).startsWith(PrivacyController.DOCX);
    assertThat(text(own.getBody())).contains("Гусева Дарья Андреевна", "152-ФЗ",
        ru.nastavnik.documents.model.Texts.dateText(LocalDate.now()));
    // asked again for the same consent: the same document
    assertThat(docx("kurator", form).getBody()).isEqualTo(own.getBody());

    String note = "/api/programs/" + programId + "/analytic-note.docx";
    assertThat(docx("orlovali", note).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<byte[]> analytic = docx("zavuch", note);
    assertThat(analytic.getStatusCode().value()).isEqualTo(200);
    assertThat(text(analytic.getBody())).contains("опрошено педагогов: 4, ответили: 2 (50 %)",
        "Организация и проведение урока", "Гусева");
  }

  private ResponseEntity<byte[]> docx(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, ProgramDriver.PASSWORD);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  private void theRemovalActsNameNobody(long firstAct) {
    JsonNode register = driver.as("direktor").json("/api/schools/" + SCHOOL + "/personal-data/removal-acts");
    assertThat(register).hasSize(3);
    assertThat(values(register, "performedBy")).containsExactly("kurator", "zavuch", "direktor");
    assertThat(values(register, "pseudonym")).containsExactly("deleted-" + firstAct, "deleted-" + (firstAct + 1),
        "deleted-" + (firstAct + 2));
    for (JsonNode act : register) {
      assertThat(act.path("ground").asText()).contains("ч. 5 ст. 21", "152-ФЗ");
      assertThat(act.path("categories").asText()).contains("фамилия, имя, отчество");
      assertThat(act.path("places").asText()).contains("staff_member", "Camunda: учётная запись");
      assertThat(act.path("residue").isNull()).isTrue();
    }
    assertThat(register.get(0).path("places").asText()).contains("история процессов пары");
  }

  private JsonNode withdraw(String user, Person person, Map<String, Object> body) {
    ResponseEntity<String> response = as(user).post(withdrawPath(person), body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return ApiClient.read(response.getBody());
  }

  private String withdrawPath(Person p) {
    return "/api/schools/" + SCHOOL + "/staff/" + p.id + "/consents/withdraw";
  }

  private MentoringPair pairOf(String login) {
    return tx.execute(s -> pairs.findAll().stream()
        .filter(p -> p.getMentor().getUsername().equals(login)
            || p.getMentees().stream().anyMatch(m -> m.getUsername().equals(login)))
        .findFirst().orElseThrow());
  }

  private ApiClient as(String user) {
    return driver.as(user);
  }

  private static String message(ResponseEntity<String> response) {
    return ApiClient.read(response.getBody()).path("message").asText();
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  /** A person and what they are found by ({@link TraceScan#needles}). */
  record Person(Long id, String login, List<String> needles, String answer) {}

  private Person person(String login) {
    return new Person(staff.findByUsername(login).orElseThrow().getId(), login, TraceScan.needles(staff, login), null);
  }

  /** A person whose questionnaire answers hold {@code answer}: one more needle. */
  private Person person(String login, String answer) {
    List<String> needles = new ArrayList<>(TraceScan.needles(staff, login));
    needles.add(answer);
    return new Person(staff.findByUsername(login).orElseThrow().getId(), login, needles, answer);
  }

  private void otherSchool() {
    if (schools.findByCode("drugaya").isEmpty()) {
      School other = schools.save(new School("drugaya", "МБОУ «СОШ № 2»", "Муниципальное бюджетное общеобразовательное"
          + " учреждение «Средняя общеобразовательная школа № 2»", "МБОУ «СОШ № 2»", "Петров Пётр Петрович",
          "Директор", "с. Другое, ул. Мира, д. 2", "с. Другое"));
      StaffMember curator = new StaffMember(other, "9001", "chuzhoykurator", "Чужой", "Куратор", "Иванович",
          "Учитель математики");
      curator.setRoles(Set.of(Role.CURATOR, Role.DIRECTOR));
      staff.save(curator);
      identitySync.syncSchool("drugaya");
    }
  }
}
