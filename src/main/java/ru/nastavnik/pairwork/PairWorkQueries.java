package ru.nastavnik.pairwork;

import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Expressions of the stage V and pair diagrams: {@code ${pairWork.approvedPairIds(programId)}}
 * (the pairs that start), {@code ${pairWork.mentorUsername(pairId)}} (assignee of the mentor's tasks),
 * the checkpoint feedback's templates and respondents.
 */
@Component("pairWork")
public class PairWorkQueries {

  private final PairWorkService work;

  public PairWorkQueries(PairWorkService work) {
    this.work = work;
  }

  public List<Long> approvedPairIds(Long programId) {
    return work.approvedPairIds(programId);
  }

  public String mentorUsername(Long pairId) {
    return work.mentorUsername(pairId);
  }

  /** {@code ${pairWork.feedbackTemplates()}}: the checkpoint questionnaires (multi-instance collection). */
  public List<String> feedbackTemplates() {
    return PairWorkService.FEEDBACK_TEMPLATES;
  }

  /** {@code ${pairWork.feedbackRespondents(pairId, feedbackTemplate)}}: staff ids as the JSON list «Сбор анкет» takes. */
  public TypedValue feedbackRespondents(Long pairId, String templateCode) {
    return SpinValues.jsonValue(work.feedbackRespondents(pairId, templateCode).toString()).create();
  }
}
