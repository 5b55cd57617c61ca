package ru.nastavnik.program;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolService;

/**
 * Registers the program in the domain when its process starts (from the API, Tasklist or
 * Cockpit alike) and marks it completed at the end. The program row and the process instance
 * commit in one transaction; the unique key (school, year) refuses a second program. Once
 * registered, a {@link ProgramStartedEvent} is published in the same transaction (the annual
 * roadmap starts on it).
 */
@Component("programLifecycle")
public class ProgramLifecycleListener implements ExecutionListener {

  private final ProgramRepository programs;
  private final SchoolService schools;
  private final ApplicationEventPublisher events;

  public ProgramLifecycleListener(ProgramRepository programs, SchoolService schools,
      ApplicationEventPublisher events) {
    this.programs = programs;
    this.schools = schools;
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      register(execution);
    } else if (EVENTNAME_END.equals(execution.getEventName())) {
      programs.findById((Long) execution.getVariable(ProgramProcess.PROGRAM_ID)).ifPresent(p -> {
        p.complete();
        programs.save(p);
      });
    }
  }

  private void register(DelegateExecution execution) {
    Object code = execution.getVariable(ProgramProcess.SCHOOL_CODE);
    Object year = execution.getVariable(ProgramProcess.ACADEMIC_YEAR);
    if (code == null || year == null) {
      throw new UserFacingException("Для запуска программы укажите школу (schoolCode) и учебный год (academicYear, например «2025/26»).");
    }
    ProgramService.checkAcademicYear(year.toString());
    School school = schools.byCode(code.toString());
    programs.findBySchoolAndYear(school.getCode(), year.toString()).ifPresent(p -> {
      throw ProgramService.alreadyRunning(school, p.getAcademicYear());
    });
    String businessKey = execution.getProcessBusinessKey() != null
        ? execution.getProcessBusinessKey()
        : ProgramService.businessKey(school.getCode(), year.toString());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(businessKey);
    }
    MentoringProgram program = new MentoringProgram(school, year.toString(), businessKey,
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
            ? null
            : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId());
    program.setProcessInstanceId(execution.getProcessInstanceId());
    program = programs.saveAndFlush(program);
    execution.setVariable(ProgramProcess.PROGRAM_ID, program.getId());
    events.publishEvent(new ProgramStartedEvent(program.getId()));
  }
}
