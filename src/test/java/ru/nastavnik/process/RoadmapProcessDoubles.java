package ru.nastavnik.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import ru.nastavnik.roadmap.RoadmapFixtures;
import ru.nastavnik.roadmap.RoadmapProcess;
import ru.nastavnik.roadmap.RoadmapSeeds;
import ru.nastavnik.roadmap.RoadmapSettings;
import ru.nastavnik.roadmap.RowKind;
import ru.nastavnik.roadmap.RowPlan;
import ru.nastavnik.roadmap.RowPlanner;
import ru.nastavnik.roadmap.RowSpec;
import ru.nastavnik.roadmap.SeedRow;

/**
 * The roadmap's beans for its process tests: the rows are the default seed rows (seed 002 and
 * seed 000's event rows) held in memory, each scheduled by the real {@link RowPlanner} in the real
 * Russian production calendar; reminders and escalations are recorded with the engine's time.
 */
final class RoadmapProcessDoubles {

  enum Status { OPEN, DONE, CANCELLED, NOT_REQUIRED }

  record Alert(String activity, long rowId, Instant at) {}

  final List<SeedRow> seeds = RoadmapSeeds.rows(RoadmapSettings.DEFAULTS.rowSets());
  final Map<Long, RowSpec> specs = new HashMap<>();
  final Map<Long, Status> status = new HashMap<>();
  final Map<Long, Integer> timesDone = new HashMap<>();
  final List<Alert> alerts = new ArrayList<>();
  final RowPlanner planner = RoadmapFixtures.planner(RoadmapSettings.DEFAULTS);
  final LocalDate periodEnd = LocalDate.of(2026, 8, 31);
  LocalDate startedOn;
  String roadmapInstance;
  boolean roadmapEnded;

  static RoadmapProcessDoubles register() {
    RoadmapProcessDoubles d = new RoadmapProcessDoubles();
    for (int i = 0; i < d.seeds.size(); i++) {
      d.specs.put((long) i + 1, RowSpec.of(d.seeds.get(i), 2025));
      d.status.put((long) i + 1, Status.OPEN);
      d.timesDone.put((long) i + 1, 0);
    }
    Mocks.register("workingDays", RoadmapFixtures.workingDays());
    Mocks.register("roadmapLifecycle", (ExecutionListener) execution -> {
      if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
        execution.setVariable(RoadmapProcess.ROADMAP_ID, 1L);
        execution.setVariable(RoadmapProcess.REVIEW_DAYS, RoadmapSettings.DEFAULTS.reviewWorkingDays());
        d.roadmapInstance = execution.getProcessInstanceId();
        d.startedOn = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), RoadmapFixtures.MOSCOW);
      } else {
        d.roadmapEnded = true;
      }
    });
    Mocks.register("startRoadmapRows", (JavaDelegate) execution -> {
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      for (long id = 1; id <= d.seeds.size(); id++) {
        runtime.startProcessInstanceByKey(RoadmapProcess.ROW_KEY, execution.getProcessBusinessKey(), Map.of(
            RoadmapProcess.ROW_ID, id, RoadmapProcess.ROADMAP_ID, 1L, RoadmapProcess.SCHOOL_CODE, RoadmapFixtures.SCHOOL,
            RoadmapProcess.ACADEMIC_YEAR, "2025/26"));
      }
      execution.setVariable(RoadmapProcess.OPEN_ROWS, d.open());
    });
    Mocks.register("countOpenRoadmapRows", (JavaDelegate) execution ->
        execution.setVariable(RoadmapProcess.OPEN_ROWS, d.open()));
    Mocks.register("roadmapRowSchedule", (JavaDelegate) execution -> d.plan(execution).applyTo(execution));
    Mocks.register("roadmapRowTasks", (TaskListener) task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
          && RoadmapProcess.ROW_TASK.equals(task.getTaskDefinitionKey())) {
        long id = (Long) task.getVariable(RoadmapProcess.ROW_ID);
        d.timesDone.merge(id, 1, Integer::sum);
        if (d.specs.get(id).kind() != RowKind.TRIGGER) {
          d.status.put(id, Status.DONE);
        }
      }
    });
    Mocks.register("roadmapReviewTasks", ProcessTestDoubles.NO_OP_TASKS);
    Mocks.register("roadmapAlerts", (JavaDelegate) execution -> d.alerts.add(new Alert(execution.getCurrentActivityId(),
        (Long) execution.getVariable(RoadmapProcess.ROW_ID), ClockUtil.getCurrentTime().toInstant())));
    Mocks.register("roadmapRowClosure", (JavaDelegate) execution ->
        d.status.put((Long) execution.getVariable(RoadmapProcess.ROW_ID), Status.DONE));
    Mocks.register("roadmapRowLifecycle", (ExecutionListener) execution -> {
      long id = (Long) execution.getVariable(RoadmapProcess.ROW_ID);
      if (d.status.get(id) == Status.OPEN) {
        d.status.put(id, d.timesDone.get(id) > 0 ? Status.DONE : Status.NOT_REQUIRED);
      }
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      if (runtime.createEventSubscriptionQuery().processInstanceId(d.roadmapInstance)
          .eventName(RoadmapProcess.MSG_ROW_CLOSED).count() > 0) {
        runtime.createMessageCorrelation(RoadmapProcess.MSG_ROW_CLOSED).processInstanceId(d.roadmapInstance).correlate();
      }
    });
    return d;
  }

  RowPlan plan(DelegateExecution execution) {
    long id = (Long) execution.getVariable(RoadmapProcess.ROW_ID);
    Object triggered = execution.getVariable(RoadmapProcess.ROW_TRIGGERED);
    Date at = (Date) execution.getVariable(RoadmapProcess.TRIGGERED_AT);
    return planner.plan(specs.get(id), ClockUtil.getCurrentTime().toInstant(), startedOn, periodEnd,
        Boolean.TRUE.equals(triggered) ? at.toInstant() : null);
  }

  long open() {
    return status.values().stream().filter(s -> s == Status.OPEN).count();
  }

  /** The row id of a seed row number («2.5.»). */
  long id(String number) {
    for (int i = 0; i < seeds.size(); i++) {
      if (seeds.get(i).number().equals(number)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(number);
  }

  List<Alert> alertsOf(long rowId) {
    return alerts.stream().filter(a -> a.rowId() == rowId).toList();
  }
}
