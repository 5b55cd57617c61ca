package ru.nastavnik.variants;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;

/**
 * {@code variantTasks}: the steps a school's own diagram adds to the shared model (form
 * {@code form-variant-step}). On completion it records what was done — task name, the text and the
 * document named — as a {@link ProgramRecord.Kind#STEP_NOTE} of the program and drops the view
 * variables, so the free text stays out of Camunda's history.
 */
@Component("variantTasks")
public class VariantTaskListener implements TaskListener {

  private final ProgramRecordService records;

  public VariantTaskListener(ProgramRecordService records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    FormValues form = FormValues.of(task);
    String result = form.requiredText("uiResult", "Что сделано");
    String document = form.text("uiDocument");
    Object programId = task.getVariable(ProgramProcess.PROGRAM_ID);
    if (programId instanceof Long id) {
      records.record(id, ProgramRecord.Kind.STEP_NOTE, document,
          LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()),
          task.getName() + ": " + result, EngineContext.actor(task));
    }
    FormValues.dropViewVariables(task);
  }
}
