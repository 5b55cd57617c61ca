package ru.nastavnik.variants;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import ru.nastavnik.e2e.ApiClient;
import ru.nastavnik.e2e.FormAutoAnswer;
import ru.nastavnik.program.ProgramProcess.Completion;
import ru.nastavnik.program.ProgramProcess.MenteeBase;
import ru.nastavnik.program.ProgramProcess.MentorSelection;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.program.ProgramProcess.Pairs;
import ru.nastavnik.program.ProgramProcess.Preparation;
import ru.nastavnik.program.ProgramProcess.Support;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Works a school's program through the REST API as the school's own people would, until no task
 * of the program is left: the shared stages' tasks with the values their forms ask for (ids of the
 * school's own staff), the school's own steps with a short note. Roadmap tasks are left alone.
 */
class SchoolProgramDriver {

  static final String PASSWORD = "Test#Pass2025";

  private final TestRestTemplate rest;
  private final TaskService tasks;
  private final ManagementService management;
  private final RepositoryService repository;
  private final StaffRepository staff;
  private final String school;
  private final String today = LocalDate.now().toString();
  private final Map<String, Integer> meetingsLogged = new HashMap<>();

  /** Task key → the group (or «assignee») that worked it, in the order worked. */
  final Map<String, String> worked = new LinkedHashMap<>();
  /** Task key → its due date as Tasklist shows it. */
  final Map<String, ZonedDateTime> dues = new HashMap<>();

  SchoolProgramDriver(TestRestTemplate rest, TaskService tasks, ManagementService management,
      RepositoryService repository, StaffRepository staff, String school) {
    this.rest = rest;
    this.tasks = tasks;
    this.management = management;
    this.repository = repository;
    this.staff = staff;
    this.school = school;
  }

  /** Works every task of the program with this business key until none is left. */
  void run(String businessKey) {
    for (int round = 0; round < 200; round++) {
      runDueJobs();
      List<Task> open = tasks.createTaskQuery().tenantIdIn(school).processInstanceBusinessKeyLike(businessKey + "%")
          .orderByTaskCreateTime().asc().list().stream()
          .filter(t -> !repository.getProcessDefinition(t.getProcessDefinitionId()).getKey().contains("roadmap"))
          .toList();
      if (open.isEmpty()) {
        return;
      }
      Task task = open.get(0);
      assertThat(task.getTenantId()).isEqualTo(school);
      String user;
      String group;
      if (task.getAssignee() != null) {
        user = task.getAssignee();
        group = "assignee";
      } else {
        group = tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
            .map(IdentityLink::getGroupId).findFirst().orElseThrow();
        user = first(roleOf(group)).getUsername();
      }
      if (task.getDueDate() != null) {
        dues.put(task.getTaskDefinitionKey(), task.getDueDate().toInstant().atZone(ZoneId.of("UTC")));
      }
      ApiClient client = new ApiClient(rest, user, PASSWORD);
      client.complete(task.getId(), values(task, client));
      worked.put(task.getTaskDefinitionKey(), group);
    }
    throw new AssertionError("the program of " + school + " did not end in 200 tasks: " + worked.keySet());
  }

