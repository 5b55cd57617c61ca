package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.ProgramProcess;

/** The pair becomes active when its process starts and completed when it ends. */
@Component("pairLifecycle")
public class PairLifecycleListener implements ExecutionListener {

  /** Variable of the «Нет встреч» timer: how long without a logged meeting before the curator looks. */
  public static final String NO_MEETINGS_PERIOD = "noMeetingsPeriod";

  private final PairWorkService work;
  private final String noMeetingsPeriod;

  public PairLifecycleListener(PairWorkService work,
      @Value("${nastavnik.pair.no-meetings-period:P28D}") String noMeetingsPeriod) {
    this.work = work;
    this.noMeetingsPeriod = noMeetingsPeriod;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long pairId = EngineContext.longVar(execution, ProgramProcess.PAIR_ID);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      work.activate(pairId, execution.getProcessInstanceId());
      if (execution.getVariable(NO_MEETINGS_PERIOD) == null) {
        execution.setVariable(NO_MEETINGS_PERIOD, noMeetingsPeriod);
      }
    } else {
      work.complete(pairId);
    }
  }
}
