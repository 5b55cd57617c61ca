package ru.nastavnik.questionnaire;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;

/** «Закрыть сбор анкет»: whoever has not answered is recorded as a non-respondent. Idempotent. */
@Component("closeQuestionnaireCollection")
public class CloseCollectionDelegate implements JavaDelegate {

  private final QuestionnaireService service;

  public CloseCollectionDelegate(QuestionnaireService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QuestionnaireCollection c = service.close(EngineContext.longVar(execution, QuestionnaireProcess.COLLECTION_ID));
    execution.setVariable(QuestionnaireProcess.ANSWERED_COUNT, c.getAnsweredCount());
  }
}
