package ru.nastavnik.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.matching.MatchingResult;
import ru.nastavnik.pairing.matching.PairKey;
import ru.nastavnik.program.ProgramProcess;

/**
 * «Подобрать пары»: the exact matching over the program's bases, run as a background job
 * (asyncBefore). Its proposal pre-fills the curator's form ({@code pairs}: ids only); pairs the
 * curator locked before a re-run ({@code lockedPairs}) are kept as they are.
 */
@Component("proposePairs")
public class ProposePairsDelegate implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PairProposalService proposals;

  public ProposePairsDelegate(PairProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    Long programId = EngineContext.longVar(execution, ProgramProcess.PROGRAM_ID);
    MatchingResult result = proposals.propose(programId, locked(execution.getVariable(ProgramProcess.Pairs.LOCKED)));
    execution.setVariable(ProgramProcess.Pairs.ROWS, SpinValues.jsonValue(PairProposalService.rows(result)).create());
    execution.setVariable(ProgramProcess.Pairs.RERUN, false);
  }

  static List<PairKey> locked(Object value) throws Exception {
    List<PairKey> keys = new ArrayList<>();
    if (value == null) {
      return keys;
    }
    for (JsonNode row : JSON.readTree(value.toString())) {
      keys.add(new PairKey(row.path("menteeId").asLong(), row.path("mentorId").asLong()));
    }
    return keys;
  }
}
