package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ru.nastavnik.staff.StaffRepository;

/**
 * Expressions of the collection diagram: {@code ${questionnaires.respondentIds(collectionId)}} (the
 * multi-instance collection), {@code ${questionnaires.username(respondentId)}} (assignee) and
 * {@code ${questionnaires.deadline(execution)}} and {@code reminderAt(execution)} (due and follow-up
 * dates), {@code ${questionnaires.formRef(collectionId)}} (the Camunda Form of the template version the
 * collection uses — Camunda 7.24 evaluates expressions in {@code camunda:formRef}).
 */
@Component("questionnaires")
public class QuestionnaireExpressions {

  private final QuestionnaireService service;
  private final StaffRepository staff;
  /** A collection's template version never changes, so its form id can be kept. */
  private final Map<Long, String> formRefs = new ConcurrentHashMap<>();

  public QuestionnaireExpressions(QuestionnaireService service, StaffRepository staff) {
    this.service = service;
    this.staff = staff;
  }

  public List<Long> respondentIds(Long collectionId) {
    return service.respondentIds(collectionId);
  }

  public String username(Long staffId) {
    return staff.findById(staffId).orElseThrow(() ->
        new IllegalStateException("Сотрудник " + staffId + " не найден")).getUsername();
  }

  /** The collection's current deadline (the due date of its tasks); moves when it is extended. */
  public java.util.Date deadline(org.camunda.bpm.engine.delegate.VariableScope execution) {
    return (java.util.Date) execution.getVariable(QuestionnaireProcess.DEADLINE_VAR);
  }

  /** When the reminder goes out (the follow-up date of the respondents' tasks). */
  public java.util.Date reminderAt(org.camunda.bpm.engine.delegate.VariableScope execution) {
    return (java.util.Date) execution.getVariable(QuestionnaireProcess.REMINDER_AT);
  }

  public String formRef(Long collectionId) {
    return formRefs.computeIfAbsent(collectionId, id -> service.collection(id).getTemplate().getFormId());
  }
}
