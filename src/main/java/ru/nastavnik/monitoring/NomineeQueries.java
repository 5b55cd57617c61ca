package ru.nastavnik.monitoring;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.staff.StaffMember;

/**
 * The collections of stage VI's multi-instance documents: {@code ${nominees.staffIds(programId)}}
 * («Наставник года» diplomas), {@code ${nominees.bestPairMemberIds(programId)}} («Лучшая пара»
 * diplomas, both members of a pair) and {@code ${nominees.certifiedMentorIds(programId)}} (a
 * participant's certificate for every mentor whose pair worked).
 */
@Component("nominees")
public class NomineeQueries {

  private final CompletionService completion;

  public NomineeQueries(CompletionService completion) {
    this.completion = completion;
  }

  public List<Long> staffIds(Long programId) {
    return completion.mentorOfTheYearIds(programId);
  }

  public List<Long> bestPairMemberIds(Long programId) {
    return completion.bestPairMemberIds(programId);
  }

  public List<Long> certifiedMentorIds(Long programId) {
    return completion.certifiedMentors(programId).stream().map(StaffMember::getId).toList();
  }
}
