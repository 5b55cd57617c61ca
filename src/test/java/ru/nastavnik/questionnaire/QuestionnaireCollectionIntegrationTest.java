package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.staff.StaffRepository;

/**
 * A collection through the real application: the curator sends the mentee feedback questionnaire
 * to three teachers through the API, they answer in their tasks (one with a wrong value first), the
 * reminder reaches GreenMail, the curator extends the deadline, the deadline closes the rest and
 * the results count what came back — with no answer left in Camunda's runtime or history.
 *
 * <p>Same Spring context as the end-to-end test (no program is started here, so the demo school's
 * program of the year stays free); the mail sender is pointed at GreenMail for the duration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionnaireCollectionIntegrationTest {

  static final String PASSWORD = "Test#Pass2025";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate rest;
  @Autowired StaffRepository staff;
  @Autowired QuestionnaireService questionnaires;
  @Autowired QuestionnaireCollectionRepository collections;
  @Autowired QuestionnaireAnswerRepository answers;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired CollectionStarter starter;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.FormService formService;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  int smtpPort;
  String smtpHost;

  @BeforeEach
  void pointMailAtGreenMail() {
    smtpPort = mailSender.getPort();
    smtpHost = mailSender.getHost();
    mailSender.setHost("localhost");
    mailSender.setPort(greenMail.getSmtp().getPort());
  }

  @AfterEach
  void restoreMail() {
    mailSender.setPort(smtpPort);
    mailSender.setHost(smtpHost);
  }

  ApiClient as(String user) {
    return new ApiClient(rest, user, PASSWORD);
  }

  String id(String username) {
    return staff.findByUsername(username).orElseThrow().getId().toString();
  }

  Map<String, Object> feedback(Object satisfaction) {
    Map<String, Object> values = new HashMap<>();
    values.put("uiSatisfaction", satisfaction);
    values.put("uiUsefulness", "4");
    values.put("uiApplyExperience", "5");
    values.put("uiClimate", "4");
    values.put("uiMeetingsRegular", "yes");
    values.put("uiHelpedAreas", List.of("lesson", "discipline"));
    values.put("uiMostUseful", "Разбор моих уроков после посещения");
    return values;
  }

  Job job(String processInstanceId, String activityId) {
    return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
  }

  @Test
  void theCuratorSendsAQuestionnaireTwoAnswerTheDeadlineClosesTheRest() throws Exception {
    ApiClient curator = as("kurator");
    List<String> teachers = List.of("tkachenkokd", "mironovakp", "fedorovda");
    String deadline = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7).toString();
    ResponseEntity<String> started = curator.post("/api/schools/starica/questionnaire-collections", Map.of(
        "templateCode", QuestionnaireCatalogue.FEEDBACK_MENTEE, "deadline", deadline,
        "respondentIds", teachers.stream().map(this::id).toList()));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    JsonNode collection = ApiClient.read(started.getBody());
    long collectionId = collection.path("id").asLong();
    String processInstanceId = collection.path("processInstanceId").asText();
    assertThat(collection.path("status").asText()).isEqualTo("OPEN");
    assertThat(collection.path("respondents").asInt()).isEqualTo(3);

    // each teacher finds the questionnaire among their tasks
    JsonNode first = as("tkachenkokd").task(QuestionnaireProcess.FILL);
    assertThat(first.path("name").asText()).isEqualTo("Заполнить анкету «Обратная связь наставляемого»");
    assertThat(first.path("assignee").asText()).isEqualTo("tkachenkokd");
    as("tkachenkokd").complete(first.path("id").asText(), feedback("5"));

    // a value the scale does not allow: a Russian message, the task stays, nothing is stored
    JsonNode second = as("mironovakp").task(QuestionnaireProcess.FILL);
    ResponseEntity<String> wrong = as("mironovakp").post("/api/tasks/" + second.path("id").asText() + "/complete",
        feedback("9"));
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(wrong.getBody()).path("message").asText())
        .isEqualTo("Вопрос «Насколько вы удовлетворены работой с наставником?»: допустимы оценки от 1 до 5, указано 9.");
    Map<String, Object> missing = feedback("3");
    missing.remove("uiMostUseful");
    ResponseEntity<String> incomplete = as("mironovakp").post("/api/tasks/" + second.path("id").asText() + "/complete",
        missing);
    assertThat(ApiClient.read(incomplete.getBody()).path("message").asText())
        .isEqualTo("Ответьте на обязательный вопрос «Что в работе с наставником было самым полезным?».");
    assertThat(questionnaires.answersOf(collectionId, Long.valueOf(id("mironovakp")))).isEmpty();
    as("mironovakp").complete(second.path("id").asText(), feedback("3"));

    // the reminder reaches the one who has not answered, and only them
    management.executeJob(job(processInstanceId, QuestionnaireProcess.REMINDER).getId());
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("fedorovda@starica.example");
    assertThat(mails[0].getSubject()).startsWith("Напоминание: заполните анкету «Обратная связь наставляемого» до ");
    assertThat(curator.task(QuestionnaireProcess.REVIEW).path("name").asText()).isEqualTo("Проверить ход сбора анкет");

    // the curator extends the deadline by two days; an earlier date is refused
    String later = LocalDate.parse(deadline).plusDays(2).toString();
    ResponseEntity<String> extended = curator.post("/api/questionnaire-collections/" + collectionId + "/deadline",
        Map.of("deadline", later));
    assertThat(extended.getStatusCode().value()).as(extended.getBody()).isEqualTo(200);
    Instant newDeadline = LocalDate.parse(later).atTime(18, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant();
    assertThat(job(processInstanceId, QuestionnaireProcess.DEADLINE).getDuedate().toInstant()).isEqualTo(newDeadline);
    assertThat(as("fedorovda").task(QuestionnaireProcess.FILL).path("due").asText()).isNotBlank();
    ResponseEntity<String> earlier = curator.post("/api/questionnaire-collections/" + collectionId + "/deadline",
        Map.of("deadline", deadline));
    assertThat(earlier.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(earlier.getBody()).path("message").asText()).contains("должен быть позже текущего");
    // a teacher cannot manage the collection
    assertThat(as("fedorovda").post("/api/questionnaire-collections/" + collectionId + "/deadline",
        Map.of("deadline", later)).getStatusCode().value()).isEqualTo(403);

    // the deadline has passed, its timer has not fired yet: a late answer is refused, nothing stored, the task stays
    JsonNode late = as("fedorovda").task(QuestionnaireProcess.FILL);
    ClockUtil.setCurrentTime(Date.from(newDeadline.plusSeconds(60)));
    try {
      ResponseEntity<String> afterDeadline = as("fedorovda").post("/api/tasks/" + late.path("id").asText()
          + "/complete", feedback("4"));
      assertThat(afterDeadline.getStatusCode().value()).isEqualTo(409);
      assertThat(ApiClient.read(afterDeadline.getBody()).path("message").asText())
          .startsWith("Срок сбора анкет «Обратная связь наставляемого» истёк ").contains("ответы больше не принимаются");
      assertThat(questionnaires.answersOf(collectionId, Long.valueOf(id("fedorovda")))).isEmpty();
      assertThat(as("fedorovda").tasks(QuestionnaireProcess.FILL)).hasSize(1);
    } finally {
      ClockUtil.reset();
    }

    // the deadline closes the collection; the late respondent's task is gone
    management.executeJob(job(processInstanceId, QuestionnaireProcess.DEADLINE).getId());
    management.executeJob(job(processInstanceId, QuestionnaireProcess.CLOSE).getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
    ResponseEntity<String> tooLate = as("fedorovda").post("/api/tasks/" + late.path("id").asText() + "/complete",
        feedback("4"));
    assertThat(tooLate.getStatusCode().value()).isEqualTo(404);
    assertThat(ApiClient.read(tooLate.getBody()).path("message").asText())
        .isEqualTo("Задача не найдена: она уже выполнена или недоступна вам. Обновите список задач.");
    assertThatThrownBy(() -> questionnaires.recordAnswers(collectionId, Long.valueOf(id("fedorovda")),
        feedback("4")::get, "fedorovda"))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("закрыт").hasMessageContaining("не принимаются");

    JsonNode closed = curator.json("/api/questionnaire-collections/" + collectionId);
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("answered").asInt()).isEqualTo(2);
    assertThat(closed.path("closeReason").asText()).isEqualTo("Срок истёк: ответили 2 из 3, не ответили 1.");
    assertThat(closed.path("nonRespondents")).hasSize(1);
    assertThat(closed.path("nonRespondents").get(0).path("name").asText()).isEqualTo("Фёдоров Д. А.");
    CollectionResults results = questionnaires.results(collectionId);
    assertThat(results.responseRatePercent()).isEqualTo(67);
    assertThat(results.nonRespondentIds()).containsExactly(Long.valueOf(id("fedorovda")));
    assertThat(results.question("satisfaction").orElseThrow().average()).isEqualTo(4.0);
    assertThat(results.question("satisfaction").orElseThrow().count("5")).isEqualTo(1);
    assertThat(results.question("helpedAreas").orElseThrow().count("lesson")).isEqualTo(2);
    assertThat(results.question("mostUseful").orElseThrow().answered()).isEqualTo(2);

    // names and answers never reached Camunda: no view variable in runtime or history
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list())
        .noneMatch(v -> v.getName().startsWith("ui"));
    assertThat(history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list())
        .noneMatch(d -> ((HistoricVariableUpdate) d).getVariableName().startsWith("ui"));
  }

  @Test
  void answersSubmittedAsTasklistDoesLeaveNoTraceInHistory() {
    QuestionnaireCollection c = starter.start(new QuestionnaireService.OpenRequest("starica", null,
        QuestionnaireCatalogue.FEEDBACK_MENTEE, null, List.of(Long.valueOf(id("belousovavr"))),
        Instant.now().plus(3, ChronoUnit.DAYS), "kurator"));
    var task = taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
    identity.setAuthentication("belousovavr", List.of(), List.of("starica"));
    try {
      // Tasklist submits a Camunda Form with POST /task/{id}/submit-form, i.e. FormService
      formService.submitTaskForm(task.getId(), feedback("4"));
    } finally {
      identity.clearAuthentication();
    }
    management.executeJob(job(c.getProcessInstanceId(), QuestionnaireProcess.CLOSE).getId());
    assertThat(questionnaires.answersOf(c.getId(), Long.valueOf(id("belousovavr"))))
        .containsEntry("satisfaction", 4).containsEntry("mostUseful", "Разбор моих уроков после посещения");
    assertThat(history.createHistoricDetailQuery().processInstanceId(c.getProcessInstanceId()).list())
        .noneMatch(d -> d.toString().contains("Разбор моих уроков"));
    assertThat(history.createHistoricDetailQuery().processInstanceId(c.getProcessInstanceId()).formFields().count()).isZero();
  }

  @Test
  void aQuestionnaireWithoutRespondentsIsRefusedAndNothingIsStored() {
    long before = collections.count();
    ResponseEntity<String> refused = as("kurator").post("/api/schools/starica/questionnaire-collections", Map.of(
        "templateCode", QuestionnaireCatalogue.FEEDBACK_MENTEE, "deadline", "P7D", "respondentIds", List.of()));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(refused.getBody()).path("message").asText())
        .isEqualTo("Некому отправить анкету: выберите хотя бы одного респондента.");
    ResponseEntity<String> unknown = as("kurator").post("/api/schools/starica/questionnaire-collections", Map.of(
        "templateCode", "no-such-questionnaire", "deadline", "P7D", "respondentIds", List.of(id("fedorovda"))));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(ApiClient.read(unknown.getBody()).path("message").asText()).isEqualTo("Анкета «no-such-questionnaire» не найдена.");
    ResponseEntity<String> past = as("kurator").post("/api/schools/starica/questionnaire-collections", Map.of(
        "templateCode", QuestionnaireCatalogue.FEEDBACK_MENTEE, "deadline", "2020-01-01",
        "respondentIds", List.of(id("fedorovda"))));
    assertThat(ApiClient.read(past.getBody()).path("message").asText()).contains("уже прошёл");
    assertThat(collections.count()).isEqualTo(before);
  }

  @Test
  void calledWithoutRespondentsTheProcessEndsAtOnceWithTheReasonRecorded() {
    var instance = runtime.createProcessInstanceByKey(QuestionnaireProcess.KEY).processDefinitionWithoutTenantId()
        .setVariable("schoolCode", "starica")
        .setVariable(QuestionnaireProcess.TEMPLATE_CODE, QuestionnaireCatalogue.MENTEE_DIAGNOSTICS)
        .setVariable(QuestionnaireProcess.RESPONDENT_IDS, org.camunda.spin.Spin.JSON("[]"))
        .setVariable(QuestionnaireProcess.DEADLINE_VAR, "P5D")
        .execute();
    assertThat(instance.isEnded()).isTrue();
    Long collectionId = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(QuestionnaireProcess.COLLECTION_ID).singleResult().getValue();
    QuestionnaireCollection c = questionnaires.collection(collectionId);
    assertThat(c.getStatus()).isEqualTo(QuestionnaireCollection.Status.CANCELLED);
    assertThat(c.getCloseReason()).isEqualTo("Некому отправить анкету: список респондентов пуст.");
    assertThat(questionnaires.assignments(collectionId)).isEmpty();
    assertThat(c.getDeadline()).isCloseTo(Instant.now().plus(5, ChronoUnit.DAYS), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
  }
}
