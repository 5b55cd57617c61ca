package ru.nastavnik.bases;

import java.util.List;
import org.springframework.stereotype.Component;

/** Expressions of the stage III diagram: {@code ${mentorBase.candidateIds(programId)}}, {@code ${mentorBase.trainedIds(programId)}}. */
@Component("mentorBase")
public class MentorBaseQueries {

  private final BaseService bases;

  public MentorBaseQueries(BaseService bases) {
    this.bases = bases;
  }

  public List<Long> candidateIds(Long programId) {
    return bases.candidateIds(programId);
  }

  /** Mentors of the program who completed the training (their certificates), in a stable order. */
  public List<Long> trainedIds(Long programId) {
    return bases.mentorsWithStatus(programId, MentorProfile.Status.TRAINED).stream()
        .map(m -> m.getStaff().getId()).sorted().toList();
  }
}
