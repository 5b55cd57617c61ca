package ru.nastavnik.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.documents.DocumentKind;
import ru.nastavnik.documents.DocxRead;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.roadmap.RoadmapProgress;
import ru.nastavnik.school.School;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.school.SchoolRepository;

/**
 * The four seed schools with their own diagrams (the demo loader creates them in the test profile):
 * each program runs from start to end as its school's roles, a redeploy of one school changes
 * nothing for the others, and a diagram that breaks the contract is refused — through the
 * deployer, the Java API and Camunda's REST API alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SchoolVariantsTest {

  static final String ADMIN_PASSWORD = "Test#Root2025x";
  static final String PASSWORD = "Test#Pass2025";

  @Autowired ProgramService programs;
  @Autowired ProgramRepository programRepository;
  @Autowired ProgramRecordService records;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired TenantDeployer deployer;
  @Autowired SchoolRepository schools;
  @Autowired TestRestTemplate rest;
  @Autowired ru.nastavnik.program.DefinitionResolver definitions;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired ru.nastavnik.staff.StaffRepository staff;
  @Autowired ru.nastavnik.program.ProgramRecordRepository recordRepository;
  @Autowired ru.nastavnik.consent.ConsentRepository consents;
  @Autowired ru.nastavnik.roadmap.RoadmapReports roadmapReports;

  /**
   * Runs a school's program from its start event to its end event through the REST API as the
   * school's own people; returns the driver with each task key, the group that worked it and its due.
   */
  SchoolProgramDriver runToEnd(String school, String year) {
    MentoringProgram program = programs.start(school, year);
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(program.getBusinessKey()).rootProcessInstances().singleResult();
    ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    assertThat(definition.getTenantId()).isEqualTo(school);
    SchoolProgramDriver driver = new SchoolProgramDriver(rest, tasks, management, repository, staff, school);
    driver.run(program.getBusinessKey());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndTime()).as("the program of %s has ended", school).isNotNull();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_ProgramCompleted");
    assertThat(programRepository.findById(program.getId()).orElseThrow().getStatus())
        .isEqualTo(MentoringProgram.Status.COMPLETED);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("uiResult").count()).isZero();
    this.lastProgram = program;
    return driver;
  }

  MentoringProgram lastProgram;

  /**
   * The academic year of today: the shared stages accept meeting, consent and event dates only
   * inside the program's year, and the people in these tests act today.
   */
  static final String YEAR = ru.nastavnik.demo.DemoDataLoader.currentAcademicYear(LocalDate.now());
  static final int Y1 = Integer.parseInt(YEAR.substring(0, 4));

  /** The shared stage processes the program called, resolved for the school (tenant of the called definition). */
  Map<String, String> calledStages(MentoringProgram program) {
    Map<String, String> called = new LinkedHashMap<>();
    String root = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(program.getBusinessKey())
        .processDefinitionKey("mentoring-program").singleResult().getId();
    for (var stage : history.createHistoricProcessInstanceQuery().superProcessInstanceId(root).list()) {
      ProcessDefinition d = repository.getProcessDefinition(stage.getProcessDefinitionId());
      called.put(d.getKey(), d.getTenantId() == null ? "shared" : d.getTenantId());
    }
    return called;
  }

  Set<ProgramRecord.Kind> recorded(MentoringProgram program) {
    return recordRepository.findByProgram(program.getId()).stream().map(ProgramRecord::getKind)
        .collect(Collectors.toSet());
  }

  /** Numbers of the school's roadmap rows that closed themselves when their program stage completed. */
  List<String> rowsClosedByStage(String school, String year) {
    return roadmapReports.progress(school, year).rows().stream().filter(RoadmapProgress.RowProgress::closedByStage)
        .map(RoadmapProgress.RowProgress::number).toList();
  }

  @Test
  void seed000RunsItsOwnFiveStagesWithTheHeadCoordinatorsMentorsAndMentees() {
    SchoolProgramDriver run = runToEnd("iroso", "2026/27");
    assertThat(run.worked)
        .containsEntry("Task_IssueOrganisationOrder", "director")
        .containsEntry("Task_ApproveWorkPlan", "director")
        .containsEntry("Task_InterviewMentors", "director")
        .containsEntry("Task_HoldMentorTraining", "curator")
        .containsEntry("Task_JoinIroSoWebinars", "mentor")
        .containsEntry("Task_WorkWithMentor", "mentee")
        .containsEntry("Task_MentorExitQuestionnaire", "mentor")
        .containsEntry("Task_MenteeExitQuestionnaire", "mentee")
        .containsEntry("Task_HoldFinalConference", "director");
    assertThat(run.worked).hasSize(17);
    assertThat(run.dues.get("Task_HoldFinalConference").toLocalDate()).hasToString("2027-06-15");
    // the order on organising mentoring comes from the shared document engine with its register number
    assertThat(recorded(lastProgram)).contains(ProgramRecord.Kind.ORDER_ORGANISATION, ProgramRecord.Kind.STEP_NOTE);
    // seed 000's roadmap rows linked to planning, learning and the summing-up close with those stages
    assertThat(rowsClosedByStage("iroso", "2026/27")).contains("1.", "4.", "5.3.");
  }

  @Autowired ru.nastavnik.staff.importing.StaffImportService staffImport;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  /** The {@code staff-arrived} messages sent so far (the application's own counter). */
  double arrivalsSent() {
    return meters.get(StaffArrivals.SENT_METRIC).counter().count();
  }

  static byte[] staffFile(String... rows) {
    StringBuilder csv = new StringBuilder("Табельный номер;Фамилия;Имя;Отчество;Должность;Предметы;"
        + "Педагогический стаж, лет;Дата приёма;Квалификационная категория;E-mail;Логин;Роли\n");
    String today = LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    for (String row : rows) {
      csv.append(row.replace("{today}", today)).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void seed000SelectsAMentorForEachNewcomerWhileItsProgramRuns() {
    MentoringProgram program = programs.start("iroso", "2031/32");
    String root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(program.getBusinessKey())
        .rootProcessInstances().singleResult().getId();
    java.util.function.Supplier<List<Task>> selections = () -> tasks.createTaskQuery().processInstanceId(root)
        .taskDefinitionKey("Task_ChooseMentorForNewcomer").orderByTaskCreateTime().asc().list();
    assertThat(selections.get()).isEmpty();
    double sent = arrivalsSent();

    // a newcomer arrives with the staff file: a selection of their own, while stage 1 goes on
    staffImport.importFile("iroso", "new-1.csv", staffFile(
        "0101;Горина;Алина;Сергеевна;Воспитатель;;0;{today};;;irosonew1;наставляемый",
        "0102;Лаптев;Олег;Ильич;Инструктор по физической культуре;;12;{today};первая;;irosonew2;наставник"),
        "test").requireSuccess();
    assertThat(arrivalsSent()).as("one message for the mentee, none for the mentor").isEqualTo(sent + 1);
    assertThat(selections.get()).singleElement().satisfies(t -> {
      assertThat(t.getName()).contains("Горина Алина Сергеевна");
      assertThat(tasks.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId).contains("director");
    });
    // the next arrival gets a second instance beside the first, each with its own newcomer
    staffImport.importFile("iroso", "new-2.csv", staffFile(
        "0103;Юсупова;Дина;Ринатовна;Воспитатель;;1;{today};;;irosonew3;"), "test").requireSuccess();
    List<Task> open = selections.get();
    assertThat(open).hasSize(2);
    assertThat(open.get(1).getName()).contains("Юсупова Дина Ринатовна");
    Long first = staff.findByPersonKey("iroso", "0101").orElseThrow().getId();
    Long second = staff.findByPersonKey("iroso", "0103").orElseThrow().getId();
    assertThat(open).extracting(t -> runtime.getVariableLocal(t.getExecutionId(), "newcomerId"))
        .containsExactly(first, second);
    assertThat(runtime.getVariables(root)).doesNotContainKey("newcomerId");
    // the mentor who arrived needs no mentor of their own; the program's own stage 1 is untouched
    assertThat(tasks.createTaskQuery().processInstanceId(root).taskDefinitionKey("Task_IssueOrganisationOrder").count()
        + management.createJobQuery().processInstanceId(root).messages().count()).isPositive();

    // a message without a newcomer of this school is refused and starts nothing
    assertThatThrownBy(() -> runtime.createMessageCorrelation("staff-arrived").tenantId("iroso")
        .processInstanceBusinessKey(program.getBusinessKey()).setVariablesLocal(Map.of("newcomerId", 999999L)).correlate())
        .hasMessageContaining("newcomerId");
    assertThat(selections.get()).hasSize(2);

    // the head works the first newcomer's selection to its end; the second one stays open
    for (String key : List.of("Task_ChooseMentorForNewcomer", "Task_InterviewNewcomerMentor")) {
      Task task = tasks.createTaskQuery().processInstanceId(root).taskDefinitionKey(key).orderByTaskCreateTime().asc()
          .list().get(0);
      assertThat(task.getName()).contains("Горина");
      new ru.nastavnik.e2e.ApiClient(rest, "irosozav", PASSWORD).complete(task.getId(),
          Map.of("uiResult", "Наставником назначена Клименко Т. В."));
    }
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(root)
        .activityId("EndEvent_NewcomerMentorSelected").count()).isOne();
    assertThat(selections.get()).singleElement().satisfies(t -> assertThat(t.getName()).contains("Юсупова"));
    assertThat(records.of(program.getId(), ProgramRecord.Kind.STEP_NOTE)).extracting(ProgramRecord::getDetails)
        .anyMatch(d -> d.contains("Горина Алина Сергеевна") && d.contains("Клименко"));

    // another school's newcomer reaches no iroso program (kz's diagram does not listen)
    MentoringProgram kz = programs.start("kz", "2031/32");
    double sentBeforeKz = arrivalsSent();
    staffImport.importFile("kz", "new-kz.csv", staffFile("K101;Ахметова;Жанар;Болатовна;Учитель;Математика;0;{today};;;kznew1;наставляемый"), "test").requireSuccess();
    assertThat(selections.get()).hasSize(1);
    assertThat(arrivalsSent()).isEqualTo(sentBeforeKz);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(kz.getBusinessKey()).rootProcessInstances()
        .singleResult()).isNotNull();
    runtime.deleteProcessInstance(root, "test");
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(kz.getBusinessKey())
        .rootProcessInstances().singleResult().getId(), "test");
  }

  @Test
  void anImportSendsNoMessageToASchoolWhoseProgramDoesNotListen() {
    // kz's program runs, but nothing of kz waits for staff-arrived: three newcomers, no message at all
    MentoringProgram kz = programs.start("kz", "2033/34");
    String kzRoot = runtime.createProcessInstanceQuery().processInstanceBusinessKey(kz.getBusinessKey())
        .rootProcessInstances().singleResult().getId();
    assertThat(runtime.createEventSubscriptionQuery().eventName(StaffArrivals.MESSAGE).tenantIdIn("kz").count()).isZero();
    double before = arrivalsSent();
    assertThat(staffImport.importFile("kz", "arrivals-kz.csv", staffFile(
        "K201;Сейтказина;Айгерим;Маратовна;Учитель;Русский язык;0;{today};;;kzarr1;наставляемый",
        "K202;Жумабаев;Ерлан;Серикович;Учитель;Физика;1;{today};;;kzarr2;",
        "K203;Ли;Виктория;Андреевна;Учитель;Химия;0;{today};;;kzarr3;наставляемый"), "test")
        .requireSuccess().createdStaffIds()).hasSize(3);
    assertThat(arrivalsSent()).isEqualTo(before);
    assertThat(runtime.createExecutionQuery().processInstanceId(kzRoot).activityId("SubProcess_NewcomerMentorSelection")
        .count()).isZero();

    // the same import for iroso, whose running program listens: one message per newcomer, each a selection
    MentoringProgram iroso = programs.start("iroso", "2033/34");
    String irosoRoot = runtime.createProcessInstanceQuery().processInstanceBusinessKey(iroso.getBusinessKey())
        .rootProcessInstances().singleResult().getId();
    assertThat(runtime.createEventSubscriptionQuery().eventName(StaffArrivals.MESSAGE).tenantIdIn("iroso")
        .processInstanceId(irosoRoot).count()).isOne();
    assertThat(staffImport.importFile("iroso", "arrivals-iroso.csv", staffFile(
        "0201;Сафонова;Ирина;Павловна;Воспитатель;;0;{today};;;irosoarr1;наставляемый",
        "0202;Беляев;Артём;Игоревич;Воспитатель;;1;{today};;;irosoarr2;",
        "0203;Котова;Людмила;Евгеньевна;Воспитатель;;0;{today};;;irosoarr3;наставляемый"), "test")
        .requireSuccess().createdStaffIds()).hasSize(3);
    assertThat(arrivalsSent()).isEqualTo(before + 3);
    assertThat(tasks.createTaskQuery().processInstanceId(irosoRoot).taskDefinitionKey("Task_ChooseMentorForNewcomer")
        .count()).isEqualTo(3);
    runtime.deleteProcessInstance(kzRoot, "test");
    runtime.deleteProcessInstance(irosoRoot, "test");
  }

  @Test
  void seed001RunsTheSharedStagesWithExternalWorkInParallel() {
    MentoringProgram first = programs.start("akbulak", "2024/25");
    SchoolProgramDriver probe = new SchoolProgramDriver(rest, tasks, management, repository, staff, "akbulak");
    probe.runDueJobs();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(first.getBusinessKey()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("Task_IssueOrganisationOrder", "Task_Stage1External");
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.getBusinessKey())
        .rootProcessInstances().singleResult().getId(), "test");

    SchoolProgramDriver run = runToEnd("akbulak", YEAR);
    for (int stage = 1; stage <= 6; stage++) {
      assertThat(run.worked).containsEntry("Task_Stage" + stage + "External", "deputy");
    }
    assertThat(calledStages(lastProgram)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "stage-preparation", "shared", "stage-mentee-base", "shared", "stage-mentor-selection", "shared",
        "stage-pairs", "shared", "stage-pair-work", "shared", "stage-completion", "shared"));
    assertThat(run.worked).containsEntry("Task_IssueOrganisationOrder", "director")
        .containsEntry("Task_InterviewCandidate", "deputy").containsEntry("Task_FormPairs", "curator")
        .containsEntry("Task_DraftPlan", "assignee").containsEntry("Task_SignResultsOrder", "director");
    assertThat(recorded(lastProgram)).contains(ProgramRecord.Kind.ORDER_ORGANISATION, ProgramRecord.Kind.ORDER_MENTORS,
        ProgramRecord.Kind.ORDER_PAIRS, ProgramRecord.Kind.ORDER_AWARDS, ProgramRecord.Kind.ORDER_RESULTS,
        ProgramRecord.Kind.STEP_NOTE);
    assertThat(run.dues.get("Task_Stage5External").toLocalDate()).hasToString((Y1 + 1) + "-04-30");
    // the roadmap (seed 002's rows) closes the rows linked to the stages the program completed
    assertThat(rowsClosedByStage("akbulak", YEAR)).isNotEmpty();
  }

  @Test
  void seed003RunsOneMentorshipOnTheKazakhCalendar() {
    SchoolProgramDriver run = runToEnd("kz", "2025/26");
    assertThat(run.worked.keySet()).containsExactly("Task_AppointMentor", "Task_DiagnoseTeacher", "Task_DraftMentoringPlan",
        "Task_AgreeMentoringPlan", "Task_ApproveMentoringPlan", "Task_ImplementPlan",
        "Task_PrepareCouncilReport", "Task_HearReportAtCouncil");
    // the head appoints the mentor (Ким В. О. to Беков Т. А.); the mentorship's steps are hers alone
    assertThat(run.worked).containsEntry("Task_AppointMentor", "director")
        .containsEntry("Task_DiagnoseTeacher", "assignee").containsEntry("Task_DraftMentoringPlan", "assignee")
        .containsEntry("Task_AgreeMentoringPlan", "deputy").containsEntry("Task_ApproveMentoringPlan", "director")
        .containsEntry("Task_PrepareCouncilReport", "assignee").containsEntry("Task_HearReportAtCouncil", "director");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyLike(lastProgram.getBusinessKey() + "%")
        .tenantIdIn("kz").taskAssignee("kznast2").list()).extracting(t -> t.getTaskDefinitionKey())
        .contains("Task_DiagnoseTeacher", "Task_DraftMentoringPlan", "Task_ImplementPlan", "Task_PrepareCouncilReport");
    assertThat(records.of(lastProgram.getId(), ProgramRecord.Kind.MENTORSHIP_APPOINTMENT)).singleElement()
        .satisfies(r -> assertThat(r.getDetails()).contains("Ким Виктория Олеговна", "Беков Тимур Аскарович"));
    // diagnostics within 5 working days: a working day, 5 to 14 calendar days ahead (KZ holidays included)
    ZoneId almaty = ZoneId.of("Asia/Almaty");
    LocalDate today = LocalDate.now(almaty);
    LocalDate diagnostics = run.dues.get("Task_DiagnoseTeacher").withZoneSameInstant(almaty).toLocalDate();
    assertThat(diagnostics.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(diagnostics).isBetween(today.plusDays(5), today.plusDays(14));
    // the plan is due with the stage: 10 calendar days after the stage began, whenever the task appears
    for (String plan : List.of("Task_DraftMentoringPlan", "Task_AgreeMentoringPlan", "Task_ApproveMentoringPlan")) {
      assertThat(run.dues.get(plan).withZoneSameInstant(almaty).toLocalDate()).as(plan).isEqualTo(today.plusDays(10));
    }
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("stage-introductory")
        .tenantIdIn("kz").count()).isPositive();
    // diagnostics, the plan and its two reviews, the report: records the documents are built from
    assertThat(records.of(lastProgram.getId(), ProgramRecord.Kind.MENTORSHIP_DIAGNOSTICS)).hasSize(1);
    assertThat(records.of(lastProgram.getId(), ProgramRecord.Kind.MENTORSHIP_PLAN)).hasSize(1);
    assertThat(records.of(lastProgram.getId(), ProgramRecord.Kind.PLAN_REVIEW)).hasSize(2);
    assertThat(records.of(lastProgram.getId(), ProgramRecord.Kind.COUNCIL_REPORT)).hasSize(1);
    assertThat(records.of(lastProgram.getId(), ProgramRecord.Kind.STEP_NOTE)).hasSize(2);
    // the plan and the report are real DOCX documents of the program, read back
    String plan = DocxRead.text(docx(activeDocument(lastProgram, DocumentKind.MENTORSHIP_PLAN)));
    assertThat(plan).contains("ПЛАН НАСТАВНИЧЕСТВА", "на 2025/26 учебный год", "№ 130", "«Общеобразовательная школа № 8»",
        "Ответ: Уровень подготовки педагога", "Ответ: Цели и задачи работы", "Ответ: Основные направления работы",
        "СОГЛАСОВАНО", "УТВЕРЖДАЮ", "Руководитель организации среднего образования", "А. С. Жумабекова",
        "Ким", "Беков").doesNotContain("{{").doesNotContain("Оспанова").doesNotContain("Нурланова");
    String report = DocxRead.text(docx(activeDocument(lastProgram, DocumentKind.COUNCIL_REPORT)));
    assertThat(report).contains("ОТЧЁТ", "о результатах наставничества за 2025/26 учебный год", "педагогического совета",
        "Ответ: Итоги реализации мероприятий плана наставничества", "Рекомендации для совершенствования практики",
        "утверждён руководителем организации").doesNotContain("{{");
  }

  @Autowired ru.nastavnik.documents.DocumentRepository documentRepository;
  @Autowired ru.nastavnik.documents.DocumentService documentService;

  ru.nastavnik.documents.Document activeDocument(MentoringProgram program, DocumentKind kind) {
    new SchoolProgramDriver(rest, tasks, management, repository, staff, program.getSchool().getCode()).runDueJobs();
    List<ru.nastavnik.documents.Document> active = documentRepository.findByProgramAndKind(program.getId(), kind,
        ru.nastavnik.documents.Document.Status.ACTIVE);
    assertThat(active).as("the active %s of the program", kind).hasSize(1);
    return active.get(0);
  }

  byte[] docx(ru.nastavnik.documents.Document document) {
    ResponseEntity<byte[]> r = rest.withBasicAuth("kzdir", PASSWORD)
        .getForEntity("/api/documents/" + document.getId() + "/docx", byte[].class);
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    return r.getBody();
  }

  Task kzTask(String businessKey, String key) {
    new SchoolProgramDriver(rest, tasks, management, repository, staff, "kz").runDueJobs();
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
  }

  @Test
  void seed003PlanGoesBackToTheMentorFromTheDeputyAndFromTheHeadAndIsApprovedAsADocument() {
    MentoringProgram program = programs.start("kz", "2030/31");
    String key = program.getBusinessKey();
    ru.nastavnik.e2e.ApiClient mentor = new ru.nastavnik.e2e.ApiClient(rest, "kznast1", PASSWORD);
    ru.nastavnik.e2e.ApiClient deputy = new ru.nastavnik.e2e.ApiClient(rest, "kzzam", PASSWORD);
    ru.nastavnik.e2e.ApiClient head = new ru.nastavnik.e2e.ApiClient(rest, "kzdir", PASSWORD);
    // the head's appointment: one and the same person twice, or the head herself, is refused and changes nothing
    Task appoint = kzTask(key, "Task_AppointMentor");
    assertThat(head.formVariables(appoint.getId()).get("uiMentorOptions")).contains("Оспанова").doesNotContain("Жумабекова");
    assertThatThrownBy(() -> head.complete(appoint.getId(), Map.of("mentorId", staffId("kznast1"),
        "youngTeacherId", staffId("kznast1")))).hasMessageContaining("разные сотрудники");
    assertThatThrownBy(() -> head.complete(appoint.getId(), Map.of("mentorId", staffId("kzdir"),
        "youngTeacherId", staffId("kzmol1")))).hasMessageContaining("Руководитель организации не назначается");
    assertThat(records.of(program.getId(), ProgramRecord.Kind.MENTORSHIP_APPOINTMENT)).isEmpty();
    head.complete(appoint.getId(), Map.of("mentorId", staffId("kznast1"), "youngTeacherId", staffId("kzmol1")));
    // the diagnostics reach the appointed mentor, not the school's other mentor
    assertThat(new ru.nastavnik.e2e.ApiClient(rest, "kznast2", PASSWORD).tasks()).extracting(t -> t.path("taskDefinitionKey")
        .asText()).doesNotContain("Task_DiagnoseTeacher");
    assertThat(kzTask(key, "Task_DiagnoseTeacher").getAssignee()).isEqualTo("kznast1");
    mentor.complete(kzTask(key, "Task_DiagnoseTeacher").getId(), Map.of("uiLevel", "Владеет предметом, слабо — методикой урока",
        "uiNeeds", "Планирование уроков, работа со школьной документацией"));
    Map<String, Object> draft = new HashMap<>(Map.of("uiGoals", "Адаптация молодого специалиста в коллективе",
        "uiDirections", "Методическая помощь; психолого-педагогическое сопровождение",
        "uiActivities", "сентябрь — ознакомление с нормативно-правовой документацией\nв течение года — посещение уроков"));
    mentor.complete(kzTask(key, "Task_DraftMentoringPlan").getId(), draft);
    ru.nastavnik.documents.Document first = activeDocument(program, DocumentKind.MENTORSHIP_PLAN);
    List<List<String>> activities = DocxRead.table(docx(first), "№", "Сроки");
    assertThat(activities).hasSize(3);
    assertThat(activities.get(1)).containsExactly("1", "сентябрь", "ознакомление с нормативно-правовой документацией");
    assertThat(activities.get(2)).containsExactly("2", "в течение года", "посещение уроков");
    assertThat(DocxRead.text(docx(first))).contains("Владеет предметом, слабо — методикой урока",
        "Адаптация молодого специалиста в коллективе");

    // the deputy returns it without saying why: refused, nothing changes
    Task agree = kzTask(key, "Task_AgreeMentoringPlan");
    assertThat(tasks.getIdentityLinksForTask(agree.getId())).extracting(IdentityLink::getGroupId).contains("deputy");
    assertThatThrownBy(() -> deputy.complete(agree.getId(), Map.of("decision", "return")))
        .hasMessageContaining("что наставнику доработать");
    assertThat(kzTask(key, "Task_AgreeMentoringPlan").getId()).isEqualTo(agree.getId());
    assertThat(records.of(program.getId(), ProgramRecord.Kind.PLAN_REVIEW)).isEmpty();
    // …and with the reason: back to the mentor, who sees it
    deputy.complete(agree.getId(), Map.of("decision", "return", "uiComment", "Добавьте консультации по планам уроков"));
    Task redraft = kzTask(key, "Task_DraftMentoringPlan");
    assertThat(redraft).isNotNull();
    assertThat(mentor.formVariables(redraft.getId()).toString()).contains("Добавьте консультации по планам уроков");
    draft.put("uiActivities", "сентябрь — ознакомление с нормативно-правовой документацией\nоктябрь — консультации по"
        + " составлению планов уроков\nв течение года — посещение уроков");
    mentor.complete(redraft.getId(), draft);
    ru.nastavnik.documents.Document second = activeDocument(program, DocumentKind.MENTORSHIP_PLAN);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(documentRepository.findById(first.getId()).orElseThrow().getStatus())
        .isEqualTo(ru.nastavnik.documents.Document.Status.CANCELLED);
    assertThat(DocxRead.table(docx(second), "№", "Сроки")).hasSize(4);

    // agreed by the deputy, returned by the head, redrafted, agreed and approved
    deputy.complete(kzTask(key, "Task_AgreeMentoringPlan").getId(), Map.of("decision", "approve"));
    Task approve = kzTask(key, "Task_ApproveMentoringPlan");
    assertThat(tasks.getIdentityLinksForTask(approve.getId())).extracting(IdentityLink::getGroupId).contains("director");
    head.complete(approve.getId(), Map.of("decision", "return", "uiComment", "Уточните сроки посещения уроков"));
    Task third = kzTask(key, "Task_DraftMentoringPlan");
    assertThat(mentor.formVariables(third.getId()).toString()).contains("Уточните сроки посещения уроков");
    mentor.complete(third.getId(), draft);
    deputy.complete(kzTask(key, "Task_AgreeMentoringPlan").getId(), Map.of("decision", "approve"));
    head.complete(kzTask(key, "Task_ApproveMentoringPlan").getId(), Map.of("decision", "approve"));
    Task implement = kzTask(key, "Task_ImplementPlan");
    assertThat(implement).as("the approved plan leads to the main stage").isNotNull();
    assertThat(records.of(program.getId(), ProgramRecord.Kind.PLAN_REVIEW)).extracting(ProgramRecord::getDetails)
        .hasSize(5).anyMatch(d -> d.contains("Уточните сроки"));
    assertThat(documentRepository.findByProgramAndKind(program.getId(), DocumentKind.MENTORSHIP_PLAN,
        ru.nastavnik.documents.Document.Status.CANCELLED)).hasSize(2);
    assertThat(activeDocument(program, DocumentKind.MENTORSHIP_PLAN).getProcessInstanceId()).isNotNull();

    // the final stage: the report with one recommendation a line, read back from its DOCX
    mentor.complete(implement.getId(), Map.of("uiResult", "План выполнен"));
    mentor.complete(kzTask(key, "Task_PrepareCouncilReport").getId(), Map.of(
        "uiResults", "Все мероприятия плана выполнены, посещено 12 уроков",
        "uiRecommendations", "Продолжить посещение уроков\nУчаствовать в работе методического объединения"));
    Task hear = kzTask(key, "Task_HearReportAtCouncil");
    assertThat(hear).isNotNull();
    byte[] report = docx(activeDocument(program, DocumentKind.COUNCIL_REPORT));
    assertThat(DocxRead.text(report)).contains("Все мероприятия плана выполнены, посещено 12 уроков",
        "Адаптация молодого специалиста в коллективе", "утверждён руководителем организации");
    assertThat(DocxRead.table(report, "№", "Рекомендация")).extracting(row -> row.get(1))
        .containsExactly("Рекомендация", "Продолжить посещение уроков", "Участвовать в работе методического объединения");
    assertThat(DocxRead.table(report, "№", "Сроки")).hasSize(4);
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
        .rootProcessInstances().singleResult().getId(), "test");
  }

  String staffId(String login) {
    return staff.findByUsername(login).orElseThrow().getId().toString();
  }

  /** The head of kz appoints Оспанова Д. К. to Нурланова А. Е. (seed 003's one mentorship). */
  void appointKzMentor(MentoringProgram program) {
    new ru.nastavnik.e2e.ApiClient(rest, "kzdir", PASSWORD).complete(kzTask(program.getBusinessKey(), "Task_AppointMentor")
        .getId(), Map.of("mentorId", staffId("kznast1"), "youngTeacherId", staffId("kzmol1")));
  }

  /** The open task of one mentorship of a kz program: the task names its young teacher. */
  Task kzTask(String businessKey, String key, String youngTeacher) {
    new SchoolProgramDriver(rest, tasks, management, repository, staff, "kz").runDueJobs();
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key)
        .taskNameLike("%молодой педагог " + youngTeacher + "%").singleResult();
  }

  /** The documents of the kind made for one young teacher's mentorship, with the status. */
  List<ru.nastavnik.documents.Document> documentsOf(MentoringProgram program, DocumentKind kind, String youngTeacher,
      ru.nastavnik.documents.Document.Status status) {
    new SchoolProgramDriver(rest, tasks, management, repository, staff, "kz").runDueJobs();
    Long id = Long.valueOf(staffId(youngTeacher));
    return documentRepository.findByProgramAndKind(program.getId(), kind, status).stream()
        .filter(d -> id.equals(d.getStaffId())).toList();
  }

  @Test
  void seed003TheHeadAppointsTwoMentorshipsAndEachRunsItsOwnLifecycleToTheCouncil() {
    MentoringProgram program = programs.start("kz", "2035/36");
    String key = program.getBusinessKey();
    ru.nastavnik.e2e.ApiClient head = new ru.nastavnik.e2e.ApiClient(rest, "kzdir", PASSWORD);
    ru.nastavnik.e2e.ApiClient deputy = new ru.nastavnik.e2e.ApiClient(rest, "kzzam", PASSWORD);
    ru.nastavnik.e2e.ApiClient ospanova = new ru.nastavnik.e2e.ApiClient(rest, "kznast1", PASSWORD);
    ru.nastavnik.e2e.ApiClient kim = new ru.nastavnik.e2e.ApiClient(rest, "kznast2", PASSWORD);
    String a = "Нурланова Асем Ерлановна";
    String b = "Беков Тимур Аскарович";

    // the first appointment, with «ещё одному»: the appointment task comes back and shows who is appointed
    Task first = kzTask(key, "Task_AppointMentor");
    head.complete(first.getId(), Map.of("mentorId", staffId("kznast1"), "youngTeacherId", staffId("kzmol1"),
        "appointAnother", true));
    Task second = kzTask(key, "Task_AppointMentor");
    assertThat(second).as("the head appoints the next mentorship").isNotNull();
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(head.formVariables(second.getId()).get("uiAppointed"))
        .contains("Нурланова Асем Ерлановна — наставник Оспанова Динара Кайратовна");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("kz-mentorship").processInstanceBusinessKey(key)
        .count()).as("no mentorship runs before the head is done appointing").isZero();

    // the same young teacher twice, one person as both, the appointed young teacher as a mentor: refused, nothing recorded
    assertThatThrownBy(() -> head.complete(second.getId(), Map.of("mentorId", staffId("kznast2"),
        "youngTeacherId", staffId("kzmol1")))).hasMessageContaining("Молодому педагогу «Нурланова Асем Ерлановна»"
        + " наставник уже назначен в этой программе");
    assertThatThrownBy(() -> head.complete(second.getId(), Map.of("mentorId", staffId("kzmol2"),
        "youngTeacherId", staffId("kzmol2")))).hasMessageContaining("разные сотрудники");
    assertThatThrownBy(() -> head.complete(second.getId(), Map.of("mentorId", staffId("kzmol1"),
        "youngTeacherId", staffId("kzmol2")))).hasMessageContaining("молодой педагог этой программы");
    assertThatThrownBy(() -> head.complete(second.getId(), Map.of("mentorId", staffId("kznast2"),
        "youngTeacherId", staffId("kznast1")))).hasMessageContaining("уже назначен наставником в этой программе");
    assertThat(records.of(program.getId(), ProgramRecord.Kind.MENTORSHIP_APPOINTMENT)).singleElement()
        .satisfies(r -> assertThat(r.getDetails()).contains("Оспанова", "Нурланова"));
    assertThat(kzTask(key, "Task_AppointMentor").getId()).isEqualTo(second.getId());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("kz-mentorship").processInstanceBusinessKey(key)
        .count()).isZero();
    head.complete(second.getId(), Map.of("mentorId", staffId("kznast2"), "youngTeacherId", staffId("kzmol2")));

    // two mentorships side by side, each with its own mentor; every task names its young teacher
    assertThat(records.of(program.getId(), ProgramRecord.Kind.MENTORSHIP_APPOINTMENT)).hasSize(2);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("kz-mentorship").processInstanceBusinessKey(key)
        .list()).hasSize(2).allSatisfy(pi -> assertThat(pi.getTenantId()).isEqualTo("kz"));
    assertThat(kzTask(key, "Task_DiagnoseTeacher", a).getAssignee()).isEqualTo("kznast1");
    assertThat(kzTask(key, "Task_DiagnoseTeacher", b).getAssignee()).isEqualTo("kznast2");
    assertThat(kzTask(key, "Task_DiagnoseTeacher", a).getDescription()).contains(a, "Оспанова Динара Кайратовна");
    assertThat(ospanova.tasks()).extracting(t -> t.path("name").asText()).anyMatch(n -> n.contains(a))
        .noneMatch(n -> n.contains(b));
    assertThat(kim.tasks()).extracting(t -> t.path("name").asText()).anyMatch(n -> n.contains(b))
        .noneMatch(n -> n.contains(a));
    ospanova.complete(kzTask(key, "Task_DiagnoseTeacher", a).getId(), Map.of("uiLevel", "Математика: слабо — методика",
        "uiNeeds", "Планирование уроков алгебры"));
    kim.complete(kzTask(key, "Task_DiagnoseTeacher", b).getId(), Map.of("uiLevel", "Физика: слабо — лабораторные работы",
        "uiNeeds", "Техника безопасности в кабинете физики"));
    Map<String, Object> planA = new HashMap<>(Map.of("uiGoals", "Адаптация учителя математики",
        "uiDirections", "Методическая помощь по алгебре", "uiActivities", "сентябрь — посещение уроков алгебры"));
    ospanova.complete(kzTask(key, "Task_DraftMentoringPlan", a).getId(), planA);
    kim.complete(kzTask(key, "Task_DraftMentoringPlan", b).getId(), Map.of("uiGoals", "Адаптация учителя физики",
        "uiDirections", "Лабораторный практикум", "uiActivities", "октябрь — лабораторная работа с классом"));

    // each plan is its own document and names its own pair
    ru.nastavnik.documents.Document.Status active = ru.nastavnik.documents.Document.Status.ACTIVE;
    ru.nastavnik.documents.Document.Status cancelled = ru.nastavnik.documents.Document.Status.CANCELLED;
    ru.nastavnik.documents.Document planB = documentsOf(program, DocumentKind.MENTORSHIP_PLAN, "kzmol2", active).get(0);
    ru.nastavnik.documents.Document planA1 = documentsOf(program, DocumentKind.MENTORSHIP_PLAN, "kzmol1", active).get(0);
    assertThat(DocxRead.text(docx(planA1))).contains("Оспанова", "Нурланова", "Математика: слабо — методика",
        "Адаптация учителя математики", "посещение уроков алгебры")
        .doesNotContain("Ким").doesNotContain("Беков").doesNotContain("Физика: слабо").doesNotContain("{{");
    assertThat(DocxRead.text(docx(planB))).contains("Ким", "Беков", "Физика: слабо — лабораторные работы",
        "Адаптация учителя физики", "лабораторная работа с классом")
        .doesNotContain("Оспанова").doesNotContain("Нурланова").doesNotContain("алгебр").doesNotContain("{{");
    assertThat(planA1.getTitle()).contains("Нурланова");
    assertThat(planB.getTitle()).contains("Беков");

    // the deputy has two plans to agree and tells them apart; returning A's plan cancels only A's plan
    assertThat(deputy.tasks()).extracting(t -> t.path("name").asText()).filteredOn(n -> n.startsWith("Согласовать"))
        .containsExactlyInAnyOrder("Согласовать план наставничества — молодой педагог " + a,
            "Согласовать план наставничества — молодой педагог " + b);
    deputy.complete(kzTask(key, "Task_AgreeMentoringPlan", a).getId(), Map.of("decision", "return",
        "uiComment", "Добавьте уроки геометрии"));
    Task redraft = kzTask(key, "Task_DraftMentoringPlan", a);
    assertThat(redraft.getAssignee()).isEqualTo("kznast1");
    assertThat(ospanova.formVariables(redraft.getId()).toString()).contains("Добавьте уроки геометрии");
    assertThat(kzTask(key, "Task_DraftMentoringPlan", b)).as("B's plan did not come back").isNull();
    planA.put("uiActivities", "сентябрь — посещение уроков алгебры\nоктябрь — посещение уроков геометрии");
    ospanova.complete(redraft.getId(), planA);
    ru.nastavnik.documents.Document planA2 = documentsOf(program, DocumentKind.MENTORSHIP_PLAN, "kzmol1", active).get(0);
    assertThat(planA2.getId()).isNotEqualTo(planA1.getId());
    assertThat(documentsOf(program, DocumentKind.MENTORSHIP_PLAN, "kzmol1", cancelled)).extracting(d -> d.getId())
        .containsExactly(planA1.getId());
    assertThat(documentsOf(program, DocumentKind.MENTORSHIP_PLAN, "kzmol2", active)).extracting(d -> d.getId())
        .containsExactly(planB.getId());
    assertThat(documentsOf(program, DocumentKind.MENTORSHIP_PLAN, "kzmol2", cancelled)).isEmpty();
    assertThat(DocxRead.table(docx(planA2), "№", "Сроки")).hasSize(3);
    assertThat(DocxRead.table(docx(planB), "№", "Сроки")).hasSize(2);

    // both agreed and approved; the year's work and the reports, each by its own mentor
    for (String young : List.of(a, b)) {
      deputy.complete(kzTask(key, "Task_AgreeMentoringPlan", young).getId(), Map.of("decision", "approve"));
      head.complete(kzTask(key, "Task_ApproveMentoringPlan", young).getId(), Map.of("decision", "approve"));
    }
    ospanova.complete(kzTask(key, "Task_ImplementPlan", a).getId(), Map.of("uiResult", "План по алгебре выполнен"));
    assertThat(kzTask(key, "Task_HearReportAtCouncil")).as("the council waits for every mentorship").isNull();
    ospanova.complete(kzTask(key, "Task_PrepareCouncilReport", a).getId(), Map.of(
        "uiResults", "Посещено 10 уроков алгебры и геометрии", "uiRecommendations", "Открытый урок по геометрии"));
    assertThat(kzTask(key, "Task_HearReportAtCouncil")).as("B's mentorship still runs").isNull();
    kim.complete(kzTask(key, "Task_ImplementPlan", b).getId(), Map.of("uiResult", "План по физике выполнен"));
    kim.complete(kzTask(key, "Task_PrepareCouncilReport", b).getId(), Map.of(
        "uiResults", "Проведено 6 лабораторных работ", "uiRecommendations", "Кружок экспериментальной физики"));

    // one report per mentorship, read back: its own pair, plan and recommendations
    ru.nastavnik.documents.Document reportA = documentsOf(program, DocumentKind.COUNCIL_REPORT, "kzmol1", active).get(0);
    ru.nastavnik.documents.Document reportB = documentsOf(program, DocumentKind.COUNCIL_REPORT, "kzmol2", active).get(0);
    assertThat(DocxRead.text(docx(reportA))).contains("Оспанова", "Нурланова", "Посещено 10 уроков алгебры и геометрии",
        "Адаптация учителя математики", "утверждён руководителем организации")
        .doesNotContain("Ким").doesNotContain("Беков").doesNotContain("лабораторн");
    assertThat(DocxRead.text(docx(reportB))).contains("Ким", "Беков", "Проведено 6 лабораторных работ",
        "Адаптация учителя физики", "утверждён руководителем организации")
        .doesNotContain("Оспанова").doesNotContain("Нурланова").doesNotContain("алгебр");
    assertThat(DocxRead.table(docx(reportA), "№", "Рекомендация")).extracting(row -> row.get(1))
        .containsExactly("Рекомендация", "Открытый урок по геометрии");
    assertThat(DocxRead.table(docx(reportA), "№", "Сроки")).hasSize(3);
    // every step's record belongs to its mentorship
    assertThat(records.of(program.getId(), ProgramRecord.Kind.MENTORSHIP_PLAN)).hasSize(3);
    assertThat(records.of(program.getId(), ProgramRecord.Kind.PLAN_REVIEW)).hasSize(5);
    assertThat(records.of(program.getId(), ProgramRecord.Kind.COUNCIL_REPORT)).hasSize(2)
        .allSatisfy(r -> assertThat(r.getDetails()).contains("\"appointment\""));

    // the head hears both reports at one council and the program ends
    Task hear = kzTask(key, "Task_HearReportAtCouncil");
    assertThat(tasks.getIdentityLinksForTask(hear.getId())).extracting(IdentityLink::getGroupId).contains("director");
    assertThat(hear.getDescription()).contains("Отчёты о результатах наставничества (2)", "молодой педагог " + a
        + ", наставник Оспанова Динара Кайратовна", "молодой педагог " + b + ", наставник Ким Виктория Олеговна");
    head.complete(hear.getId(), Map.of("uiResult", "Отчёты заслушаны"));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("mentoring-program")
        .processInstanceBusinessKey(key).singleResult().getEndActivityId()).isEqualTo("EndEvent_ProgramCompleted");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("kz-mentorship")
        .processInstanceBusinessKey(key).finished().count()).isEqualTo(2);
  }

  /** Deploys one kz program diagram for tenant kz with the forms its tasks use; it becomes the latest. */
  void deployKzProgram(String name, byte[] bpmn) {
    repository.createDeployment().tenantId("kz").name(name)
        .addInputStream("mentoring-program.bpmn", new java.io.ByteArrayInputStream(bpmn))
        .addClasspathResource("nastavnik/forms/form-mentorship-appointment.form")
        .addClasspathResource("nastavnik/forms/form-variant-step.form")
        .addClasspathResource("nastavnik/forms/form-council-report.form")
        .addClasspathResource("nastavnik/forms/form-fix-requisites.form")
        .deploy();
  }

  @Test
  void seed003OneMentorMayHaveTwoYoungTeachers() {
    MentoringProgram program = programs.start("kz", "2037/38");
    String key = program.getBusinessKey();
    ru.nastavnik.e2e.ApiClient head = new ru.nastavnik.e2e.ApiClient(rest, "kzdir", PASSWORD);
    head.complete(kzTask(key, "Task_AppointMentor").getId(), Map.of("mentorId", staffId("kznast1"),
        "youngTeacherId", staffId("kzmol1"), "appointAnother", true));
    head.complete(kzTask(key, "Task_AppointMentor").getId(), Map.of("mentorId", staffId("kznast1"),
        "youngTeacherId", staffId("kzmol2")));
    // two mentorships of Оспанова: both diagnostics are hers, each naming its young teacher
    assertThat(kzTask(key, "Task_DiagnoseTeacher", "Нурланова Асем Ерлановна").getAssignee()).isEqualTo("kznast1");
    assertThat(kzTask(key, "Task_DiagnoseTeacher", "Беков Тимур Аскарович").getAssignee()).isEqualTo("kznast1");
    assertThat(new ru.nastavnik.e2e.ApiClient(rest, "kznast2", PASSWORD).tasks()).extracting(t -> t.path("taskDefinitionKey")
        .asText()).doesNotContain("Task_DiagnoseTeacher");
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
        .rootProcessInstances().singleResult().getId(), "test");
  }

  @Test
  void seed003AProgramBegunOnTheOneMentorshipDiagramRunsOnWithTheCurrentStage() throws Exception {
    // a program begun on kz 2.2.0 (one mentorship a program), then the current diagram is deployed again
    MentoringProgram program;
    try (java.io.InputStream old = getClass().getResourceAsStream("/variants/kz-mentoring-program-2.2.0.bpmn")) {
      deployKzProgram("school-kz-2.2.0", old.readAllBytes());
      program = programs.start("kz", "2036/37");
    } finally {
      deployKzProgram("school-kz-current", Files.readAllBytes(Path.of("processes/schools/kz/mentoring-program.bpmn")));
    }
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("mentoring-program").tenantIdIn("kz")
        .latestVersion().singleResult().getVersionTag()).isEqualTo("3.0.0");
    String key = program.getBusinessKey();
    ProcessInstance root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).rootProcessInstances()
        .singleResult();
    assertThat(repository.getProcessDefinition(root.getProcessDefinitionId()).getVersionTag()).isEqualTo("2.2.0");
    appointKzMentor(program);
    // its one mentorship calls the current introductory stage: the same steps, for the appointed mentor
    ProcessInstance stage = runtime.createProcessInstanceQuery().processDefinitionKey("stage-introductory")
        .processInstanceBusinessKey(key).singleResult();
    assertThat(repository.getProcessDefinition(stage.getProcessDefinitionId()).getVersionTag()).isEqualTo("3.0.0");
    ru.nastavnik.e2e.ApiClient mentor = new ru.nastavnik.e2e.ApiClient(rest, "kznast1", PASSWORD);
    ru.nastavnik.e2e.ApiClient deputy = new ru.nastavnik.e2e.ApiClient(rest, "kzzam", PASSWORD);
    ru.nastavnik.e2e.ApiClient head = new ru.nastavnik.e2e.ApiClient(rest, "kzdir", PASSWORD);
    Task diagnostics = kzTask(key, "Task_DiagnoseTeacher");
    assertThat(diagnostics.getAssignee()).isEqualTo("kznast1");
    assertThat(diagnostics.getName()).isEqualTo("Провести диагностику уровня подготовки и индивидуальных потребностей педагога");
    mentor.complete(diagnostics.getId(), Map.of("uiLevel", "Владеет предметом", "uiNeeds", "Планирование уроков"));
    mentor.complete(kzTask(key, "Task_DraftMentoringPlan").getId(), Map.of("uiGoals", "Адаптация в коллективе",
        "uiDirections", "Методическая помощь", "uiActivities", "сентябрь — посещение уроков"));
    deputy.complete(kzTask(key, "Task_AgreeMentoringPlan").getId(), Map.of("decision", "approve"));
    head.complete(kzTask(key, "Task_ApproveMentoringPlan").getId(), Map.of("decision", "approve"));
    mentor.complete(kzTask(key, "Task_ImplementPlan").getId(), Map.of("uiResult", "План выполнен"));
    mentor.complete(kzTask(key, "Task_PrepareCouncilReport").getId(), Map.of("uiResults", "Посещено 8 уроков",
        "uiRecommendations", "Продолжить посещение уроков"));
    head.complete(kzTask(key, "Task_HearReportAtCouncil").getId(), Map.of("uiResult", "Отчёт заслушан"));
    // the plan and the report of the program's one mentorship name its pair
    assertThat(DocxRead.text(docx(activeDocument(program, DocumentKind.MENTORSHIP_PLAN))))
        .contains("Оспанова", "Нурланова", "Адаптация в коллективе").doesNotContain("Беков");
    assertThat(DocxRead.text(docx(activeDocument(program, DocumentKind.COUNCIL_REPORT))))
        .contains("Оспанова", "Нурланова", "Посещено 8 уроков", "утверждён руководителем организации");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(root.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_ProgramCompleted");
  }

  @Test
  void seed003MissingRequisitesGoToTheHeadAndThePlanIsMadeAgain() {
    MentoringProgram program = programs.start("kz", "2034/35");
    String key = program.getBusinessKey();
    appointKzMentor(program);
    ru.nastavnik.school.School kz = schools.findByCode("kz").orElseThrow();
    String headTitle = kz.getHeadTitle();
    kz.setHeadTitle(" ");
    schools.save(kz);
    try {
      ru.nastavnik.e2e.ApiClient mentor = new ru.nastavnik.e2e.ApiClient(rest, "kznast1", PASSWORD);
      mentor.complete(kzTask(key, "Task_DiagnoseTeacher").getId(), Map.of("uiLevel", "Владеет предметом",
          "uiNeeds", "Планирование уроков"));
      mentor.complete(kzTask(key, "Task_DraftMentoringPlan").getId(), Map.of("uiGoals", "Адаптация",
          "uiDirections", "Методическая помощь", "uiActivities", "сентябрь — посещение уроков"));
      // no incident: the head is asked for the missing requisite, the plan waits
      Task fix = kzTask(key, "Task_FixRequisitesPlan");
      assertThat(fix).as("the head's task to fill in the requisites").isNotNull();
      assertThat(tasks.getIdentityLinksForTask(fix.getId())).extracting(IdentityLink::getGroupId).contains("director");
      assertThat(runtime.createIncidentQuery().list()).noneMatch(i -> "kz".equals(i.getTenantId()));
      assertThat(documentRepository.findByProgramAndKind(program.getId(), DocumentKind.MENTORSHIP_PLAN,
          ru.nastavnik.documents.Document.Status.ACTIVE)).isEmpty();
      new ru.nastavnik.e2e.ApiClient(rest, "kzdir", PASSWORD).complete(fix.getId(), Map.of(
          "uiFullName", kz.getFullName(), "uiShortName", kz.getShortName(), "uiHeadTitle", headTitle,
          "uiHeadName", kz.getHeadName(), "uiAddress", kz.getAddress(), "uiLocality", kz.getLocality()));
      // the plan is made with the head's title and goes to the deputy
      assertThat(kzTask(key, "Task_AgreeMentoringPlan")).isNotNull();
      assertThat(DocxRead.text(docx(activeDocument(program, DocumentKind.MENTORSHIP_PLAN)))).contains(headTitle);
    } finally {
      ru.nastavnik.school.School restored = schools.findByCode("kz").orElseThrow();
      restored.setHeadTitle(headTitle);
      schools.save(restored);
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).rootProcessInstances().list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test"));
    }
  }

  @Test
  void seed003IntroductoryStageOverTenDaysGoesToTheHead() {
    MentoringProgram program = programs.start("kz", "2028/29");
    appointKzMentor(program);
    ProcessInstance stage = runtime.createProcessInstanceQuery().processDefinitionKey("stage-introductory")
        .processInstanceBusinessKey(program.getBusinessKey()).singleResult();
    org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(stage.getId()).timers()
        .singleResult();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    assertThat(timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Almaty")).toLocalDate()).isEqualTo(today.plusDays(10));
    management.executeJob(timer.getId());
    // the head gets the overdue stage, the mentor's diagnostics stay open
    assertThat(tasks.createTaskQuery().processInstanceId(stage.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_DiagnoseTeacher", "Task_ReviewOverdueIntroductory");
    assertThat(tasks.createTaskQuery().processInstanceId(stage.getId()).taskDefinitionKey("Task_ReviewOverdueIntroductory")
        .taskCandidateGroup("director").count()).isOne();
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(program.getBusinessKey())
        .rootProcessInstances().singleResult().getId(), "test");
  }

  @Test
  void seed004RunsItsSevenStagesWithConsentsAndInformationSupportThroughout() {
    SchoolProgramDriver run = runToEnd("stepnoe", YEAR);
    assertThat(run.worked)
        .containsEntry("Task_SurveyPotentialMentors", "curator")
        .containsEntry("Task_RecordMenteeConsents", "curator")
        .containsEntry("Task_ConfirmPairConsents", "curator")
        .containsEntry("Task_ApprovePairs", "director")
        .containsEntry("Task_HoldRoundTable", "deputy")
        .containsEntry("Task_InformationSupport", "deputy");
    assertThat(calledStages(lastProgram)).containsOnlyKeys("stage-preparation", "stage-mentee-base",
        "stage-mentor-selection", "stage-pairs", "stage-pair-work", "stage-completion");
    assertThat(run.dues.get("Task_HoldRoundTable").toLocalDate()).hasToString((Y1 + 1) + "-05-25");
    // 25 September, or a few days from today when the program starts later in the year
    assertThat(run.dues.get("Task_SurveyPotentialMentors").toLocalDate()).isAfterOrEqualTo(LocalDate.of(Y1, 9, 25));
    // written consent to additional duties (the pair order) and personal-data consents, per person
    StaffMember mentee = staff.findBySchoolAndRole("stepnoe", ru.nastavnik.staff.Role.MENTEE).get(0);
    assertThat(consents.findByStaff(mentee.getId())).extracting(c -> c.getPurpose().name())
        .contains("PERSONAL_DATA", "ADDITIONAL_DUTIES");
    assertThat(recorded(lastProgram)).contains(ProgramRecord.Kind.ORDER_ORGANISATION, ProgramRecord.Kind.ORDER_PAIRS);
    // seed 004's roadmap rows 1–6 are linked to the stages and close with them; row 7 runs all year
    assertThat(rowsClosedByStage("stepnoe", YEAR)).contains("1.", "2.", "3.", "4.", "5.", "6.").doesNotContain("7.");
  }

  @Test
  void seed002KeepsTheSharedProgramAndASchoolsOwnStageIsCalled() {
    // starica (seed 002) has no diagram of its own: its programs run the shared definition
    assertThat(definitions.hasOwn("starica", "mentoring-program")).isFalse();
    assertThat(deployer.hasVariants("starica")).isFalse();

    // a school with only its own preparation stage: the shared program calls the school's stage
    schools.save(new School("calltest", "Школа для проверки", "Школа для проверки вызова", "Школа", "Иванов И. И.",
        "Директор", "адрес", "город"));
    repository.createDeployment().tenantId("calltest").name("school-calltest")
        .addString("processes/schools/calltest/stage-preparation.bpmn", OWN_PREPARATION)
        .addClasspathResource("nastavnik/forms/form-variant-step.form").deploy();
    MentoringProgram program = programs.start("calltest", "2025/26");
    ProcessInstance root = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(program.getBusinessKey()).rootProcessInstances().singleResult();
    assertThat(repository.getProcessDefinition(root.getProcessDefinitionId()).getTenantId()).isNull();
    assertThat(root.getTenantId()).isEqualTo("calltest");
    ProcessInstance stage = runtime.createProcessInstanceQuery().superProcessInstanceId(root.getId()).singleResult();
    ProcessDefinition called = repository.getProcessDefinition(stage.getProcessDefinitionId());
    assertThat(called.getKey()).isEqualTo("stage-preparation");
    assertThat(called.getTenantId()).isEqualTo("calltest");
  }

  @Test
  void aRedeployOfOneSchoolLeavesTheOthersUnchanged(@TempDir Path dir) throws Exception {
    Map<String, String> before = latestPrograms();
    TenantDeployer.Result same = deployer.deploy("kz");
    assertThat(same.changed()).isFalse();
    assertThat(latestPrograms()).isEqualTo(before);
    MentoringProgram running = programs.start("kz", "2029/30");
    String runningId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(running.getBusinessKey())
        .rootProcessInstances().singleResult().getId();

    // the administrator edits kz's diagram in its folder and asks for a redeploy
    copy(Path.of("processes/schools"), dir);
    Path kz = dir.resolve("kz/mentoring-program.bpmn");
    Files.writeString(kz, Files.readString(kz).replace("camunda:versionTag=\"3.0.0\"", "camunda:versionTag=\"3.1.0\"")
        .replace("заслушать отчёты наставников на заседании", "обсудить отчёты наставников на заседании"));
    TenantDeployer edited = new TenantDeployer(repository, dir.toString());
    TenantDeployer.Result result = edited.deploy("kz");
    assertThat(result.changed()).isTrue();
    assertThat(result.resources()).containsKey("forms/form-variant-step.form");
    assertThat(edited.deploy("kz").changed()).isFalse();

    Map<String, String> after = latestPrograms();
    assertThat(after.get("kz")).isNotEqualTo(before.get("kz"));
    assertThat(repository.getProcessDefinition(after.get("kz")).getVersionTag()).isEqualTo("3.1.0");
    for (String other : List.of("iroso", "akbulak", "stepnoe", "shared")) {
      assertThat(after.get(other)).as(other).isEqualTo(before.get(other));
    }
    MentoringProgram next = programs.start("kz", "2027/28");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(next.getBusinessKey())
        .rootProcessInstances().singleResult().getProcessDefinitionId()).isEqualTo(after.get("kz"));
    MentoringProgram otherNext = programs.start("iroso", "2027/28");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(otherNext.getBusinessKey())
        .singleResult().getProcessDefinitionId()).isEqualTo(before.get("iroso"));

    // the program already running keeps its version until the administrator migrates it (REST, HTTP Basic)
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(runningId).singleResult()
        .getProcessDefinitionId()).isEqualTo(before.get("kz"));
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> plan = rest.withBasicAuth("admin", ADMIN_PASSWORD).postForEntity("/engine-rest/migration/generate",
        new HttpEntity<>("{\"sourceProcessDefinitionId\":\"" + before.get("kz") + "\",\"targetProcessDefinitionId\":\""
            + after.get("kz") + "\",\"updateEventTriggers\":true}", json), String.class);
    assertThat(plan.getStatusCode().value()).as(plan.getBody()).isEqualTo(200);
    assertThat(plan.getBody()).contains("CallActivity_Mentorships");
    ResponseEntity<String> migrated = rest.withBasicAuth("admin", ADMIN_PASSWORD).postForEntity("/engine-rest/migration/execute",
        new HttpEntity<>("{\"migrationPlan\":" + plan.getBody() + ",\"processInstanceIds\":[\"" + runningId + "\"]}", json),
        String.class);
    assertThat(migrated.getStatusCode().value()).as(migrated.getBody()).isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(runningId).singleResult()
        .getProcessDefinitionId()).isEqualTo(after.get("kz"));
    // the migrated program still runs where it stood: the head's appointment of the mentor
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(running.getBusinessKey()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_AppointMentor");

    // the same through the application's endpoint: only an administrator may redeploy
    assertThat(rest.withBasicAuth("admin", ADMIN_PASSWORD)
        .postForEntity("/api/admin/schools/kz/redeploy", null, String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(rest.withBasicAuth("kzdir", PASSWORD)
        .postForEntity("/api/admin/schools/kz/redeploy", null, String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aDiagramThatBreaksTheContractIsRefusedWithAReason() throws Exception {
    String good = Files.readString(Path.of("processes/schools/stepnoe/mentoring-program.bpmn"));
    String noLifecycle = good.replace("<camunda:executionListener delegateExpression=\"${programLifecycle}\" event=\"start\" />", "");
    assertThatThrownBy(() -> repository.createDeployment().tenantId("stepnoe")
        .addString("mentoring-program.bpmn", noLifecycle).deploy())
        .isInstanceOf(VariantContractException.class)
        .hasMessageContaining("Схема школы «stepnoe» отклонена")
        .hasMessageContaining("${programLifecycle}")
        .hasMessageContaining("форма «form-variant-step» не входит в развёртывание");

    String kz = Files.readString(Path.of("processes/schools/kz/mentoring-program.bpmn"));
    String brokenCall = kz.replace("<camunda:in source=\"programId\" target=\"programId\" />", "")
        .replace("calledElement=\"kz-mentorship\"", "calledElement=\"stage-unknown\"");
    assertThatThrownBy(() -> repository.createDeployment().tenantId("kz")
        .addString("mentoring-program.bpmn", brokenCall).deploy())
        .isInstanceOf(VariantContractException.class)
        .hasMessageContaining("programId")
        .hasMessageContaining("«stage-unknown» не найден");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("mentoring-program")
        .tenantIdIn("stepnoe", "kz").versionTag("2.0.0").count()).isPositive();

    // Camunda's REST API as an administrator with HTTP Basic: refused with the reason, 400
    ResponseEntity<String> refused = restDeploy("stepnoe", noLifecycle);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("отклонена").contains("programLifecycle");
    // a diagram that keeps the contract is accepted for that tenant
    ResponseEntity<String> accepted = restDeploy("stepnoe", good.replace("camunda:versionTag=\"2.0.0\"", "camunda:versionTag=\"2.0.1\""));
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("mentoring-program")
        .tenantIdIn("stepnoe").latestVersion().singleResult().getVersionTag()).isEqualTo("2.0.1");
  }

  ResponseEntity<String> restDeploy(String tenant, String bpmn) throws Exception {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "school-" + tenant);
    body.add("tenant-id", tenant);
    body.add("deploy-changed-only", "false");
    body.add("data", file("mentoring-program.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));
    body.add("form", file("form-variant-step.form", Files.readAllBytes(Path.of("forms/form-variant-step.form"))));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", ADMIN_PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  static ByteArrayResource file(String name, byte[] bytes) {
    return new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  Map<String, String> latestPrograms() {
    Map<String, String> ids = new HashMap<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().processDefinitionKey("mentoring-program")
        .latestVersion().list()) {
      ids.put(d.getTenantId() == null ? "shared" : d.getTenantId(), d.getId());
    }
    return ids;
  }

  static void copy(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static final String OWN_PREPARATION = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_calltest" targetNamespace="http://nastavnik.ru/bpmn/calltest">
        <bpmn:process id="stage-preparation" name="Подготовка (своя схема школы)" isExecutable="true" camunda:historyTimeToLive="1095" camunda:versionTag="1.0.0">
          <bpmn:startEvent id="StartEvent_Own" />
          <bpmn:sequenceFlow id="Flow_OwnStartToTask" sourceRef="StartEvent_Own" targetRef="Task_OwnPreparation" />
          <bpmn:userTask id="Task_OwnPreparation" name="Подготовить условия" camunda:formRef="form-variant-step" camunda:formRefBinding="deployment" camunda:candidateGroups="director" />
          <bpmn:sequenceFlow id="Flow_OwnTaskToEnd" sourceRef="Task_OwnPreparation" targetRef="EndEvent_Own" />
          <bpmn:endEvent id="EndEvent_Own" />
        </bpmn:process>
      </bpmn:definitions>
      """;
}
