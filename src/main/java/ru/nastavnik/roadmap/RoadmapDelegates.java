package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.engine.EngineContext;

/**
 * The thin beans the two roadmap diagrams call; each reads ids from the execution and calls one
 * service method.
 */
@Configuration
public class RoadmapDelegates {

  /** Extension property of a school's own stage: the shared stage whose roadmap rows it closes. */
  public static final String ROADMAP_STAGE = "roadmapStage";

  /** annual-roadmap: registers the roadmap at its start, marks it completed (or cancelled) at its end. */
  @Bean
  public ExecutionListener roadmapLifecycle(RoadmapService roadmaps) {
    return execution -> {
      if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
        roadmaps.register(execution);
      } else if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())) {
        Long id = EngineContext.longVar(execution, RoadmapProcess.ROADMAP_ID);
        if (id != null) {
          roadmaps.roadmapEnded(id, execution.isCanceled());
        }
      }
    };
  }

  /** «Запустить пункты дорожной карты». */
  @Bean
  public JavaDelegate startRoadmapRows(RoadmapRowService rows) {
    return rows::startRows;
  }

  /** «Проверить, все ли пункты закрыты». */
  @Bean
  public JavaDelegate countOpenRoadmapRows(RoadmapRowService rows) {
    return rows::countOpen;
  }

  /** roadmap-row: «Рассчитать сроки пункта». */
  @Bean
  public JavaDelegate roadmapRowSchedule(RoadmapRowService rows) {
    return rows::schedule;
  }

  /** roadmap-row: «Закрыть пункт по завершённому этапу». */
  @Bean
  public JavaDelegate roadmapRowClosure(RoadmapRowService rows) {
    return execution -> rows.closeByStage(EngineContext.longVar(execution, RoadmapProcess.ROW_ID));
  }

  /** roadmap-row, process end: the row's final status, and the roadmap told. */
  @Bean
  public ExecutionListener roadmapRowLifecycle(RoadmapRowService rows) {
    return execution -> rows.ended(EngineContext.longVar(execution, RoadmapProcess.ROW_ID), execution.isCanceled());
  }

  /**
   * mentoring-program, end of each stage's call activity: the roadmap rows linked to the stage
   * close themselves. A stage cancelled with its program closes nothing. A school's own stage (an
   * embedded sub-process of its diagram) names the shared stage it stands for in the extension
   * property {@code roadmapStage} (a stage process key or call activity id).
   */
  @Bean
  public ExecutionListener roadmapStageLink(RoadmapRowService rows) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object school = execution.getVariable(RoadmapProcess.SCHOOL_CODE);
      Object year = execution.getVariable(RoadmapProcess.ACADEMIC_YEAR);
      if (school != null && year != null) {
        rows.stageCompleted(school.toString(), year.toString(), activity(execution));
      }
    };
  }

  static String activity(DelegateExecution execution) {
    org.camunda.bpm.model.bpmn.instance.FlowElement element = execution.getBpmnModelElementInstance();
    if (element != null && element.getExtensionElements() != null) {
      for (CamundaProperties properties : element.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (ROADMAP_STAGE.equals(property.getCamundaName())) {
            String stage = RoadmapProcess.stageActivity(property.getCamundaValue());
            if (stage != null) {
              return stage;
            }
          }
        }
      }
    }
    return execution.getCurrentActivityId();
  }
}
