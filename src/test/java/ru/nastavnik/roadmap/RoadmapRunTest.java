package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.roadmap.RoadmapFixtures.mskDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramProcess.Preparation;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.staff.Role;

/**
 * The roadmap in the running application: it starts with the program, its rows reach the roles'
 * task lists on their dates, a row is done through the task API, stage I's completion closes its
 * rows, reminders and escalations go out by e-mail (GreenMail) on the exact working days and
 * widen the task's candidate groups, and new staff from an import open the «new staff» row.
 */
class RoadmapRunTest extends RoadmapSpringSupport {

  static final String SCHOOL = "rmrun";
  static final String YEAR = "2026/27";
  static GreenMail mail;

  @Autowired ProgramService programs;
  @Autowired ru.nastavnik.documents.DocumentService documents;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired IdentityService identityService;
  String host;
  int port;

  @BeforeAll
  static void startMailServer() {
    mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
  }

  @AfterAll
  static void stopMailServer() {
    mail.stop();
  }

  @BeforeEach
  void mailToGreenMail() throws Exception {
    host = mailSender.getHost();
    port = mailSender.getPort();
    mailSender.setHost(mail.getSmtp().getBindTo());
    mailSender.setPort(mail.getSmtp().getPort());
    mail.purgeEmailFromAllMailboxes();
    school(SCHOOL, "rmrun");
  }

  @AfterEach
  void mailBack() {
    mailSender.setHost(host);
    mailSender.setPort(port);
  }

  @Test
  void theRoadmapRunsWithTheProgram() throws Exception {
    at("2026-04-20T10:00");
    MentoringProgram program = programs.start(SCHOOL, YEAR);

    // started with the program: seed 002's rows and seed 000's event rows, the psychologist's row
    // given to the curator (the school has no psychologist), the curator and deputy asked to review
    Roadmap roadmap = roadmap(SCHOOL, YEAR);
    assertThat(roadmap.isRunning()).isTrue();
    assertThat(roadmap.getBusinessKey()).isEqualTo("roadmap-rmrun-2026/27");
    Long linked = tx.execute(s -> roadmaps.findById(roadmap.getId()).orElseThrow().getProgram().getId());
    assertThat(linked).isEqualTo(program.getId());
    List<RoadmapRow> all = rows.findByRoadmap(roadmap.getId());
    assertThat(all).hasSize(18);
    RoadmapRow support = row(SCHOOL, YEAR, "2.10.");
    assertThat(support.getRole()).isEqualTo(Role.CURATOR);
    assertThat(noteKinds(support)).contains(RoadmapNote.Kind.ROLE_REPLACED);
    assertThat(all).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(RowStatus.PLANNED));
    Task review = tasks.createTaskQuery().processInstanceId(roadmap.getProcessInstanceId())
        .taskDefinitionKey(RoadmapProcess.REVIEW).singleResult();
    assertThat(review.getDueDate()).isEqualTo(mskDate("2026-05-05T18:00"));
    assertThat(groups(review)).containsExactlyInAnyOrder("curator", "deputy");

    // 1 May: the first rows are in the director's and the deputy's task lists
    runUntil(SCHOOL, "2026-05-01T09:00");
    ApiClient director = as("rmrundir");
    JsonNode regulation = director.task(RoadmapProcess.ROW_TASK);
    assertThat(regulation.path("name").asText()).isEqualTo(
        "Дорожная карта, п. 1.1. Внесение поправок в Положении о наставничестве в школе при необходимости");
    assertThat(rowTask(row(SCHOOL, YEAR, "1.1.")).getDueDate()).isEqualTo(mskDate("2026-08-31T18:00"));
    assertThat(rowTask(row(SCHOOL, YEAR, "1.1.")).getFollowUpDate()).isEqualTo(mskDate("2026-05-01T00:00"));
    assertThat(as("rmrundep").tasks(RoadmapProcess.ROW_TASK)).hasSize(1);
    assertThat(director.formVariables(regulation.path("id").asText()).get("uiRowText"))
        .contains("Форма представления результата: «Положения о наставничестве в школе»;")
        .contains("Сроки: Май - август (01.05.2026–31.08.2026)");
    ResponseEntityCheck.badRequest(director.post("/api/tasks/" + regulation.path("id").asText() + "/complete",
        Map.of()), "«Что сделано»");
    director.complete(regulation.path("id").asText(), Map.of("uiResult", "Поправки не потребовались",
        "resultDate", "2026-05-12"));
    RoadmapRow done = row(SCHOOL, YEAR, "1.1.");
    assertThat(done.getStatus()).isEqualTo(RowStatus.DONE);
    assertThat(done.getCompletedBy()).isEqualTo("rmrundir");
    assertThat(done.getResultNote()).isEqualTo("Поправки не потребовались (12.05.2026)");

