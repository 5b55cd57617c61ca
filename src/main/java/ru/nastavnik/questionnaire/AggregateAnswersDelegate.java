package ru.nastavnik.questionnaire;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;

/** «Подвести итоги анкетирования»: counts per option, averages of scales, non-respondents; stored with the collection. */
@Component("aggregateQuestionnaireAnswers")
public class AggregateAnswersDelegate implements JavaDelegate {

  private final QuestionnaireService service;

  public AggregateAnswersDelegate(QuestionnaireService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.aggregate(EngineContext.longVar(execution, QuestionnaireProcess.COLLECTION_ID));
  }
}
