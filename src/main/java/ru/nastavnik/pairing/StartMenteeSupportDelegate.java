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
      startFor(execution.getProcessBusinessKey(), school, execution.getVariable(ProgramProcess.ACADEMIC_YEAR), programId,
          mentee.getStaff().getId(), "");
    }
  }

  /**
   * Starts «mentee-support» for one mentee unless one already runs (business key
   * {@code <program>-support-<staff id><suffix>}; a pair ended early passes {@code -after-<pair id>}).
   */
  public void startFor(String programBusinessKey, String school, Object academicYear, Long programId, Long menteeId,
      String keySuffix) {
    String businessKey = programBusinessKey + "-support-" + menteeId + keySuffix;
    EngineContext.asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
        return;
      }
      var builder = runtime.createProcessInstanceByKey(ProgramProcess.MENTEE_SUPPORT)
          .businessKey(businessKey)
          .setVariable(ProgramProcess.SCHOOL_CODE, school)
          .setVariable(ProgramProcess.ACADEMIC_YEAR, academicYear)
          .setVariable(ProgramProcess.PROGRAM_ID, programId)
          .setVariable(ProgramProcess.MENTEE_ID, menteeId);
      (definitions.hasOwn(school, ProgramProcess.MENTEE_SUPPORT)
          ? builder.processDefinitionTenantId(school) : builder.processDefinitionWithoutTenantId()).execute();
    });
  }
}
