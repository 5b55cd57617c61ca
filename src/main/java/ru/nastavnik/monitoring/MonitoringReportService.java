package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.documents.DocumentController;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.questionnaire.QuestionnaireCollection;
import ru.nastavnik.questionnaire.QuestionnaireCollectionRepository;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.StaffMember;

/** Builds the monitoring report of a program and the municipal roll-up across schools. */
@Service
public class MonitoringReportService {

  /** The levels of the DMN table, best first (their order in charts). */
  public static final List<String> LEVELS = List.of("оптимальный", "допустимый", "недопустимый");

  private final ProgramRepository programs;
  private final SchoolRepository schools;
  private final EffectivenessScoreRepository scores;
  private final GrowthMeasurementRepository growth;
  private final QuestionnaireCollectionRepository collections;
  private final PairOutcomeRepository outcomes;
  private final FinalEventRepository finalEvents;
  private final FinalEventMaterials eventFiles;

  public MonitoringReportService(ProgramRepository programs, SchoolRepository schools,
      EffectivenessScoreRepository scores, GrowthMeasurementRepository growth,
      QuestionnaireCollectionRepository collections, PairOutcomeRepository outcomes,
      FinalEventRepository finalEvents, FinalEventMaterials eventFiles) {
    this.programs = programs;
    this.schools = schools;
    this.scores = scores;
    this.growth = growth;
    this.collections = collections;
    this.outcomes = outcomes;
    this.finalEvents = finalEvents;
    this.eventFiles = eventFiles;
  }

  @Transactional(readOnly = true)
  public MentoringProgram program(Long programId) {
    return programs.findById(programId).orElseThrow(() -> UserFacingException.notFound("Программа не найдена."));
  }

  /** The school a program belongs to (access checks). */
  @Transactional(readOnly = true)
  public String schoolCode(Long programId) {
    return program(programId).getSchool().getCode();
  }

  @Transactional(readOnly = true)
  public MonitoringReport report(Long programId) {
    return report(programId, true);
  }

  /** The report; the municipal roll-up (aggregates only) leaves out the final events and their files. */
  private MonitoringReport report(Long programId, boolean withFinalEvents) {
    MentoringProgram program = program(programId);
    School school = program.getSchool();

    List<MonitoringReport.PersonGrowth> perPerson = new ArrayList<>();
    Map<Long, List<MonitoringReport.PersonGrowth>> perStaff = new LinkedHashMap<>();
    Map<String, List<GrowthMeasurement>> byParameter = new LinkedHashMap<>();
    for (GrowthMeasurement g : growth.findByProgram(programId)) {
      MonitoringReport.PersonGrowth line = new MonitoringReport.PersonGrowth(g.getStaff().shortName(), g.getParameter(),
          g.getBefore(), g.getAfter(), g.change());
      perPerson.add(line);
      perStaff.computeIfAbsent(g.getStaff().getId(), k -> new ArrayList<>()).add(line);
      if (g.change() != null) {
        byParameter.computeIfAbsent(g.getParameter(), k -> new ArrayList<>()).add(g);
      }
    }
    List<MonitoringReport.Growth> growthLines = byParameter.entrySet().stream().map(e -> {
      List<GrowthMeasurement> ms = e.getValue();
      double before = ms.stream().mapToInt(GrowthMeasurement::getBefore).average().orElse(0);
      double after = ms.stream().mapToInt(GrowthMeasurement::getAfter).average().orElse(0);
      return new MonitoringReport.Growth(e.getKey(), ms.size(), round(before), round(after), round(after - before));
    }).toList();

    List<EffectivenessScore> latest = latestPairScores(programId);
    List<MonitoringReport.PairScore> pairScores = latest.stream()
        .map(s -> new MonitoringReport.PairScore(s.getPair().getId(), PairingService.label(s.getPair()), s.getScores(),
            s.getTotal(), s.getLevel()))
        .toList();
    List<MonitoringReport.PairResult> pairResults = pairResults(programId, latest, perStaff);
    Map<String, Integer> levels = distribution(pairScores.stream().map(MonitoringReport.PairScore::level).toList());

    List<MonitoringReport.ResponseRate> rates = new ArrayList<>();
    Map<String, List<QuestionnaireCollection>> byTemplate = collections.findBySchool(school.getCode()).stream()
        .filter(c -> programId.equals(c.getProgramId()))
        .collect(Collectors.groupingBy(c -> c.getTemplate().getCode(), LinkedHashMap::new, Collectors.toList()));
    byTemplate.forEach((code, list) -> {
      int respondents = list.stream().mapToInt(QuestionnaireCollection::getRespondentCount).sum();
      int answered = list.stream().mapToInt(QuestionnaireCollection::getAnsweredCount).sum();
      rates.add(new MonitoringReport.ResponseRate(code, list.get(0).getTemplate().getTitle(), respondents, answered,
          percent(answered, respondents)));
    });
    rates.sort(Comparator.comparing(MonitoringReport.ResponseRate::templateCode));

    return new MonitoringReport(school.getCode(), school.getName(), programId, program.getAcademicYear(),
        program.getEffectivenessTotal(), program.getEffectivenessLevel(), growthLines, perPerson, pairScores, levels,
        rates, pairResults, withFinalEvents ? finalEvents(school.getCode(), programId) : List.of());
  }

