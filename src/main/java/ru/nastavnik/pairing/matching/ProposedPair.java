package ru.nastavnik.pairing.matching;

import java.util.List;
import ru.nastavnik.pairing.InteractionForm;

/**
 * A pair in the result.
 *
 * @param menteeId the mentee
 * @param mentorId the mentor
 * @param score total compatibility points; equals the sum of the reasons' points
 * @param reasons the score broken down by criterion, in Russian
 * @param form the interaction form the pair works in
 * @param locked kept from the curator's locked pairs rather than proposed by this run
 */
public record ProposedPair(
    long menteeId,
    long mentorId,
    int score,
    List<Reason> reasons,
    InteractionForm form,
    boolean locked) {

  public ProposedPair {
    reasons = List.copyOf(reasons);
  }

  public PairKey key() {
    return new PairKey(menteeId, mentorId);
  }
}
