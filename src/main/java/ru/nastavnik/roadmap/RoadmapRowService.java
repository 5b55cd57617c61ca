package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapService.now;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;

/**
 * What the rows' processes do to the domain: start the rows, schedule each, record results,
 * close rows whose program stage completed, open rows whose event happened, and tell the roadmap
 * when a row closes.
 */
@Service
public class RoadmapRowService {

  private final RoadmapService roadmaps;
  private final RoadmapRepository roadmapRepository;
  private final RoadmapRowRepository rows;
  private final RoadmapSignals signals;

  public RoadmapRowService(RoadmapService roadmaps, RoadmapRepository roadmapRepository, RoadmapRowRepository rows,
      RoadmapSignals signals) {
    this.roadmaps = roadmaps;
    this.roadmapRepository = roadmapRepository;
    this.rows = rows;
    this.signals = signals;
  }

  /** «Запустить пункты дорожной карты»: one process per open row. */
  @Transactional
  public void startRows(DelegateExecution execution) {
    Long roadmapId = EngineContext.longVar(execution, RoadmapProcess.ROADMAP_ID);
    for (RoadmapRow row : rows.findByRoadmap(roadmapId)) {
      if (row.getStatus().isClosed() || row.getProcessInstanceId() != null) {
        continue;
      }
      Map<String, Object> vars = new HashMap<>();
      if (row.getKind() == RowKind.TRIGGER && row.getTrigger() == TriggerEvent.ROADMAP_STARTED) {
        vars.put(RoadmapProcess.ROW_TRIGGERED, true);
        vars.put(RoadmapProcess.TRIGGERED_AT, Date.from(now()));
      }
      row.setProcessInstanceId(signals.startRow(row, vars));
    }
    execution.setVariable(RoadmapProcess.OPEN_ROWS, rows.countOpen(roadmapId));
  }

  /** «Проверить, все ли пункты закрыты». */
  @Transactional(readOnly = true)
  public void countOpen(DelegateExecution execution) {
    execution.setVariable(RoadmapProcess.OPEN_ROWS,
        rows.countOpen(EngineContext.longVar(execution, RoadmapProcess.ROADMAP_ID)));
  }

  /** «Рассчитать сроки пункта»: the plan as process variables, the row planned or in progress. */
  @Transactional
  public RowPlan schedule(DelegateExecution execution) {
    RoadmapRow row = roadmaps.row(EngineContext.longVar(execution, RoadmapProcess.ROW_ID));
    Roadmap roadmap = row.getRoadmap();
    String school = roadmap.getSchool().getCode();
    Instant now = now();
    Object triggered = execution.getVariable(RoadmapProcess.ROW_TRIGGERED);
    Object at = execution.getVariable(RoadmapProcess.TRIGGERED_AT);
    Instant triggeredAt = Boolean.TRUE.equals(triggered) ? (at instanceof Date d ? d.toInstant() : now) : null;
    RowPlan plan = roadmaps.planner(school).plan(RowSpec.of(row),
        now, LocalDate.ofInstant(roadmap.getStartedAt(), roadmaps.zone(school)), roadmap.getPeriodEnd(), triggeredAt);
    plan.applyTo(execution);
    if (!row.getStatus().isClosed()) {
      if (plan.open()) {
        row.opened(now, plan.due());
      } else {
        row.planned();
      }
    }
    return plan;
  }

  /** The row's task was completed by a person. */
  @Transactional
  public void done(Long rowId, String actor, String result) {
    RoadmapRow row = roadmaps.row(rowId);
    if (row.getStatus().isClosed()) {
      throw UserFacingException.conflict("Пункт " + row.getNumber() + " уже закрыт. Обновите список задач.");
    }
    row.done(now(), actor, result, row.getKind() == RowKind.TRIGGER);
    roadmaps.note(row, RoadmapNote.Kind.RESULT, result, actor);
  }

  /** «Закрыть пункт по завершённому этапу». */
  @Transactional
  public void closeByStage(Long rowId) {
    RoadmapRow row = roadmaps.row(rowId);
    if (row.getStatus().isClosed()) {
      return;
    }
    row.doneByStage(now());
    roadmaps.note(row, RoadmapNote.Kind.STAGE_COMPLETED, "Этап программы «"
        + RoadmapProcess.STAGES.getOrDefault(row.getStage(), String.valueOf(row.getStage()))
        + "» завершён: пункт выполнен автоматически.", "system");
  }

  /** The row's process ended (done, closed by its stage, excluded, its period over, or deleted). */
  @Transactional
  public void ended(Long rowId, boolean deleted) {
    RoadmapRow row = rows.findById(rowId).orElse(null);
    if (row == null) {
      return;
    }
    if (!row.getStatus().isClosed()) {
      if (deleted) {
        row.cancel();
        roadmaps.note(row, RoadmapNote.Kind.CANCELLED, "Процесс пункта удалён администратором.", "system");
      } else if (row.getKind() == RowKind.TRIGGER) {
        row.periodOver();
      } else {
        row.done(now(), "system", null, false);
      }
    }
    rows.flush();
    signals.rowClosed(row.getRoadmap().getProcessInstanceId());
  }

  /** A program stage completed: rows linked to it close themselves. */
  @Transactional
  public int stageCompleted(String schoolCode, String academicYear, String stageActivity) {
    Roadmap roadmap = roadmapRepository.findBySchoolAndYear(schoolCode, academicYear).orElse(null);
    if (roadmap == null || !roadmap.isRunning()) {
      return 0;
    }
    int closed = 0;
    for (RoadmapRow row : rows.findByRoadmap(roadmap.getId())) {
      if (!stageActivity.equals(row.getStage()) || row.getStatus().isClosed()) {
        continue;
      }
      if (!signals.correlate(row.getProcessInstanceId(), RoadmapProcess.MSG_STAGE_COMPLETED, Map.of())) {
        closeByStage(row.getId());
      }
      closed++;
    }
    return closed;
  }

  /**
   * An event happened: trigger rows waiting for it open. The roadmap is the running one whose
   * period has not ended, the nearest first.
   */
  @Transactional
  public int eventHappened(String schoolCode, TriggerEvent event, String what) {
    LocalDate today = LocalDate.ofInstant(now(), roadmaps.zone(schoolCode));
    Roadmap roadmap = roadmapRepository.findBySchool(schoolCode).stream()
        .filter(r -> r.isRunning() && !r.getPeriodEnd().isBefore(today))
        .min(java.util.Comparator.comparing(Roadmap::getPeriodEnd)).orElse(null);
    if (roadmap == null) {
      return 0;
    }
    int opened = 0;
    for (RoadmapRow row : rows.findByRoadmap(roadmap.getId())) {
      if (row.getKind() == RowKind.TRIGGER && row.getTrigger() == event && !row.getStatus().isClosed()) {
        opened += trigger(row, what, "system") ? 1 : 0;
      }
    }
    return opened;
  }

  /** Opens a trigger row now; if its task is already open, the event is only noted. */
  @Transactional
  public boolean trigger(RoadmapRow row, String what, String actor) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(RoadmapProcess.ROW_TRIGGERED, true);
    vars.put(RoadmapProcess.TRIGGERED_AT, Date.from(now()));
    boolean opened = row.getStatus() == RowStatus.PLANNED
        && signals.correlate(row.getProcessInstanceId(), RoadmapProcess.MSG_ROW_TRIGGERED, vars);
    roadmaps.note(row, RoadmapNote.Kind.TRIGGERED, (opened ? "" : "Пункт уже в работе; событие учтено. ") + what, actor);
    return opened;
  }
}
