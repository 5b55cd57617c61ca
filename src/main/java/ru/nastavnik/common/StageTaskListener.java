package ru.nastavnik.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;

/**
 * The listener of a stage's user tasks: on {@code create} it prepares what the form shows (option
 * lists, the person the task is about), on {@code complete} it records the form's result in the
 * domain and then drops the view variables, so names and free text never stay in Camunda.
 */
public abstract class StageTaskListener implements TaskListener {

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Long programId = EngineContext.longVar(task, ProgramProcess.PROGRAM_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task, programId);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task, programId, FormValues.of(task), EngineContext.actor(task));
      FormValues.dropViewVariables(task);
    }
  }

  /** What the task's form shows; nothing by default. */
  protected void prepare(DelegateTask task, Long programId) {
  }

  /** Validates and records what the person submitted; a refusal is a {@link UserFacingException}. */
  protected abstract void record(DelegateTask task, Long programId, FormValues form, String actor);
}
