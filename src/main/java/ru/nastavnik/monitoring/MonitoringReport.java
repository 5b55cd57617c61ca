package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The monitoring report of one school's program (seed 002 §6): stage 1 — response rates of the
 * feedback questionnaires; stage 2 — before/after per parameter and per person; the 9-indicator
 * score per pair with its level and the distribution of levels; the program's own score; the
 * outcome of each pair summed up in stage VI with its members' growth; the final event that closed
 * the year with the files attached to it.
 */
public record MonitoringReport(String schoolCode, String schoolName, Long programId, String academicYear,
    Integer programTotal, String programLevel, List<Growth> growth, List<PersonGrowth> growthPerPerson,
    List<PairScore> pairs, Map<String, Integer> levels, List<ResponseRate> responseRates,
    List<PairResult> pairResults, List<FinalEventResult> finalEvents) {

  /** One parameter over the participants measured both times. */
  public record Growth(String parameter, int persons, double averageBefore, double averageAfter, double averageChange) {}

  public record PersonGrowth(String person, String parameter, Integer before, Integer after, Integer change) {}

  public record PairScore(Long pairId, String pair, String scores, int total, String level) {}

  /**
   * The summing-up of one pair (stage VI, «Подвести итоги работы наставнических пар»): its mentor and
   * mentees, whether the goals were reached ({@code goals}: yes, partly, no; {@code goalsText} in
   * Russian), the curator's comment, the pair's latest effectiveness score if it was scored, and the
   * before/after measurements of its members if they were held.
   */
  public record PairResult(Long pairId, String pair, String mentor, List<String> mentees, String form,
      String goals, String goalsText, String comment, Integer total, String level, List<PersonGrowth> growth) {}

  /**
   * The program's final event (stage VI, «Провести итоговое мероприятие»): its format as the deputy
   * chose it («Итоговая конференция», «Круглый стол» …), the date (ISO, {@code 2026-05-25}), the
   * number of participants, the materials text (none is {@code null}) and the files attached to it.
   */
  public record FinalEventResult(Long eventId, String format, String date, int participants, String materials,
      List<EventFile> files) {}

  /** A file attached to the final event and the URL that downloads it (the school's staff may). */
  public record EventFile(Long documentId, String fileName, long size, String contentType, String url) {

    /** The file's size as people read it (the report page and the information note). */
    public String readableSize() {
      return readableSize(size);
    }

    /** A size as people read it: 812 Б, 14,2 КБ, 3,5 МБ. */
    public static String readableSize(long bytes) {
      if (bytes < 1024) {
        return bytes + " Б";
      }
      double kb = bytes / 1024.0;
      java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
      return kb < 1024 ? String.format(ru, "%.1f КБ", kb) : String.format(ru, "%.1f МБ", kb / 1024);
    }
  }

  public record ResponseRate(String templateCode, String title, int respondents, int answered, int percent) {}

  /** One school's line of the municipal roll-up: aggregates only, no names. */
  public record SchoolLine(String schoolCode, String schoolName, Long programId, String academicYear,
      Integer programTotal, String programLevel, int pairsScored, double averagePairTotal,
      Map<String, Integer> levels, int respondents, int answered, int percent, double averageChange) {}

  public record Municipal(String academicYear, List<SchoolLine> schools, Map<String, Integer> levels,
      int pairsScored, int percent) {}
}
