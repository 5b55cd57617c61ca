package ru.nastavnik.questionnaire;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;

/** «Напомнить не ответившим»: e-mail to every respondent who has not answered yet. */
@Component("sendQuestionnaireReminders")
public class SendRemindersDelegate implements JavaDelegate {

  private final QuestionnaireService service;

  public SendRemindersDelegate(QuestionnaireService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remind(EngineContext.longVar(execution, QuestionnaireProcess.COLLECTION_ID));
  }
}
