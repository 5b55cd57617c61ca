package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;

/**
 * Moves a running collection's deadline: the stored deadline, the deadline timer, the reminder
 * timer when it has not fired yet, and the due and follow-up dates of the open tasks. Used by the
 * «Срок продлён» message path and by the curator's review form.
 */
@Component
public class DeadlineExtension {

  private final QuestionnaireService service;

  public DeadlineExtension(QuestionnaireService service) {
    this.service = service;
  }

  public void extend(DelegateExecution execution, Instant newDeadline) {
    Long collectionId = EngineContext.longVar(execution, QuestionnaireProcess.COLLECTION_ID);
    QuestionnaireCollection c = service.extendDeadline(collectionId, newDeadline);
    Date deadline = Date.from(c.getDeadline());
    Date reminder = Date.from(c.getReminderAt());
    String processInstanceId = execution.getProcessInstanceId();
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    EngineContext.asSystem(() -> {
      for (Job job : management.createJobQuery().processInstanceId(processInstanceId)
          .activityId(QuestionnaireProcess.DEADLINE).timers().list()) {
        management.setJobDuedate(job.getId(), deadline);
      }
      for (Job job : management.createJobQuery().processInstanceId(processInstanceId)
          .activityId(QuestionnaireProcess.REMINDER).timers().list()) {
        management.setJobDuedate(job.getId(), reminder);
      }
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(QuestionnaireProcess.FILL).list()) {
        task.setDueDate(deadline);
        task.setFollowUpDate(reminder);
        tasks.saveTask(task);
      }
    });
    execution.setVariable(QuestionnaireProcess.DEADLINE_VAR, deadline);
    execution.setVariable(QuestionnaireProcess.REMINDER_AT, reminder);
  }

  /** Reads a new deadline from a variable (a date, "ГГГГ-ММ-ДД" or date-time). */
  public Instant read(Object value) {
    return ProcessInputs.deadline(value, QuestionnaireService.now(), service.zone());
  }
}
