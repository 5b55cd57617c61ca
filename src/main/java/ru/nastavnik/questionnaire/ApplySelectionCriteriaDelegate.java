package ru.nastavnik.questionnaire;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;

/** Stage III «Применить критерии отбора наставников»: the DMN table decides for each interviewed candidate. */
@Component("applyMentorSelectionCriteria")
public class ApplySelectionCriteriaDelegate implements JavaDelegate {

  public static final String QUESTIONNAIRE_COLLECTION_ID = "mentorQuestionnaireCollectionId";

  private final MentorInterviews interviews;

  public ApplySelectionCriteriaDelegate(MentorInterviews interviews) {
    this.interviews = interviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String school = execution.getTenantId() != null ? execution.getTenantId()
        : (String) execution.getVariable(ProgramProcess.SCHOOL_CODE);
    interviews.apply(EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID), school,
        EngineContext.longVar(execution, QUESTIONNAIRE_COLLECTION_ID), "system");
  }
}
