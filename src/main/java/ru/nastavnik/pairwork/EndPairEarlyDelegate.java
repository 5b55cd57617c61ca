package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.StartMenteeSupportDelegate;
import ru.nastavnik.program.ProgramProcess;

/**
 * «Отметить причину и вернуть наставляемого к поиску наставника»: the pair ends early with the
 * reason the message carried ({@code uiEndReason}); each mentee goes back to the search and gets
 * its own «mentee-support» (psychological support, a new mentor, an additional pair).
 */
@Component("endPairEarly")
public class EndPairEarlyDelegate implements JavaDelegate {

  private final PairWorkService work;
  private final StartMenteeSupportDelegate support;

  public EndPairEarlyDelegate(PairWorkService work, StartMenteeSupportDelegate support) {
    this.work = work;
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pairId = EngineContext.longVar(execution, ProgramProcess.PAIR_ID);
    Object reason = execution.getVariable(ProgramProcess.PairWork.END_REASON);
    PairWorkService.EndedPair ended = work.endEarly(pairId, reason == null ? null : reason.toString());
    for (Long menteeId : ended.menteeIds()) {
      support.startFor(ended.programBusinessKey(), (String) execution.getVariable(ProgramProcess.SCHOOL_CODE),
          execution.getVariable(ProgramProcess.ACADEMIC_YEAR), ended.programId(), menteeId, "-after-" + pairId);
    }
  }
}
