package ru.nastavnik.questionnaire;

import static ru.nastavnik.questionnaire.QuestionnaireProcess.COLLECTION_ID;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.DEADLINE_VAR;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.REMINDER_AT;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.RESPONDENT_COUNT;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.RESPONDENT_IDS;
import static ru.nastavnik.questionnaire.QuestionnaireProcess.TEMPLATE_CODE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;

/**
 * «Открыть сбор анкет»: takes the collection the caller opened ({@code collectionId}) or opens one
 * from {@code templateCode}, {@code respondentIds} and {@code deadline}; sets the variables the
 * diagram reads. Without respondents the collection is recorded as cancelled and
 * {@code respondentCount} is 0, so the process ends at once.
 */
@Component("openQuestionnaireCollection")
public class OpenCollectionDelegate implements JavaDelegate {

  private final QuestionnaireService service;

  public OpenCollectionDelegate(QuestionnaireService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = EngineContext.longVar(execution, COLLECTION_ID);
    QuestionnaireCollection c;
    if (id != null) {
      c = service.collection(id);
    } else {
      String school = execution.getTenantId() != null ? execution.getTenantId()
          : (String) execution.getVariable(ProgramProcess.SCHOOL_CODE);
      c = service.open(new QuestionnaireService.OpenRequest(school,
          EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID),
          (String) execution.getVariable(TEMPLATE_CODE), null,
          ProcessInputs.ids(execution.getVariable(RESPONDENT_IDS)),
          ProcessInputs.deadline(execution.getVariable(DEADLINE_VAR), QuestionnaireService.now(), service.zone()),
          null));
    }
    service.bindProcess(c.getId(), execution.getProcessInstanceId());
    execution.setVariable(COLLECTION_ID, c.getId());
    execution.setVariable(TEMPLATE_CODE, c.getTemplate().getCode());
    execution.setVariable(RESPONDENT_COUNT, c.isOpen() ? c.getRespondentCount() : 0);
    execution.setVariable(DEADLINE_VAR, Date.from(c.getDeadline()));
    execution.setVariable(REMINDER_AT, Date.from(c.getReminderAt()));
  }
}
