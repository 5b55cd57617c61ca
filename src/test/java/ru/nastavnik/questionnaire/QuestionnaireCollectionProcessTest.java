package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.process.ProcessTestDoubles;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * «Сбор анкет» on the real engine with the real delegates, listener and mailer; only the
 * database behind {@link QuestionnaireService} is replaced (its own behaviour is tested with the
 * database in {@code QuestionnaireCollectionIntegrationTest}). Reminders go to GreenMail.
 */
@Deployment(resources = {"nastavnik/processes/questionnaire-collection.bpmn",
    "nastavnik/forms/questionnaire-feedback-mentee-v1.form", "nastavnik/forms/form-review-questionnaire-collection.form"})
class QuestionnaireCollectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion
      .builder(ProcessTestDoubles.ENGINE_CONFIG).assertClassCoverageAtLeast(0.9).build();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Instant START = Instant.parse("2026-09-07T07:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-09-14T15:00:00Z");
  static final Instant REMINDER = Instant.parse("2026-09-12T15:00:00Z");

  QuestionnaireService service;
  StaffRepository staff;
  QuestionnaireCollection collection;
  List<Long> respondents = new ArrayList<>(List.of(11L, 12L, 13L));
  Map<Long, Map<String, Object>> answers = new HashMap<>();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    service = mock(QuestionnaireService.class);
    staff = mock(StaffRepository.class);
    School school = new School("starica", "МБОУ «СОШ ст. Старица»", "МБОУ «СОШ ст. Старица»", "МБОУ «СОШ ст. Старица»",
        "Соколова Е. В.", "Директор", "ст. Старица", "ст. Старица");
    Map<Long, StaffMember> people = new HashMap<>();
    for (long id = 11; id <= 13; id++) {
      StaffMember s = new StaffMember(school, "00" + id, "teacher" + id, "Учитель" + id, "Анна", "Петровна", "Учитель");
      s.setEmail("teacher" + id + "@starica.example");
      people.put(id, s);
    }
    when(staff.findById(anyLong())).thenAnswer(inv -> Optional.ofNullable(people.get(inv.<Long>getArgument(0))));

    QuestionnaireTemplate template = new QuestionnaireTemplate(QuestionnaireCatalogue.feedbackMentee());
    collection = new QuestionnaireCollection("starica", 1L, template, DEADLINE, REMINDER, "kurator", START);
    ReflectionTestUtils.setField(collection, "id", 7L);
    when(service.collection(7L)).thenReturn(collection);
    when(service.zone()).thenReturn(ZoneId.of("Europe/Moscow"));
    when(service.format(any())).thenReturn("14.09.2026 18:00");
    when(service.open(any())).thenAnswer(inv -> {
      QuestionnaireService.OpenRequest request = inv.getArgument(0);
      assertThat(request.templateCode()).isEqualTo(QuestionnaireCatalogue.FEEDBACK_MENTEE);
      collection.setRespondentCount(request.respondentIds().size());
      if (request.respondentIds().isEmpty()) {
        collection.cancel("Некому отправить анкету: список респондентов пуст.", START);
      }
      return collection;
    });
    when(service.respondentIds(7L)).thenAnswer(inv -> respondents);
    when(service.recordAnswers(eq(7L), anyLong(), any(), any())).thenAnswer(inv -> {
      Long who = inv.getArgument(1);
      java.util.function.Function<String, Object> values = inv.getArgument(2);
      Map<String, Object> given = new HashMap<>();
      given.put("uiSatisfaction", values.apply("uiSatisfaction"));
      given.put("uiMostUseful", values.apply("uiMostUseful"));
      if ("9".equals(String.valueOf(given.get("uiSatisfaction")))) {
        throw new UserFacingException("Вопрос «Насколько вы удовлетворены работой с наставником?»: допустимы оценки от 1 до 5, указано 9.");
      }
      answers.put(who, given);
      return null;
    });
    when(service.extendDeadline(eq(7L), any())).thenAnswer(inv -> {
      collection.setDeadline(inv.getArgument(1));
      collection.setReminderAt(inv.<Instant>getArgument(1).minus(Duration.ofDays(2)));
      return collection;
    });
    when(service.close(7L)).thenAnswer(inv -> {
      collection.close("Срок истёк", ClockUtil.getCurrentTime().toInstant());
      collection.setAnsweredCount(answers.size());
      return collection;
    });
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    QuestionnaireMailer mailer = new QuestionnaireMailer(sender, "nastavnik@starica.example", "http://localhost/tasklist/");
    when(service.remind(7L)).thenAnswer(inv -> {
      int mailed = 0;
      for (Long id : respondents) {
        if (!answers.containsKey(id) && mailer.remind(people.get(id), template.getTitle(), "14.09.2026 18:00")) {
          mailed++;
        }
      }
      return new QuestionnaireService.ReminderResult(respondents.size() - answers.size(), mailed, 0, 0);
    });

    DeadlineExtension extension = new DeadlineExtension(service);
    Mocks.register("openQuestionnaireCollection", new OpenCollectionDelegate(service));
    Mocks.register("questionnaires", new QuestionnaireExpressions(service, staff));
    Mocks.register("questionnaireTasks", new QuestionnaireTaskListener(service, extension));
    Mocks.register("sendQuestionnaireReminders", new SendRemindersDelegate(service));
    Mocks.register("extendQuestionnaireDeadline", new ExtendDeadlineDelegate(extension));
    Mocks.register("closeQuestionnaireCollection", new CloseCollectionDelegate(service));
    Mocks.register("aggregateQuestionnaireAnswers", new AggregateAnswersDelegate(service));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start(List<Long> ids) {
    return runtimeService().startProcessInstanceByKey(QuestionnaireProcess.KEY, withVariables(
        "schoolCode", "starica", "programId", 1L, QuestionnaireProcess.TEMPLATE_CODE, QuestionnaireCatalogue.FEEDBACK_MENTEE,
        QuestionnaireProcess.RESPONDENT_IDS, ids.toString(), QuestionnaireProcess.DEADLINE_VAR, Date.from(DEADLINE)));
  }

  Task taskOf(long respondent) {
    return taskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).taskAssignee("teacher" + respondent).singleResult();
  }

  static Map<String, Object> answer(int satisfaction) {
    return withVariables("uiSatisfaction", String.valueOf(satisfaction), "uiMostUseful", "Разбор моих уроков");
  }

  void runJobs() {
    for (Job job : jobQuery().executable().list()) {
      execute(job);
    }
  }

  @Test
  void everyRespondentGetsATaskAndWhenAllHaveAnsweredTheResultsAreCounted() {
    ProcessInstance pi = start(respondents);
    assertThat(pi).isWaitingAt(QuestionnaireProcess.FILL);
    List<Task> tasks = taskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).list();
    assertThat(tasks).extracting(Task::getAssignee).containsExactlyInAnyOrder("teacher11", "teacher12", "teacher13");
    assertThat(tasks).allSatisfy(t -> {
      assertThat(t.getName()).isEqualTo("Заполнить анкету «Обратная связь наставляемого»");
      assertThat(t.getDueDate()).isEqualTo(Date.from(DEADLINE));
      assertThat(t.getFollowUpDate()).isEqualTo(Date.from(REMINDER));
    });
    // the form of the template version the collection uses, chosen by expression
    assertThat(extension.getProcessEngine().getFormService().getTaskFormData(tasks.get(0).getId())
        .getCamundaFormRef().getKey()).isEqualTo("questionnaire-feedback-mentee-v1");
    verify(service).bindProcess(7L, pi.getId());

    for (long id = 11; id <= 13; id++) {
      complete(taskOf(id), answer((int) id - 8));
    }
    assertThat(answers).containsOnlyKeys(11L, 12L, 13L);
    assertThat(answers.get(12L)).containsEntry("uiSatisfaction", "4");
    // answers are in the domain tables only: no view variable is left in the instance
    assertThat(runtimeService().getVariables(pi.getId()).keySet()).noneMatch(n -> n.startsWith("ui"));

    assertThat(pi).isWaitingAt(QuestionnaireProcess.CLOSE);
    runJobs();
    assertThat(pi).isEnded().hasPassed(QuestionnaireProcess.ALL_ANSWERED, QuestionnaireProcess.CLOSE,
        QuestionnaireProcess.AGGREGATE, QuestionnaireProcess.END).hasNotPassed(QuestionnaireProcess.REMINDER);
    verify(service).aggregate(7L);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void theReminderMailsThoseWhoHaveNotAnsweredAndTheDeadlineClosesTheRest() throws Exception {
    ProcessInstance pi = start(respondents);
    complete(taskOf(11L), answer(5));

    Job reminder = jobQuery().activityId(QuestionnaireProcess.REMINDER).singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(REMINDER));
    ClockUtil.setCurrentTime(Date.from(REMINDER.plusSeconds(60)));
    execute(reminder);

    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("teacher12@starica.example", "teacher13@starica.example");
    assertThat(mails[0].getSubject()).isEqualTo("Напоминание: заполните анкету «Обратная связь наставляемого» до 14.09.2026 18:00");
    assertThat((String) mails[0].getContent()).contains("Здравствуйте, Анна Петровна!").contains("14.09.2026 18:00");

    Task review = task(QuestionnaireProcess.REVIEW, pi);
    assertThat(review).hasCandidateGroup("curator");
    assertThat(runtimeService().getVariable(pi.getId(), "uiCollectionStatus")).isNull();

    // the deadline: the remaining tasks and the curator's review are gone, the collection is closed
    Job deadline = jobQuery().activityId(QuestionnaireProcess.DEADLINE).singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(DEADLINE));
    ClockUtil.setCurrentTime(Date.from(DEADLINE.plusSeconds(1)));
    execute(deadline);
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    runJobs();
    assertThat(pi).isEnded().hasPassed(QuestionnaireProcess.DEADLINE, QuestionnaireProcess.CLOSE,
        QuestionnaireProcess.AGGREGATE).hasNotPassed(QuestionnaireProcess.ALL_ANSWERED);
    verify(service).close(7L);
    assertThat(collection.getStatus()).isEqualTo(QuestionnaireCollection.Status.CLOSED);
  }

  @Test
  void theCuratorExtendsTheDeadlineOnTheReviewForm() {
    ProcessInstance pi = start(respondents);
    ClockUtil.setCurrentTime(Date.from(REMINDER.plusSeconds(60)));
    execute(jobQuery().activityId(QuestionnaireProcess.REMINDER).singleResult());
    Task review = task(QuestionnaireProcess.REVIEW, pi);

    complete(review, withVariables(QuestionnaireProcess.EXTEND_DECISION, "extend", QuestionnaireProcess.NEW_DEADLINE,
        "2026-09-21"));
    Instant newDeadline = Instant.parse("2026-09-21T15:00:00Z");
    assertThat(jobQuery().activityId(QuestionnaireProcess.DEADLINE).singleResult().getDuedate())
        .isEqualTo(Date.from(newDeadline));
    assertThat(taskOf(12L).getDueDate()).isEqualTo(Date.from(newDeadline));
    assertThat(taskOf(12L).getFollowUpDate()).isEqualTo(Date.from(newDeadline.minus(Duration.ofDays(2))));
    assertThat(pi).hasPassed("EndEvent_ReviewDone").isWaitingAt(QuestionnaireProcess.FILL);

    // everyone answers before the new deadline: the collection ends without waiting for it
    for (long id = 11; id <= 13; id++) {
      complete(taskOf(id), answer(3));
    }
    runJobs();
    assertThat(pi).isEnded().hasPassed(QuestionnaireProcess.ALL_ANSWERED);
  }

  @Test
  void theCuratorMayKeepTheDeadlineAndAMissingNewDateIsRefused() {
    ProcessInstance pi = start(respondents);
    ClockUtil.setCurrentTime(Date.from(REMINDER.plusSeconds(60)));
    execute(jobQuery().activityId(QuestionnaireProcess.REMINDER).singleResult());
    Task review = task(QuestionnaireProcess.REVIEW, pi);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(review,
            withVariables(QuestionnaireProcess.EXTEND_DECISION, "extend")))
        .hasRootCauseInstanceOf(UserFacingException.class).hasMessageContaining("«Новый срок»");
    complete(review, withVariables(QuestionnaireProcess.EXTEND_DECISION, "keep"));
    verify(service, never()).extendDeadline(anyLong(), any());
    assertThat(jobQuery().activityId(QuestionnaireProcess.DEADLINE).singleResult().getDuedate())
        .isEqualTo(Date.from(DEADLINE));
  }

  @Test
  void aMessageExtendsTheDeadlineWhileTheTasksStayOpen() {
    ProcessInstance pi = start(respondents);
    Instant later = DEADLINE.plus(Duration.ofDays(5));
    runtimeService().createMessageCorrelation(QuestionnaireProcess.MESSAGE_EXTEND).processInstanceId(pi.getId())
        .setVariable(QuestionnaireProcess.NEW_DEADLINE, Date.from(later)).correlate();

    assertThat(pi).hasPassed(QuestionnaireProcess.EXTEND, "EndEvent_DeadlineMoved").isWaitingAt(QuestionnaireProcess.FILL);
    assertThat(taskQuery().taskDefinitionKey(QuestionnaireProcess.FILL).count()).isEqualTo(3);
    assertThat(jobQuery().activityId(QuestionnaireProcess.DEADLINE).singleResult().getDuedate()).isEqualTo(Date.from(later));
    // the reminder, not sent yet, moves with the deadline
    assertThat(jobQuery().activityId(QuestionnaireProcess.REMINDER).singleResult().getDuedate())
        .isEqualTo(Date.from(later.minus(Duration.ofDays(2))));
    assertThat(runtimeService().getVariable(pi.getId(), QuestionnaireProcess.DEADLINE_VAR)).isEqualTo(Date.from(later));
  }

  @Test
  void anInvalidAnswerIsRefusedAndTheTaskStaysOpen() {
    start(respondents);
    Task task = taskOf(11L);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task, answer(9)))
        .hasRootCauseInstanceOf(UserFacingException.class).hasMessageContaining("от 1 до 5");
    assertThat(taskOf(11L)).isNotNull();
    assertThat(answers).isEmpty();
  }

  @Test
  void withoutRespondentsTheCollectionEndsAtOnce() {
    ProcessInstance pi = start(List.of());
    assertThat(pi).isEnded().hasPassed(QuestionnaireProcess.NO_RESPONDENTS)
        .hasNotPassed(QuestionnaireProcess.COLLECT);
    assertThat(collection.getStatus()).isEqualTo(QuestionnaireCollection.Status.CANCELLED);
    assertThat(collection.getCloseReason()).isEqualTo("Некому отправить анкету: список респондентов пуст.");
    assertThat(jobQuery().count()).isZero();
  }
}
