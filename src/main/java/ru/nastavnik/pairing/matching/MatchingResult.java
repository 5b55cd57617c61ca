package ru.nastavnik.pairing.matching;

import java.util.List;
import java.util.Optional;

/**
 * What a matching run proposes.
 *
 * @param pairs locked pairs first, then the proposed ones; ordered by mentee id within each
 * @param unpaired mentees left without a mentor, each with the reason
 * @param messages Russian messages about bad or unusual input
 * @param summary figures of the run
 */
public record MatchingResult(
    List<ProposedPair> pairs,
    List<UnpairedMentee> unpaired,
    List<MatchingMessage> messages,
    Summary summary) {

  public MatchingResult {
    pairs = List.copyOf(pairs);
    unpaired = List.copyOf(unpaired);
    messages = List.copyOf(messages);
  }

  /**
   * Figures of a run.
   *
   * @param pairedCount pairs in the result, locked ones included
   * @param proposedCount pairs proposed by this run
   * @param totalScore sum of the scores of all pairs
   * @param proposedScore sum of the scores of the proposed pairs
   * @param exact produced by the exact solver (false for the greedy preview)
   * @param certified the optimum was proved for the whole set of allowed pairs (dual check)
   * @param allowedPairs pairs allowed by the hard rules (the full graph)
   * @param candidatePairs pairs the exact solver worked on (pruned candidate set)
   * @param rounds candidate sets solved until the proof held
   * @param millis wall time
   */
  public record Summary(
      int menteeCount,
      int mentorCount,
      int pairedCount,
      int proposedCount,
      long totalScore,
      long proposedScore,
      boolean exact,
      boolean certified,
      long allowedPairs,
      long candidatePairs,
      int rounds,
      long millis) {}

  public Optional<ProposedPair> pairOf(long menteeId) {
    return pairs.stream().filter(p -> p.menteeId() == menteeId).findFirst();
  }

  public boolean hasMessage(MatchingMessage.Kind kind) {
    return messages.stream().anyMatch(m -> m.kind() == kind);
  }
}
