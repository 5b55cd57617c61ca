package ru.nastavnik.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
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
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.school.School;
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

  /** Runs a school's program to its end; returns each task key with the group that worked it. */
  Map<String, String> runToEnd(String school, String year, Map<String, ZonedDateTime> dues) {
    MentoringProgram program = programs.start(school, year);
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(program.getBusinessKey()).rootProcessInstances().singleResult();
    ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    assertThat(definition.getTenantId()).isEqualTo(school);
    Map<String, String> worked = new LinkedHashMap<>();
    for (int guard = 0; guard < 100; guard++) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(program.getBusinessKey()).list();
      if (open.isEmpty()) {
        break;
      }
      for (Task task : open) {
        assertThat(task.getTenantId()).isEqualTo(school);
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElseThrow();
        String user = identity.createUserQuery().memberOfGroup(group).memberOfTenant(school).list().get(0).getId();
        if (task.getDueDate() != null) {
          dues.put(task.getTaskDefinitionKey(), task.getDueDate().toInstant().atZone(ZoneId.of("UTC")));
        }
        identity.setAuthentication(user, List.of(group), List.of(school));
        try {
          // the user sees the task of their own school and group, claims and completes it
          assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(group).count()).isEqualTo(1);
          tasks.claim(task.getId(), user);
          tasks.complete(task.getId(), Map.of("uiResult", "Выполнено: " + task.getName(), "uiDocument", "№ 1"));
        } finally {
          identity.clearAuthentication();
        }
        worked.put(task.getTaskDefinitionKey(), group);
      }
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndTime()).as("the program of %s has ended", school).isNotNull();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_ProgramCompleted");
    assertThat(programRepository.findById(program.getId()).orElseThrow().getStatus().toString()).contains("COMPLETED");
    List<ProgramRecord> notes = records.of(program.getId(), ProgramRecord.Kind.STEP_NOTE);
    assertThat(notes).hasSize(worked.size());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("uiResult").count()).isZero();
    return worked;
  }

  @Test
  void seed000RunsWithTheHeadCoordinatorsMentorsAndMentees() {
    Map<String, ZonedDateTime> dues = new HashMap<>();
    Map<String, String> worked = runToEnd("iroso", "2026/27", dues);
    assertThat(worked).hasSize(16)
        .containsEntry("Task_IssueMentoringDocuments", "director")
        .containsEntry("Task_InterviewMentors", "director")
        .containsEntry("Task_HoldMentorTraining", "curator")
        .containsEntry("Task_JoinIroSoWebinars", "mentor")
        .containsEntry("Task_WorkWithMentor", "mentee")
        .containsEntry("Task_MenteeExitQuestionnaire", "mentee")
        .containsEntry("Task_HoldFinalConference", "director");
    assertThat(dues.get("Task_HoldFinalConference").toLocalDate()).hasToString("2027-06-15");
  }

  @Test
  void seed001RunsEachStageInsideAndOutsideInParallel() {
    MentoringProgram program = programs.start("akbulak", "2024/25");
    Task first = tasks.createTaskQuery().processInstanceBusinessKey(program.getBusinessKey()).singleResult();
    assertThat(first.getTaskDefinitionKey()).isEqualTo("Task_FormTeamAndCurator");
    identity.setAuthentication("akbulakdir", List.of("director"), List.of("akbulak"));
    try {
      tasks.complete(first.getId(), Map.of("uiResult", "Команда и куратор"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(program.getBusinessKey()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("Task_Stage1Internal", "Task_Stage1External");
    runtime.deleteProcessInstance(first.getProcessInstanceId(), "test");
    Map<String, String> worked = runToEnd("akbulak", "2025/26", new HashMap<>());
    assertThat(worked).hasSize(13);
    for (int stage = 1; stage <= 6; stage++) {
      assertThat(worked).containsEntry("Task_Stage" + stage + "Internal", "curator")
          .containsEntry("Task_Stage" + stage + "External", "deputy");
    }
  }

  @Test
  void seed003RunsOneMentorshipOnTheKazakhCalendar() {
    Map<String, ZonedDateTime> dues = new HashMap<>();
    Map<String, String> worked = runToEnd("kz", "2025/26", dues);
    assertThat(worked.keySet()).containsExactly("Task_DiagnoseTeacher", "Task_DraftMentoringPlan",
        "Task_AgreeMentoringPlan", "Task_ApproveMentoringPlan", "Task_ImplementPlan",
        "Task_PrepareCouncilReport", "Task_HearReportAtCouncil");
    assertThat(worked).containsEntry("Task_DiagnoseTeacher", "mentor").containsEntry("Task_DraftMentoringPlan", "mentor")
        .containsEntry("Task_AgreeMentoringPlan", "deputy").containsEntry("Task_ApproveMentoringPlan", "director")
        .containsEntry("Task_PrepareCouncilReport", "mentor");
    // diagnostics within 5 working days: a working day, 5 to 11 calendar days ahead (KZ holidays included)
    ZonedDateTime diagnostics = dues.get("Task_DiagnoseTeacher").withZoneSameInstant(ZoneId.of("Asia/Almaty"));
    assertThat(diagnostics.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(diagnostics.toLocalDate()).isBetween(ZonedDateTime.now().toLocalDate().plusDays(5),
        ZonedDateTime.now().toLocalDate().plusDays(14));
    // the introductory stage is the school's own called process, resolved in its tenant
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("stage-introductory")
        .tenantIdIn("kz").count()).isPositive();
  }

  @Test
  void seed004RunsWithConsentsAndInformationSupportThroughout() {
    Map<String, ZonedDateTime> dues = new HashMap<>();
    Map<String, String> worked = runToEnd("stepnoe", "2027/28", dues);
    assertThat(worked).hasSize(16)
        .containsEntry("Task_MenteeDataConsents", "curator")
        .containsEntry("Task_ConsentToAdditionalDuties", "mentor")
        .containsEntry("Task_IssuePairOrder", "director")
        .containsEntry("Task_InformationSupport", "deputy");
    assertThat(dues.get("Task_AdoptRegulationOrder").toLocalDate()).hasToString("2027-09-10");
    assertThat(dues.get("Task_HoldRoundTable").toLocalDate()).hasToString("2028-05-25");
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

    // the administrator edits kz's diagram in its folder and asks for a redeploy
    copy(Path.of("processes/schools"), dir);
    Path kz = dir.resolve("kz/mentoring-program.bpmn");
    Files.writeString(kz, Files.readString(kz).replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"")
        .replace("Третий этап: рассмотреть отчёт", "Третий этап: заслушать отчёт"));
    TenantDeployer edited = new TenantDeployer(repository, dir.toString());
    TenantDeployer.Result result = edited.deploy("kz");
    assertThat(result.changed()).isTrue();
    assertThat(result.resources()).containsKey("forms/form-variant-step.form");
    assertThat(edited.deploy("kz").changed()).isFalse();

    Map<String, String> after = latestPrograms();
    assertThat(after.get("kz")).isNotEqualTo(before.get("kz"));
    assertThat(repository.getProcessDefinition(after.get("kz")).getVersionTag()).isEqualTo("1.1.0");
    for (String other : List.of("iroso", "akbulak", "stepnoe", "shared")) {
      assertThat(after.get(other)).as(other).isEqualTo(before.get(other));
    }
    MentoringProgram next = programs.start("kz", "2027/28");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(next.getBusinessKey())
        .rootProcessInstances().singleResult().getProcessDefinitionId()).isEqualTo(after.get("kz"));
    MentoringProgram otherNext = programs.start("iroso", "2027/28");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(otherNext.getBusinessKey())
        .singleResult().getProcessDefinitionId()).isEqualTo(before.get("iroso"));

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
        .replace("calledElement=\"stage-introductory\"", "calledElement=\"stage-unknown\"");
    assertThatThrownBy(() -> repository.createDeployment().tenantId("kz")
        .addString("mentoring-program.bpmn", brokenCall).deploy())
        .isInstanceOf(VariantContractException.class)
        .hasMessageContaining("programId")
        .hasMessageContaining("«stage-unknown» не найден");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("mentoring-program")
        .tenantIdIn("stepnoe", "kz").versionTag("1.0.0").count()).isPositive();

    // Camunda's REST API as an administrator with HTTP Basic: refused with the reason, 400
    ResponseEntity<String> refused = restDeploy("stepnoe", noLifecycle);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("отклонена").contains("programLifecycle");
    // a diagram that keeps the contract is accepted for that tenant
    ResponseEntity<String> accepted = restDeploy("stepnoe", good.replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.0.1\""));
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("mentoring-program")
        .tenantIdIn("stepnoe").latestVersion().singleResult().getVersionTag()).isEqualTo("1.0.1");
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
