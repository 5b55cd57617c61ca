package ru.nastavnik.pairing.matching;

import java.util.List;

/**
 * One matching run: the bases, the psychologist's results and the curator's decisions.
 *
 * @param mentees the mentee base (including mentees of locked pairs)
 * @param mentors the mentor base (capacity counts the locked pairs too)
 * @param compatibility the psychologist's results, per pair, where there are any
 * @param lockedPairs pairs the curator fixed: kept as they are, they use the mentor's capacity
 * @param excludedPairs pairs the curator removed: never proposed again
 */
public record MatchingProblem(
    List<MenteeInput> mentees,
    List<MentorInput> mentors,
    List<CompatibilityResult> compatibility,
    List<PairKey> lockedPairs,
    List<PairKey> excludedPairs) {

  public MatchingProblem {
    mentees = mentees == null ? List.of() : List.copyOf(mentees);
    mentors = mentors == null ? List.of() : List.copyOf(mentors);
    compatibility = compatibility == null ? List.of() : List.copyOf(compatibility);
    lockedPairs = lockedPairs == null ? List.of() : List.copyOf(lockedPairs);
    excludedPairs = excludedPairs == null ? List.of() : List.copyOf(excludedPairs);
  }

  public static MatchingProblem of(List<MenteeInput> mentees, List<MentorInput> mentors) {
    return new MatchingProblem(mentees, mentors, List.of(), List.of(), List.of());
  }

  public MatchingProblem withCompatibility(List<CompatibilityResult> results) {
    return new MatchingProblem(mentees, mentors, results, lockedPairs, excludedPairs);
  }

  public MatchingProblem withLocked(List<PairKey> locked) {
    return new MatchingProblem(mentees, mentors, compatibility, locked, excludedPairs);
  }

  public MatchingProblem withExcluded(List<PairKey> excluded) {
    return new MatchingProblem(mentees, mentors, compatibility, lockedPairs, excluded);
  }

  public MatchingProblem withMentors(List<MentorInput> newMentors) {
    return new MatchingProblem(mentees, newMentors, compatibility, lockedPairs, excludedPairs);
  }
}
