package ru.nastavnik.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Keeps view variables out of history. Variables whose names start with {@value #PREFIX} carry
 * what a form shows or a person typed (option lists with names, free-text answers); the task
 * listeners move their content into the domain tables and remove them, so no name or answer is
 * left in Camunda's runtime or history tables (152-ФЗ). Tasklist submits Camunda Forms through
 * {@code submit-form}, which also writes each text value as a form-property detail: those are
 * dropped too.
 */
public class ViewVariableHistoryFilter extends DbHistoryEventHandler {

  public static final String PREFIX = "ui";

  public static boolean isViewVariable(String name) {
    return name != null && name.startsWith(PREFIX) && name.length() > PREFIX.length()
        && Character.isUpperCase(name.charAt(PREFIX.length()));
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity update
        && isViewVariable(update.getVariableName())) {
      return;
    }
    if (event instanceof HistoricFormPropertyEventEntity property && isViewVariable(property.getPropertyId())) {
      return;
    }
    super.handleEvent(event);
  }
}
