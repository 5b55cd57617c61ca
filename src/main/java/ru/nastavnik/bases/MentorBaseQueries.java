package ru.nastavnik.bases;

import java.util.List;
import org.springframework.stereotype.Component;

/** Expressions of the stage III diagram: {@code ${mentorBase.candidateIds(programId)}}. */
@Component("mentorBase")
public class MentorBaseQueries {

  private final BaseService bases;

  public MentorBaseQueries(BaseService bases) {
    this.bases = bases;
  }

  public List<Long> candidateIds(Long programId) {
    return bases.candidateIds(programId);
  }
}
