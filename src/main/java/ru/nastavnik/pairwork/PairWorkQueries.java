package ru.nastavnik.pairwork;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expressions of the stage V and pair diagrams: {@code ${pairWork.approvedPairIds(programId)}}
 * (the pairs that start), {@code ${pairWork.mentorUsername(pairId)}} (assignee of the mentor's tasks).
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
}
