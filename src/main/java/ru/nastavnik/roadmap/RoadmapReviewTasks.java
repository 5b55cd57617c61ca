package ru.nastavnik.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.engine.EngineContext;

/**
 * «Проверить и уточнить дорожную карту» and «Изменить пункты дорожной карты»: the form lists the
 * rows (a dynamic list), the curator or deputy edits, adds or excludes rows, and the changes are
 * applied with the same checks as the REST API — any bad line refuses the whole form.
 */
@Component("roadmapReviewTasks")
public class RoadmapReviewTasks implements TaskListener {

  static final String ROWS = "uiRoadmapRows";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RoadmapService roadmaps;
  private final RoadmapRowEditor editor;
  private final RoadmapRepository repository;

  public RoadmapReviewTasks(RoadmapService roadmaps, RoadmapRowEditor editor, RoadmapRepository repository) {
    this.roadmaps = roadmaps;
    this.editor = editor;
    this.repository = repository;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Long roadmapId = EngineContext.longVar(task, RoadmapProcess.ROADMAP_ID);
    Roadmap roadmap = repository.findById(roadmapId).orElseThrow(() ->
        UserFacingException.notFound("Дорожная карта не найдена."));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      try {
        task.setVariableLocal(ROWS, SpinValues.jsonValue(
            JSON.writeValueAsString(RoadmapRowEditor.formLines(roadmaps.rows(roadmapId)))).create());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // the submitted list is set on the execution; the task still holds the list it showed
      boolean submitted = task.getExecution().getVariable(ROWS) != null;
      editor.applyForm(roadmap, FormValues.of(submitted ? task.getExecution() : task).rows(ROWS),
          EngineContext.actor(task));
      FormValues.dropViewVariables(task);
    }
  }
}
