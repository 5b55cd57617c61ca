package ru.nastavnik.questionnaire;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;

/** Stage II «Составить аналитическую справку»: the note from the closed diagnostics ({@code diagnosticsCollectionId}). */
@Component("prepareAnalyticNote")
public class PrepareAnalyticNoteDelegate implements JavaDelegate {

  public static final String DIAGNOSTICS_COLLECTION_ID = "diagnosticsCollectionId";

  private final AnalyticNoteService notes;

  public PrepareAnalyticNoteDelegate(AnalyticNoteService notes) {
    this.notes = notes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notes.build(EngineContext.longVar(execution, DIAGNOSTICS_COLLECTION_ID));
  }
}