  /**
   * The program's final events, newest first (the deputy records one; recording again replaces it),
   * each with the files attached to it and the URLs that download them.
   */
  private List<MonitoringReport.FinalEventResult> finalEvents(String schoolCode, Long programId) {
    List<MonitoringReport.FinalEventResult> out = new ArrayList<>();
    for (FinalEvent e : finalEvents.findBySchool(schoolCode)) {
      if (!programId.equals(e.getProgram().getId())) {
        continue;
      }
      List<MonitoringReport.EventFile> files = eventFiles.list(schoolCode, e.getId()).stream()
          .map(d -> new MonitoringReport.EventFile(d.getId(), d.getFileName(), d.getDocxSize(),
              DocumentController.mediaType(d).toString(), FinalEventMaterials.url(schoolCode, e.getId(), d.getId())))
          .toList();
      out.add(new MonitoringReport.FinalEventResult(e.getId(), e.getFormat(), e.getDate().toString(),
          e.getParticipants(), e.getMaterials(), files));
    }
    return out;
  }

  /**
   * One line per pair the curator summed up in stage VI, in pair order: members, outcome, the pair's
   * latest score and the measurements of its mentor and mentees (those held; none is an empty list).
   */
  private List<MonitoringReport.PairResult> pairResults(Long programId, List<EffectivenessScore> latest,
      Map<Long, List<MonitoringReport.PersonGrowth>> perStaff) {
    Map<Long, EffectivenessScore> scoreOf = new LinkedHashMap<>();
    latest.forEach(s -> scoreOf.put(s.getPair().getId(), s));
    List<MonitoringReport.PairResult> out = new ArrayList<>();
    for (PairOutcome o : outcomes.findByProgram(programId)) {
      MentoringPair p = o.getPair();
      List<MonitoringReport.PersonGrowth> members = new ArrayList<>(perStaff.getOrDefault(p.getMentor().getId(), List.of()));
      p.getMentees().forEach(m -> members.addAll(perStaff.getOrDefault(m.getId(), List.of())));
      EffectivenessScore score = scoreOf.get(p.getId());
      out.add(new MonitoringReport.PairResult(p.getId(), PairingService.label(p), p.getMentor().shortName(),
          p.getMentees().stream().map(StaffMember::shortName).toList(), p.getForm() == null ? null : p.getForm().title(),
          o.getGoals().value(), o.getGoals().text(), o.getComment(), score == null ? null : score.getTotal(),
          score == null ? null : score.getLevel(), members));
    }
    return out;
  }

  /** For administrators: every school's program of the year, aggregates only. */
  @Transactional(readOnly = true)
  public MonitoringReport.Municipal municipal(String academicYear) {
    List<MonitoringReport.SchoolLine> lines = new ArrayList<>();
    Map<String, Integer> levels = distribution(List.of());
    int respondents = 0;
    int answered = 0;
    int scored = 0;
    for (School school : schools.findAll(org.springframework.data.domain.Sort.by("code"))) {
      MentoringProgram program = programs.findBySchoolAndYear(school.getCode(), academicYear).orElse(null);
      if (program == null) {
        continue;
      }
      MonitoringReport r = report(program.getId(), false);
      int resp = r.responseRates().stream().mapToInt(MonitoringReport.ResponseRate::respondents).sum();
      int ans = r.responseRates().stream().mapToInt(MonitoringReport.ResponseRate::answered).sum();
      double average = r.pairs().stream().mapToInt(MonitoringReport.PairScore::total).average().orElse(0);
      double change = r.growth().stream().mapToDouble(MonitoringReport.Growth::averageChange).average().orElse(0);
      lines.add(new MonitoringReport.SchoolLine(school.getCode(), school.getName(), program.getId(), academicYear,
          r.programTotal(), r.programLevel(), r.pairs().size(), round(average), r.levels(), resp, ans,
          percent(ans, resp), round(change)));
      r.levels().forEach((k, v) -> levels.merge(k, v, Integer::sum));
      respondents += resp;
      answered += ans;
      scored += r.pairs().size();
    }
    return new MonitoringReport.Municipal(academicYear, lines, levels, scored, percent(answered, respondents));
  }

  /** The last score of each pair (a new score replaces the old one). */
  private List<EffectivenessScore> latestPairScores(Long programId) {
    Map<Long, EffectivenessScore> last = new LinkedHashMap<>();
    for (EffectivenessScore s : scores.findByProgram(programId)) {
      MentoringPair p = s.getPair();
      if (p != null) {
        last.remove(p.getId());
        last.put(p.getId(), s);
      }
    }
    return new ArrayList<>(last.values());
  }

  static Map<String, Integer> distribution(List<String> levels) {
    Map<String, Integer> out = new LinkedHashMap<>();
    LEVELS.forEach(l -> out.put(l, 0));
    levels.forEach(l -> out.merge(l, 1, Integer::sum));
    return out;
  }

  static int percent(int part, int whole) {
    return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