  private Map<String, Object> values(Task task, ApiClient client) {
    Map<String, Object> v = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case Preparation.ISSUE_ORDER -> v.put("regulationApproved", true);
      case Preparation.APPOINT_CURATOR -> v.put("curatorId", id(first(Role.CURATOR)));
      case "Task_AppointMentor" -> {
        // seed 003: the head appoints the demo school's second mentor to its second young teacher (not the first ones)
        v.put("mentorId", id(staff.findByUsername("kznast2").orElseThrow()));
        v.put("youngTeacherId", id(staff.findByUsername("kzmol2").orElseThrow()));
      }
      case Preparation.SIGN_CURATOR_ORDER -> v.put("decision", "approve");
      case Preparation.CHOOSE_FORMS -> v.put("interactionForms", List.of("F1", "F5"));
      case Preparation.INFORM_STAFF -> {
        v.put("councilDate", today);
        v.put("protocolNumber", "3");
        v.put("informChannels", List.of("Педагогический совет", "Сайт школы"));
      }
      case MenteeBase.SELECT_MENTEES -> v.put("menteeIds", ids(Role.MENTEE));
      case MenteeBase.RECORD_CONSENTS -> {
        v.put("consentedIds", ids(Role.MENTEE));
        v.put("consentDate", today);
        v.put("consentMethod", "письменно (бумажный бланк)");
      }
      case MenteeBase.APPROVE_BASE -> {
        v.put("decision", "approve");
        v.put("uiDiagnosticsSummary", "Основные дефициты: организация урока");
      }
      case MentorSelection.SELECT_CANDIDATES -> v.put("candidateIds", ids(Role.MENTOR));
      case MentorSelection.RECORD_TRAINING -> {
        v.put("trainedIds", ids(Role.MENTOR));
        v.put("trainingDate", today);
      }
      case Pairs.FORM_PAIRS -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        ApiClient.read(client.formVariables(task.getId()).get(Pairs.ROWS)).forEach(r -> rows.add(Map.of(
            "menteeId", r.path("menteeId").asText(), "mentorId", r.path("mentorId").asText(),
            "interactionForm", r.path("interactionForm").asText("F1"))));
        assertThat(rows).as("the matching proposes pairs").isNotEmpty();
        v.put(Pairs.ROWS, rows);
      }
      case Pairs.CONFIRM_CONSENTS -> {
        List<String> pairIds = new ArrayList<>();
        ApiClient.read(client.formVariables(task.getId()).get("uiPairOptions"))
            .forEach(o -> pairIds.add(o.path("value").asText()));
        v.put("consentedPairIds", pairIds);
        v.put("consentDate", today);
      }
      case Support.SUPPORT -> {
        v.put("supportForm", "Индивидуальная консультация");
        v.put("supportDate", today);
      }
      case Support.CONTINUE_SEARCH -> {
        v.put("searchDecision", "found");
        v.put("mentorId", id(first(Role.MENTOR)));
        v.put("interactionForm", "F1");
      }
      case PairWork.MID_YEAR_MONITORING -> {
        v.put("monitoringDate", today);
        v.put("respondents", 5);
        v.put("uiMonitoringSummary", "Участники удовлетворены работой пар");
      }
      case PairWork.DRAFT_PLAN -> {
        v.put("meetingDate", today);
        v.put("uiPlanGoals", "Освоить приёмы организации урока");
        v.put("uiPlanActivities", "Посещение уроков наставника");
      }
      case PairWork.LOG_MEETING -> {
        int n = meetingsLogged.merge(task.getProcessInstanceId(), 1, Integer::sum);
        v.put("meetingKind", "LESSON_VISIT");
        v.put("meetingDate", today);
        v.put("uiTopic", "Посещение урока");
        v.put("durationMinutes", 45);
        v.put(PairWork.WORK_FINISHED, n >= 2);
      }
      case PairWork.MENTOR_REPORT -> {
        v.put("uiReport", "План выполнен");
        v.put("uiRecommendations", "Продолжить участие в методическом объединении");
      }
      case PairWork.ACQUAINTANCE, PairWork.TRIAL, PairWork.FINAL_MEETING -> {
        v.put("meetingDate", today);
        v.put("uiTopic", "Встреча");
        v.put("durationMinutes", 40);
        v.put("uiOutcome", "Договорились о следующих шагах");
      }
      case MentorSelection.APPOINT_MENTORS, Pairs.APPROVE_PAIRS, Support.APPROVE_PAIR, PairWork.AGREE_PLAN,
          PairWork.APPROVE_PLAN -> v.put("decision", "approve");
      case Completion.SCORE -> {
        int[] given = {2, 2, 1, 2, 2, 2, 1, 2, 1};
        for (int i = 0; i < given.length; i++) {
          v.put("indicator" + (i + 1), String.valueOf(given[i]));
        }
      }
      case Completion.FINAL_EVENT -> {
        v.put("eventFormat", "Итоговая конференция");
        v.put("eventDate", today);
        v.put("participants", 20);
        v.put("uiMaterials", "Программа конференции, протокол № 1");
        v.put(Completion.PRACTICE_ROWS, List.of(Map.of("title", "Взаимопосещение уроков",
            "author", "Методическое объединение", "description", "Чек-лист наблюдения")));
      }
      case Completion.NOMINATE -> {
        v.put(Completion.MENTORS_OF_THE_YEAR, List.of(id(first(Role.MENTOR))));
        JsonNode pairOptions = ApiClient.read(client.formVariables(task.getId()).get("uiPairOptions"));
        assertThat(pairOptions.size()).as("pairs that worked to nominate").isPositive();
        v.put(Completion.BEST_PAIRS, List.of(pairOptions.get(0).path("value").asText()));
      }
      case Completion.SUM_UP_PAIRS -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        ApiClient.read(client.formVariables(task.getId()).get(Completion.OUTCOME_ROWS)).forEach(r -> rows.add(Map.of(
            "pairId", r.path("pairId").asText(), "goalsReached", "yes", "comment", "Цели плана достигнуты")));
        assertThat(rows).as("a row per pair that worked").isNotEmpty();
        v.put(Completion.OUTCOME_ROWS, rows);
      }
      case Completion.LONG_TERM_BASE -> v.put("futureMentorIds", List.of(id(first(Role.MENTEE))));
      case Completion.AWARD_ORDER, Completion.RESULTS_ORDER -> { }
      default -> {
        // questionnaires, interviews, reviews and the school's own steps: answered from the form itself
        FormAutoAnswer.Answers answers = FormAutoAnswer.answer(client, task.getId());
        v.putAll(answers.values());
        if ("form-variant-step".equals(answers.formId())) {
          v.put("uiResult", "Выполнено: " + task.getName());
          v.put("uiDocument", "№ 1");
        }
      }
    }
    return v;
  }

  /** Runs the asynchronous jobs that are due (document generation, matching, each pair's start). */
  void runDueJobs() {
    ru.nastavnik.engine.DueJobs.run(management, 30);
  }

  StaffMember first(Role role) {
    return staff.findBySchoolAndRole(school, role).stream()
        .min(java.util.Comparator.comparing(StaffMember::getId)).orElseThrow(() ->
            new AssertionError(school + " has nobody with the role " + role));
  }

  List<String> ids(Role role) {
    return staff.findBySchoolAndRole(school, role).stream().map(this::id).sorted().toList();
  }

  String id(StaffMember member) {
    return member.getId().toString();
  }

  static Role roleOf(String group) {
    for (Role r : Role.values()) {
      if (r.groupId().equals(group)) {
        return r;
      }
    }
    throw new AssertionError("no role for the group " + group);
  }

}
