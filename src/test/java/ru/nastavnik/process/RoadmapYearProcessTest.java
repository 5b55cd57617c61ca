package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.process.RoadmapProcessDoubles.Status.CANCELLED;
import static ru.nastavnik.process.RoadmapProcessDoubles.Status.DONE;
import static ru.nastavnik.process.RoadmapProcessDoubles.Status.NOT_REQUIRED;
import static ru.nastavnik.process.RoadmapProcessDoubles.Status.OPEN;
import static ru.nastavnik.roadmap.RoadmapFixtures.msk;
import static ru.nastavnik.roadmap.RoadmapFixtures.mskDate;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.process.RoadmapProcessDoubles.Alert;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.roadmap.RoadmapProcess;
import ru.nastavnik.roadmap.RowKind;
import ru.nastavnik.roadmap.RowSpec;
import ru.nastavnik.staff.Role;

/**
 * A whole academic year of seed 002's roadmap (with seed 000's event rows), time simulated with
 * {@link ClockUtil}: every row's task appears at the start of its window with the window's end as
 * due date, reminders and escalations fire on the exact working days, linked rows close with their
 * program stage, «в течение года» rows ask for progress notes, event rows open on their event and
 * wait for the next, edits reschedule, and the roadmap completes when the last row closes.
 */
