package ru.nastavnik.questionnaire;

import static ru.nastavnik.questionnaire.QuestionnaireProcess.COLLECTION_ID;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.EXTEND_DECISION;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.FILL;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.NEW_DEADLINE;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.RESPONDENT_ID;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.REVIEW;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.FormValues;
import ru.nastavnik.common.ViewOptions;
import ru.nastavnik.engine.EngineContext;

/**
 * Tasks of «Сбор анкет». A respondent's completed form goes, checked, into the domain tables and
 * its view variables (one per question, {@code ui…}) are removed, so no answer stays in Camunda.
 * The curator's review shows how many answered and may extend the deadline.
 */
@Component("questionnaireTasks")
public class QuestionnaireTaskListener implements TaskListener {

  private final QuestionnaireService service;
  private final DeadlineExtension extension;

  public QuestionnaireTaskListener(QuestionnaireService service, DeadlineExtension extension) {
    this.service = service;
    this.extension = extension;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    Long collectionId = EngineContext.longVar(task, COLLECTION_ID);
    String key = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      QuestionnaireCollection c = service.collection(collectionId);
      if (FILL.equals(key)) {
        task.setName("Заполнить анкету «" + c.getTemplate().getTitle() + "»");
      } else if (REVIEW.equals(key)) {
        long answered = service.assignments(collectionId).stream()
            .filter(a -> a.getStatus() == QuestionnaireAssignment.Status.ANSWERED).count();
        ViewOptions.text(task, "uiCollectionStatus", "Анкета «" + c.getTemplate().getTitle() + "»: ответили "
            + answered + " из " + c.getRespondentCount() + ". Срок — " + service.format(c.getDeadline()) + ".");
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    if (FILL.equals(key)) {
      service.recordAnswers(collectionId, EngineContext.longVar(task, RESPONDENT_ID), task::getVariable,
          EngineContext.actor(task));
    } else if (REVIEW.equals(key)) {
      FormValues form = FormValues.of(task);
      String decision = form.requiredChoice(EXTEND_DECISION, "Продлить срок?", Set.of("extend", "keep"));
      if ("extend".equals(decision)) {
        Object value = task.getVariable(NEW_DEADLINE);
        if (value == null || value.toString().isBlank()) {
          throw FormValues.missing("Новый срок");
        }
        extension.extend(task.getExecution(), extension.read(value));
      }
    }
    FormValues.dropViewVariables(task);
  }
}
