package ru.nastavnik.pairing.matching;

/**
 * A mentee the run left without a mentor, and why, in Russian. Such a mentee goes to the
 * psychologist and stays in the search.
 */
public record UnpairedMentee(long menteeId, Cause cause, String explanation) {

  public enum Cause {
    /** The hard rules leave no mentor at all for this mentee. */
    NO_ALLOWED_MENTOR,
    /** Some mentors would do, but all of them are taken up to their capacity. */
    ALL_SUITABLE_MENTORS_BUSY
  }
}
