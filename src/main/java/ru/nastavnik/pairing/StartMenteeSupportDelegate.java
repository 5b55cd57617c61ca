package ru.nastavnik.pairing;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.BaseService;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.DefinitionResolver;
import ru.nastavnik.program.ProgramProcess;

/**
 * Mentees left without a pair get psychological support and the search goes on (seeds 001, 004):
 * one «mentee-support» instance per mentee, so the program itself moves on to stage V.
 */
@Component("startMenteeSupport")
public class StartMenteeSupportDelegate implements JavaDelegate {

  private final BaseService bases;
  private final RuntimeService runtime;
  private final DefinitionResolver definitions;

  public StartMenteeSupportDelegate(BaseService bases, RuntimeService runtime, DefinitionResolver definitions) {
    this.bases = bases;
    this.runtime = runtime;
    this.definitions = definitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long programId = EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID);
    String school = (String) execution.getVariable(ProgramProcess.SCHOOL_CODE);
    for (MenteeProfile mentee : bases.menteesWithStatus(programId, MenteeProfile.Status.SEARCHING)) {
      String businessKey = execution.getProcessBusinessKey() + "-support-" + mentee.getStaff().getId();
      EngineContext.asSystem(() -> {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
          return;
        }
        var builder = runtime.createProcessInstanceByKey(ProgramProcess.MENTEE_SUPPORT)
            .businessKey(businessKey)
            .setVariable(ProgramProcess.SCHOOL_CODE, school)
            .setVariable(ProgramProcess.ACADEMIC_YEAR, execution.getVariable(ProgramProcess.ACADEMIC_YEAR))
            .setVariable(ProgramProcess.PROGRAM_ID, programId)
            .setVariable(ProgramProcess.MENTEE_ID, mentee.getStaff().getId());
        (definitions.hasOwn(school, ProgramProcess.MENTEE_SUPPORT)
            ? builder.processDefinitionTenantId(school) : builder.processDefinitionWithoutTenantId()).execute();
      });
    }
  }
}
