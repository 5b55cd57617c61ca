package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The monitoring report of one school's program (seed 002 §6): stage 1 — response rates of the
 * feedback questionnaires; stage 2 — before/after per parameter and per person; the 9-indicator
 * score per pair with its level and the distribution of levels; the program's own score.
 */
public record MonitoringReport(String schoolCode, String schoolName, Long programId, String academicYear,
    Integer programTotal, String programLevel, List<Growth> growth, List<PersonGrowth> growthPerPerson,
    List<PairScore> pairs, Map<String, Integer> levels, List<ResponseRate> responseRates) {

  /** One parameter over the participants measured both times. */
  public record Growth(String parameter, int persons, double averageBefore, double averageAfter, double averageChange) {}

  public record PersonGrowth(String person, String parameter, Integer before, Integer after, Integer change) {}

  public record PairScore(Long pairId, String pair, String scores, int total, String level) {}

  public record ResponseRate(String templateCode, String title, int respondents, int answered, int percent) {}

  /** One school's line of the municipal roll-up: aggregates only, no names. */
  public record SchoolLine(String schoolCode, String schoolName, Long programId, String academicYear,
      Integer programTotal, String programLevel, int pairsScored, double averagePairTotal,
      Map<String, Integer> levels, int respondents, int answered, int percent, double averageChange) {}

  public record Municipal(String academicYear, List<SchoolLine> schools, Map<String, Integer> levels,
      int pairsScored, int percent) {}
}
