package ru.nastavnik.monitoring;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code ${nominees.staffIds(programId)}}: the awarded mentors, one «Лучший наставник» diploma each. */
@Component("nominees")
public class NomineeQueries {

  private final NominationRepository nominations;

  public NomineeQueries(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Transactional(readOnly = true)
  public List<Long> staffIds(Long programId) {
    return nominations.findByProgram(programId).stream().map(n -> n.getStaff().getId()).distinct().toList();
  }
}
