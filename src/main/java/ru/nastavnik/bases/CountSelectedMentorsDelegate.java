package ru.nastavnik.bases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;

/** After the interviews: how many candidates were selected (drives the «Отобран хотя бы один?» gateway). */
@Component("countSelectedMentors")
public class CountSelectedMentorsDelegate implements JavaDelegate {

  private final BaseService bases;

  public CountSelectedMentorsDelegate(BaseService bases) {
    this.bases = bases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long programId = EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID);
    int selected = bases.mentorsWithStatus(programId, MentorProfile.Status.SELECTED,
        MentorProfile.Status.TRAINED, MentorProfile.Status.APPOINTED).size();
    execution.setVariable(ProgramProcess.MentorSelection.SELECTED_MENTORS, selected);
  }
}
