package ru.nastavnik.questionnaire;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** «Продлить срок сбора»: after the «Срок продлён» message, moves the deadline to {@code newDeadline}. */
@Component("extendQuestionnaireDeadline")
public class ExtendDeadlineDelegate implements JavaDelegate {

  private final DeadlineExtension extension;

  public ExtendDeadlineDelegate(DeadlineExtension extension) {
    this.extension = extension;
  }

  @Override
  public void execute(DelegateExecution execution) {
    extension.extend(execution, extension.read(execution.getVariable(QuestionnaireProcess.NEW_DEADLINE)));
  }
}