    // stage I of the program completes: its rows close themselves, also those not yet open
    completeStageOne(director);
    for (String n : List.of("2.1.", "2.2.", "4.1")) {
      RoadmapRow r = row(SCHOOL, YEAR, n);
      assertThat(r.getStatus()).as(n).isEqualTo(RowStatus.DONE);
      assertThat(r.isClosedByStage()).as(n).isTrue();
      assertThat(rowTask(r)).as(n).isNull();
    }
    assertThat(row(SCHOOL, YEAR, "1.1.").isClosedByStage()).isFalse();
    assertThat(as("rmrundep").tasks(RoadmapProcess.ROW_TASK)).isEmpty();

    // August: 2.5 (director, due Monday 31 August) is reminded on Wednesday 26th at 9:00, not before
    runUntil(SCHOOL, "2026-08-26T08:59");
    assertThat(mails("2.5.")).isEmpty();
    runUntil(SCHOOL, "2026-08-26T09:00");
    assertThat(mails("2.5.")).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("Напоминание: срок пункта 2.5. дорожной карты — 31.08.2026");
      assertThat(to(m)).containsExactly("rmrundir@school.example");
      assertThat(text(m)).contains("«Определение наставнических пар на учебный год»").contains("Срок: 31.08.2026");
    });
    assertThat(rowTask(row(SCHOOL, YEAR, "2.5.")).getFollowUpDate()).isEqualTo(mskDate("2026-08-26T09:00"));

    // 2.3 (deputy, due Wednesday 30 September) is not done: reminded Friday 25th, the director told
    // Thursday 1 October at 18:00, the municipal administrator five working days later
    runUntil(SCHOOL, "2026-10-01T17:59");
    RoadmapRow bank = row(SCHOOL, YEAR, "2.3.");
    assertThat(mails("2.3.")).extracting(MimeMessage::getSubject)
        .containsExactly("Напоминание: срок пункта 2.3. дорожной карты — 30.09.2026");
    assertThat(groups(rowTask(bank))).containsExactly("deputy");
    runUntil(SCHOOL, "2026-10-01T18:00");
    assertThat(mails("2.3.")).hasSize(2);
    MimeMessage toDirector = mail("Просрочен пункт 2.3. дорожной карты (срок 30.09.2026)");
    assertThat(to(toDirector)).containsExactly("rmrundir@school.example");
    assertThat(groups(rowTask(bank))).containsExactlyInAnyOrder("deputy", "director");
    assertThat(rowTask(bank).getPriority()).isEqualTo(RoadmapAlerts.DIRECTOR_PRIORITY);
    assertThat(director.tasks(RoadmapProcess.ROW_TASK)).extracting(t -> t.path("name").asText())
        .anyMatch(n -> n.startsWith("Дорожная карта, п. 2.3."));
    runUntil(SCHOOL, "2026-10-08T17:59");
    assertThat(mails("2.3.")).hasSize(2);
    runUntil(SCHOOL, "2026-10-08T18:00");
    assertThat(mails("2.3.")).hasSize(3);
    String adminMail = identityService.createUserQuery().userId("admin").singleResult().getEmail();
    assertThat(to(mail("Школа МБОУ «СОШ № rmrun»: просрочен пункт 2.3. дорожной карты"))).contains(adminMail);
    assertThat(groups(rowTask(bank))).contains("camunda-admin");
    assertThat(row(SCHOOL, YEAR, "2.3.").getEscalationLevel()).isEqualTo(2);
    assertThat(noteKinds(bank)).contains(RoadmapNote.Kind.REMINDER, RoadmapNote.Kind.ESCALATION_DIRECTOR,
        RoadmapNote.Kind.ESCALATION_ADMIN);

    // new staff on Friday 30 October: «по мере появления новых сотрудников» opens for the director,
    // due ten working days later (4 November is a holiday)
    runUntil(SCHOOL, "2026-10-30T12:00");
    importStaff(SCHOOL, HEADER + "6;Орлова;Ольга;Игоревна;Учитель истории;История;0;30.10.2026;без категории;"
        + "rmrunt3@school.example;rmrunt3;\n");
    RoadmapRow newStaff = row(SCHOOL, YEAR, "5.1.");
    assertThat(newStaff.getStatus()).isEqualTo(RowStatus.IN_PROGRESS);
    Task selection = rowTask(newStaff);
    assertThat(selection.getDueDate()).isEqualTo(mskDate("2026-11-16T18:00"));
    assertThat(selection.getFollowUpDate()).isEqualTo(mskDate("2026-10-30T12:00"));
    assertThat(groups(selection)).containsExactly("director");
    assertThat(noteKinds(newStaff)).contains(RoadmapNote.Kind.TRIGGERED);

    // the progress as the curator and the director see it
    JsonNode progress = as("rmruncur").json("/api/schools/" + SCHOOL + "/roadmaps/2026-27/progress");
    assertThat(progress.path("totals").path("done").asInt()).isEqualTo(4);
    assertThat(progress.path("totals").path("overdue").asInt()).isEqualTo(4);
    assertThat(progress.path("totals").path("upcoming").asInt()).isEqualTo(5);
    assertThat(progress.path("totals").path("inProgress").asInt()).isEqualTo(5);
    JsonNode directorRows = null;
    for (JsonNode r : progress.path("byRole")) {
      if (r.path("role").asText().equals("director")) {
        directorRows = r.path("counts");
      }
    }
    assertThat(directorRows).isNotNull();
    assertThat(List.of(directorRows.path("done").asInt(), directorRows.path("inProgress").asInt(),
        directorRows.path("overdue").asInt(), directorRows.path("upcoming").asInt())).containsExactly(3, 2, 2, 2);

    // the roadmap document (DOCX from the school's template) with the status of every row, read back
    org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
    h.setBasicAuth("rmruncur", PASSWORD);
    org.springframework.http.ResponseEntity<byte[]> docx = rest.exchange("/api/schools/" + SCHOOL
        + "/roadmaps/2026-27/document", org.springframework.http.HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(h), byte[].class);
    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    assertThat(docx.getHeaders().getContentType().toString()).startsWith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docx.getHeaders().getContentDisposition().getFilename()).endsWith(".docx");
    List<List<String>> table = ru.nastavnik.documents.DocxRead.table(docx.getBody(), "№ п/п", "Мероприятие");
    assertThat(table.get(0)).containsExactly("№ п/п", "Мероприятие", "Форма представления результата", "Сроки",
        "Ответственный", "Статус");
    Map<String, String> status = new java.util.HashMap<>();
    table.stream().skip(1).filter(r -> !r.get(0).isBlank()).forEach(r -> status.put(r.get(0), r.get(5)));
    assertThat(status.get("1.1.")).isEqualTo("выполнено 01.05.2026");
    assertThat(status.get("2.1.")).startsWith("выполнено").endsWith("(с завершением этапа программы)");
    assertThat(status.get("2.3.")).isEqualTo(
        "просрочено (срок 30.09.2026), сообщено директору и муниципальному администратору");
    assertThat(status.get("5.1.")).isEqualTo("в работе, срок 16.11.2026");
    assertThat(status.values()).anyMatch(s -> s.startsWith("предстоит с "));
    // section headings as in the seed, the counts and the date as of which the statuses hold
    assertThat(table).anyMatch(r -> r.get(1).equals("2. Организационно-методическое обеспечение введения системы наставничества"));
    String text = ru.nastavnik.documents.DocxRead.text(docx.getBody());
    assertThat(text).contains("ХОД ВЫПОЛНЕНИЯ ДОРОЖНОЙ КАРТЫ").contains("по состоянию на 30.10.2026")
        .contains("Выполнено: 4; выполняется: 5; просрочено: 4; предстоит: 5").doesNotContain("{{");
    // the plain roadmap (approved with the regulation) lists the school's own rows, not the seed's default plan
    byte[] plan = documents.generate(ru.nastavnik.documents.GenerationRequest.of(
        ru.nastavnik.documents.DocumentKind.ROADMAP, SCHOOL, program.getId(), "roadmap-plan-test")).docx();
    List<List<String>> planTable = ru.nastavnik.documents.DocxRead.table(plan, "№ п/п", "Мероприятие");
    assertThat(planTable.get(0)).hasSize(5);
    List<String> planNumbers = planTable.stream().skip(1).map(r -> r.get(0)).filter(n -> !n.isBlank()).toList();
    List<String> schoolNumbers = rows.findByRoadmap(roadmap.getId()).stream().map(RoadmapRow::getNumber).toList();
    assertThat(planNumbers).containsExactlyInAnyOrderElementsOf(schoolNumbers).contains("5.1.");
    // only the school's own people
    org.springframework.http.HttpHeaders other = new org.springframework.http.HttpHeaders();
    other.setBasicAuth("direktor", PASSWORD);
    assertThat(rest.exchange("/api/schools/" + SCHOOL + "/roadmaps/2026-27/document",
        org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(other), byte[].class)
        .getStatusCode().value()).isEqualTo(403);
  }

  /** Runs the school's due asynchronous jobs (order generation) a few rounds deep. */
  private void runSchoolJobs() {
    for (int i = 0; i < 5; i++) {
      management.createJobQuery().tenantIdIn(SCHOOL).executable().messages().list()
          .forEach(j -> management.executeJob(j.getId()));
    }
  }

  /** Stage I as the director, the deputy and the curator work it. */
  private void completeStageOne(ApiClient director) {
    String today = "2026-05-15";
    // the order is generated by a background job first
    runSchoolJobs();
    director.act(Preparation.ISSUE_ORDER, Map.of("regulationApproved", true));
    String curatorId = staff.findByUsername("rmruncur").orElseThrow().getId().toString();
    director.act(Preparation.APPOINT_CURATOR, Map.of("curatorId", curatorId));
    runSchoolJobs();
    director.act(Preparation.SIGN_CURATOR_ORDER, Map.of("decision", "approve"));
    as("rmrundep").act(Preparation.CHOOSE_FORMS, Map.of("interactionForms", List.of("F1")));
    as("rmruncur").act(Preparation.INFORM_STAFF, Map.of("councilDate", today, "protocolNumber", "5",
        "informChannels", List.of("Педагогический совет")));
  }

  private static List<MimeMessage> mails(String rowNumber) throws Exception {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains("пункт" + (m.getSubject().startsWith("Напоминание") ? "а " : " ") + rowNumber + " ");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static MimeMessage mail(String subject) throws Exception {
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (m.getSubject().equals(subject)) {
        return m;
      }
    }
    throw new AssertionError("no e-mail «" + subject + "»");
  }

  private static List<String> to(MimeMessage m) throws Exception {
    return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  private static String text(MimeMessage m) throws Exception {
    return m.getContent().toString();
  }

  /** Small checks of refused API calls. */
  static final class ResponseEntityCheck {
    static void badRequest(org.springframework.http.ResponseEntity<String> response, String message) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertThat(ApiClient.read(response.getBody()).path("message").asText()).contains(message);
    }

    private ResponseEntityCheck() {}
  }
}
