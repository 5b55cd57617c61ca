package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapService.DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;

/**
 * The row's tasks: «Выполнить пункт дорожной карты» and «Отметить ход выполнения пункта». On
 * create the task is named after the row and shows it; on complete the result or the progress
 * note goes to the roadmap's notes and the row is done.
 */
@Component("roadmapRowTasks")
public class RoadmapRowTasks implements TaskListener {

  static final String RESULT = "uiResult";
  static final String RESULT_DATE = "resultDate";
  static final String PROGRESS_NOTE = "uiProgressNote";
  static final String ROW_TEXT = "uiRowText";

  private final RoadmapService roadmaps;
  private final RoadmapRowService rows;

  public RoadmapRowTasks(RoadmapService roadmaps, RoadmapRowService rows) {
    this.roadmaps = roadmaps;
    this.rows = rows;
  }

  /** «Дорожная карта, п. 2.3. Формирование банка наставляемых…» (task names hold 255 characters). */
  static String taskName(RoadmapRow row, String taskKey) {
    String prefix = RoadmapProcess.PROGRESS_TASK.equals(taskKey) ? "Отметить ход: п. " : "Дорожная карта, п. ";
    return prefix + row.label(250 - prefix.length());
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Long rowId = EngineContext.longVar(task, RoadmapProcess.ROW_ID);
    RoadmapRow row = roadmaps.row(rowId);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(taskName(row, task.getTaskDefinitionKey()));
      task.setDescription(describe(row));
      ViewOptions.text(task, ROW_TEXT, describe(row));
      if (RoadmapProcess.ROW_TASK.equals(task.getTaskDefinitionKey())) {
        Object assignee = task.getVariable(RoadmapProcess.ROW_ASSIGNEE);
        if (assignee != null && !assignee.toString().isBlank()) {
          task.setAssignee(assignee.toString());
        }
        task.getExecution().removeVariable(RoadmapProcess.ROW_ASSIGNEE);
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    FormValues form = FormValues.of(task);
    String actor = EngineContext.actor(task);
    if (RoadmapProcess.ROW_TASK.equals(task.getTaskDefinitionKey())) {
      String result = form.requiredText(RESULT, "Что сделано");
      LocalDate date = form.date(RESULT_DATE, "Дата выполнения");
      rows.done(rowId, actor, date == null ? result : result + " (" + DATE.format(date) + ")");
    } else {
      roadmaps.note(row, RoadmapNote.Kind.PROGRESS, form.requiredText(PROGRESS_NOTE, "Ход выполнения"), actor);
    }
    FormValues.dropViewVariables(task);
  }

  /** What the row asks, for the task's description and form. */
  static String describe(RoadmapRow row) {
    StringBuilder s = new StringBuilder(row.label(2100));
    if (row.getResultForm() != null) {
      s.append("\nФорма представления результата: ").append(row.getResultForm());
    }
    s.append("\nСроки: ").append(period(row));
    s.append("\nОтветственный: ").append(row.getRole().title());
    if (row.getStage() != null) {
      s.append("\nЗакрывается автоматически с завершением этапа «")
          .append(RoadmapProcess.STAGES.get(row.getStage())).append("»");
    }
    return s.length() > 3900 ? s.substring(0, 3900) : s.toString();
  }

  /** «Август – сентябрь (01.08.2025–30.09.2025)», «В течение года», «По мере появления новых сотрудников». */
  static String period(RoadmapRow row) {
    String dates = row.getWindowStart() == null ? null
        : DATE.format(row.getWindowStart()) + "–" + DATE.format(row.getWindowEnd());
    if (row.getKind() == RowKind.TRIGGER) {
      String text = row.getPeriodText() != null ? row.getPeriodText() : row.getTrigger().title();
      return row.getTermDays() == null ? text : text + " (" + row.getTermDays() + " раб. дн. после события)";
    }
    if (row.getPeriodText() == null) {
      return (row.getKind() == RowKind.YEAR_ROUND ? "в течение года, " : "") + dates;
    }
    return row.getPeriodText() + " (" + dates + ")";
  }
}