@Deployment(resources = {"nastavnik/processes/annual-roadmap.bpmn", "nastavnik/processes/roadmap-row.bpmn"})
class RoadmapYearProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion
      .builder(ProcessTestDoubles.ENGINE_CONFIG).assertClassCoverageAtLeast(0.9).build();

  RoadmapProcessDoubles rows;

  @BeforeEach
  void setUp() {
    rows = RoadmapProcessDoubles.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aWholeYearOfSeed002() {
    at("2025-04-21T10:00");
    ProcessInstance roadmap = startRoadmap();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(RoadmapProcess.ROW_KEY).count())
        .isEqualTo(18);
    Task review = taskQuery().taskDefinitionKey(RoadmapProcess.REVIEW).singleResult();
    assertThat(review).hasCandidateGroup("curator").hasCandidateGroup("deputy");
    assertThat(review.getDueDate()).isEqualTo(mskDate("2025-05-07T18:00"));
    complete(review);
    assertThat(openRowTasks()).isEmpty();

    // May: the regulation and the forms of mentoring
    runUntil("2025-05-01T00:00");
    assertRowTask("1.1.", Role.DIRECTOR, "2025-05-01T00:00", "2025-08-31T18:00");
    assertRowTask("2.1.", Role.DEPUTY, "2025-05-01T00:00", "2025-08-31T18:00");
    runUntil("2025-06-01T00:00");
    assertRowTask("4.1", Role.DIRECTOR, "2025-06-01T00:00", "2025-08-31T18:00");

    // 20 June: stage I completes — 1.1, 2.1, 4.1 close and 2.2 (August) closes before it opens
    runUntil("2025-06-20T12:00");
    stageCompleted(ProgramProcess.CALL_PREPARATION);
    for (String n : List.of("1.1.", "2.1.", "2.2.", "4.1")) {
      assertThat(rows.status.get(rows.id(n))).as(n).isEqualTo(DONE);
      assertThat(rowInstance(n)).as(n).isNull();
    }

    // August: banks, mentor base, pairs order
    runUntil("2025-08-01T00:00");
    assertRowTask("2.3.", Role.DEPUTY, "2025-08-01T00:00", "2025-09-30T18:00");
    assertRowTask("2.4.", Role.DEPUTY, "2025-08-01T00:00", "2025-09-30T18:00");
    assertRowTask("2.5.", Role.DIRECTOR, "2025-08-01T00:00", "2025-08-31T18:00");

    // 2.5 is not done: reminded three working days before Sunday 31 August, the director told a
    // working day after, the municipal administrator five working days after that
    runUntil("2025-09-10T12:00");
    assertThat(rows.alertsOf(rows.id("2.5."))).containsExactly(
        new Alert(RoadmapProcess.REMIND, rows.id("2.5."), msk("2025-08-27T09:00")),
        new Alert(RoadmapProcess.ESCALATE_DIRECTOR, rows.id("2.5."), msk("2025-09-01T18:00")),
        new Alert(RoadmapProcess.ESCALATE_ADMIN, rows.id("2.5."), msk("2025-09-08T18:00")));
    stageCompleted(ProgramProcess.CALL_PAIRS);
    assertThat(rowTask("2.5.")).isNull();
    assertThat(rows.status.get(rows.id("2.5."))).isEqualTo(DONE);

    // September: IOM maps and the four «в течение года» rows are open
    assertRowTask("2.6.", Role.DIRECTOR, "2025-09-01T00:00", "2025-09-30T18:00");
    assertRowTask("2.8.", Role.DEPUTY, "2025-09-01T00:00", "2026-05-31T18:00");
    assertRowTask("2.10.", Role.PSYCHOLOGIST, "2025-09-01T00:00", "2026-05-31T18:00");
    assertRowTask("2.11.", Role.MENTOR, "2025-09-01T00:00", "2026-05-31T18:00");
    at("2025-09-15T11:00");
    complete(rowTask("2.4."));
    at("2025-09-20T11:00");
    stageCompleted(ProgramProcess.CALL_MENTEE_BASE);
    complete(rowTask("2.6."));
    // every four weeks each «в течение года» row asks for a progress note
    runUntil("2025-10-01T10:00");
    List<Task> notes = taskQuery().taskDefinitionKey(RoadmapProcess.PROGRESS_TASK).list();
    assertThat(notes).hasSize(4);
    assertThat(notes.get(0).getDueDate()).isEqualTo(mskDate("2025-10-06T18:00"));
    notes.forEach(t -> complete(t));
    runUntil("2025-10-05T11:00");
    assertThat(stageCompleted(ProgramProcess.CALL_MENTOR_SELECTION)).isZero();
    for (String n : List.of("2.3.", "2.4.", "2.6.")) {
      assertThat(rows.status.get(rows.id(n))).as(n).isEqualTo(DONE);
      // done before their reminder (25 September): nobody was reminded
      assertThat(rows.alertsOf(rows.id(n))).as(n).isEmpty();
    }


    // new staff on Friday 31 October: 5.1 opens, due ten working days later (1 November works, 3–4 are off)
    runUntil("2025-10-31T15:00");
    trigger("5.1.");
    assertRowTask("5.1.", Role.DIRECTOR, "2025-10-31T15:00", "2025-11-17T18:00");
    runUntil("2025-11-12T10:00");
    complete(rowTask("5.1."));
    assertThat(rowInstance("5.1.")).isNotNull();
    assertThat(rows.status.get(rows.id("5.1."))).isEqualTo(OPEN);
    // and again on 30 December: due after the New Year holidays
    runUntil("2025-12-30T11:00");
    trigger("5.1.");
    assertRowTask("5.1.", Role.DIRECTOR, "2025-12-30T11:00", "2026-01-23T18:00");
    runUntil("2026-01-15T10:00");
    complete(rowTask("5.1."));

    // 5.2 gets a shorter term while it waits, then an internship is planned
    rows.specs.put(rows.id("5.2."), new RowSpec(RowKind.TRIGGER, null, null, 5, Role.DIRECTOR));
    changed("5.2.");
    runUntil("2026-02-02T09:00");
    trigger("5.2.");
    assertRowTask("5.2.", Role.DIRECTOR, "2026-02-02T09:00", "2026-02-09T18:00");
    complete(rowTask("5.2."));

    // the psychologist leaves: 2.10 goes to the curator, its task is replaced
    rows.specs.put(rows.id("2.10."), new RowSpec(RowKind.YEAR_ROUND, java.time.LocalDate.of(2025, 9, 1),
        java.time.LocalDate.of(2026, 5, 31), null, Role.CURATOR));
    changed("2.10.");
    assertThat(rowTask("2.10.")).hasCandidateGroup("curator");
    assertThat(groups(rowTask("2.10."))).doesNotContain("psychologist");
    // 2.9 is excluded
    rows.status.put(rows.id("2.9."), CANCELLED);
    runtimeService().createMessageCorrelation(RoadmapProcess.MSG_ROW_CANCELLED)
        .processInstanceId(rowInstance("2.9.").getId()).correlate();
    assertThat(rowInstance("2.9.")).isNull();
    // 3.1 is moved to 15 April – 20 May before it opens
    rows.specs.put(rows.id("3.1."), new RowSpec(RowKind.DATED, java.time.LocalDate.of(2026, 4, 15),
        java.time.LocalDate.of(2026, 5, 20), null, Role.DEPUTY));
    changed("3.1.");
    assertThat(managementService().createJobQuery().processInstanceId(rowInstance("3.1.").getId()).singleResult()
        .getDuedate()).isEqualTo(mskDate("2026-04-15T00:00"));

    // April: 3.2 opens and is not done — the May holidays move the escalation
    runUntil("2026-04-15T00:00");
    assertRowTask("3.2.", Role.DEPUTY, "2026-04-01T00:00", "2026-04-30T18:00");
    assertRowTask("3.1.", Role.DEPUTY, "2026-04-15T00:00", "2026-05-20T18:00");
    runUntil("2026-05-15T12:00");
    assertThat(rows.alertsOf(rows.id("3.2."))).extracting(Alert::at).containsExactly(
        msk("2026-04-27T09:00"), msk("2026-05-04T18:00"), msk("2026-05-12T18:00"));
    stageCompleted(ProgramProcess.CALL_PAIR_WORK);
    assertThat(rows.status.get(rows.id("2.11."))).isEqualTo(DONE);
    at("2026-05-20T10:00");
    complete(rowTask("3.1."));
    at("2026-05-25T10:00");
    for (String n : List.of("2.8.", "2.10.")) {
      complete(rowTask(n));
    }
    // the year-round rows' progress notes were asked for every four weeks until they were done
    assertThat(taskQuery().taskDefinitionKey(RoadmapProcess.PROGRESS_TASK).count()).isZero();
    assertRowTask("2.7.", Role.DIRECTOR, "2026-05-01T00:00", "2026-05-31T18:00");
    runUntil("2026-05-29T15:00");
    stageCompleted(ProgramProcess.CALL_COMPLETION);
    assertThat(rows.status.get(rows.id("2.7."))).isEqualTo(DONE);
    assertThat(rows.status.get(rows.id("3.2."))).isEqualTo(DONE);

    // the period ends: event rows stop waiting; the roadmap is complete
    assertThat(roadmap).isActive();
    runUntil("2026-09-01T01:00");
    assertThat(rows.status.get(rows.id("5.1."))).isEqualTo(DONE);
    assertThat(rows.status.get(rows.id("5.2."))).isEqualTo(DONE);
    assertThat(rows.status.get(rows.id("5.3."))).isEqualTo(NOT_REQUIRED);
    assertThat(rows.status.get(rows.id("2.9."))).isEqualTo(CANCELLED);
    assertThat(rows.open()).isZero();
    assertThat(roadmap).isEnded().hasPassed(RoadmapProcess.COMPLETED);
    assertThat(rows.roadmapEnded).isTrue();
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void theCuratorCanOpenTheRoadmapFormAgainWhileTheRoadmapRuns() {
    at("2025-04-21T10:00");
    ProcessInstance roadmap = startRoadmap();
    runtimeService().createMessageCorrelation(RoadmapProcess.MSG_EDIT_REQUESTED)
        .processInstanceId(roadmap.getId()).correlate();
    Task edit = taskQuery().taskDefinitionKey(RoadmapProcess.EDIT).singleResult();
    assertThat(edit).hasCandidateGroup("curator").hasCandidateGroup("deputy");
    complete(edit);
    assertThat(roadmap).hasPassed("EndEvent_RoadmapEdited").isActive();
    assertThat(roadmap).isWaitingAt(RoadmapProcess.REVIEW, RoadmapProcess.ROW_CLOSED_CATCH);
  }

  @Test
  void aRowDoneOnTimeIsNeitherRemindedNorEscalated() {
    at("2025-04-21T10:00");
    startRoadmap();
    runUntil("2025-08-05T10:00");
    complete(rowTask("2.5."));
    runUntil("2025-09-02T10:00");
    assertThat(rows.alertsOf(rows.id("2.5."))).isEmpty();
    assertThat(rows.status.get(rows.id("2.5."))).isEqualTo(DONE);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance startRoadmap() {
    return runtimeService().startProcessInstanceByKey(RoadmapProcess.KEY, "roadmap-starica-2025/26",
        withVariables(RoadmapProcess.SCHOOL_CODE, "starica", RoadmapProcess.ACADEMIC_YEAR, "2025/26"));
  }

  private static void at(String moscowTime) {
    ClockUtil.setCurrentTime(mskDate(moscowTime));
  }

  /** Moves the clock to the time, running every timer on its due date on the way. */
  private static void runUntil(String moscowTime) {
    Instant target = msk(moscowTime);
    while (true) {
      List<Job> next = managementService().createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1);
      if (next.isEmpty() || next.get(0).getDuedate().toInstant().isAfter(target)) {
        break;
      }
      Date due = next.get(0).getDuedate();
      if (due.after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(due);
      }
      managementService().executeJob(next.get(0).getId());
    }
    ClockUtil.setCurrentTime(Date.from(target));
  }

  private ProcessInstance rowInstance(String number) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(RoadmapProcess.ROW_KEY)
        .variableValueEquals(RoadmapProcess.ROW_ID, rows.id(number)).singleResult();
  }

  private Task rowTask(String number) {
    return taskQuery().taskDefinitionKey(RoadmapProcess.ROW_TASK)
        .processVariableValueEquals(RoadmapProcess.ROW_ID, rows.id(number)).singleResult();
  }

  private List<Task> openRowTasks() {
    return taskQuery().taskDefinitionKey(RoadmapProcess.ROW_TASK).list();
  }

  private void assertRowTask(String number, Role role, String followUp, String due) {
    Task task = rowTask(number);
    assertThat(task).as("task of row " + number).isNotNull();
    assertThat(task).hasCandidateGroup(role.groupId());
    assertThat(task.getFollowUpDate()).as(number + " follow-up").isEqualTo(mskDate(followUp));
    assertThat(task.getDueDate()).as(number + " due").isEqualTo(mskDate(due));
  }

  /** As the program's stage listener does: the stage's open rows get the message. */
  private int stageCompleted(String stage) {
    int n = 0;
    for (int i = 0; i < rows.seeds.size(); i++) {
      String number = rows.seeds.get(i).number();
      if (stage.equals(rows.seeds.get(i).stage()) && rows.status.get(rows.id(number)) == OPEN) {
        runtimeService().createMessageCorrelation(RoadmapProcess.MSG_STAGE_COMPLETED)
            .processInstanceId(rowInstance(number).getId()).correlate();
        n++;
      }
    }
    return n;
  }

  private void trigger(String number) {
    runtimeService().createMessageCorrelation(RoadmapProcess.MSG_ROW_TRIGGERED)
        .processInstanceId(rowInstance(number).getId())
        .setVariables(Map.of(RoadmapProcess.ROW_TRIGGERED, true, RoadmapProcess.TRIGGERED_AT, ClockUtil.getCurrentTime()))
        .correlate();
  }

  private void changed(String number) {
    runtimeService().createMessageCorrelation(RoadmapProcess.MSG_ROW_CHANGED)
        .processInstanceId(rowInstance(number).getId()).correlate();
  }

  private static List<String> groups(Task task) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId())
        .stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }
}
