package ru.nastavnik.pairing.matching;

/**
 * A Russian message about the input or the result, shown to the curator instead of an
 * error page.
 *
 * @param kind what it is about
 * @param text the message in Russian
 * @param menteeId the mentee concerned, if any
 * @param mentorId the mentor concerned, if any
 */
public record MatchingMessage(Kind kind, String text, Long menteeId, Long mentorId) {

  public enum Kind {
    NO_MENTEES,
    NO_MENTORS,
    NO_ELIGIBLE_MENTORS,
    ALL_MENTORS_AT_CAPACITY,
    MENTEE_WITHOUT_ALLOWED_MENTOR,
    LOCKED_PAIR_REJECTED,
    ALL_MENTEES_LOCKED
  }

  static MatchingMessage of(Kind kind, String text) {
    return new MatchingMessage(kind, text, null, null);
  }

  @Override
  public String toString() {
    return text;
  }
}
