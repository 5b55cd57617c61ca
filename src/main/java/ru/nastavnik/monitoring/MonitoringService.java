package ru.nastavnik.monitoring;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;

/** Stage VI: the 9-indicator effectiveness score, nominations, the long-term mentor base. */
@Service
public class MonitoringService {

  /** The nine indicators under three criteria (seed 002 §6). */
  public static final List<String> INDICATORS = List.of(
      "Соответствие наставнической деятельности цели и задачам, по которым она осуществляется",
      "Соответствие организации наставнической деятельности принципам, заложенным в программе",
      "Соответствие наставнической деятельности современным подходам и технологиям",
      "Наличие комфортного психологического климата в организации",
      "Логичность деятельности наставника, понимание им ситуации наставляемого и правильность выбора основного направления взаимодействия",
      "Степень удовлетворённости всех участников наставнической деятельности",
      "Уровень удовлетворённости партнёра от взаимодействия в наставнической деятельности",
      "Активность и заинтересованность в участии в мероприятиях, связанных с наставнической деятельностью",
      "Степень применения наставляемыми полученных от наставника знаний, умений и опыта в профессиональных ситуациях");

  private final ProgramRepository programs;
  private final EffectivenessScoreRepository scores;
  private final NominationRepository nominations;
  private final MentorProfileRepository mentors;
  private final MenteeProfileRepository mentees;
  private final ru.nastavnik.pairing.PairRepository pairs;
  private final GrowthMeasurementRepository growth;
  private final ru.nastavnik.staff.StaffRepository staff;
  private final org.camunda.bpm.engine.DecisionService decisions;
  private final org.camunda.bpm.engine.IdentityService identity;

  public MonitoringService(ProgramRepository programs, EffectivenessScoreRepository scores,
      NominationRepository nominations, MentorProfileRepository mentors, MenteeProfileRepository mentees,
      ru.nastavnik.pairing.PairRepository pairs, GrowthMeasurementRepository growth,
      ru.nastavnik.staff.StaffRepository staff, org.camunda.bpm.engine.DecisionService decisions,
      org.camunda.bpm.engine.IdentityService identity) {
    this.identity = identity;
    this.programs = programs;
    this.scores = scores;
    this.nominations = nominations;
    this.mentors = mentors;
    this.mentees = mentees;
    this.pairs = pairs;
    this.growth = growth;
    this.staff = staff;
    this.decisions = decisions;
  }

  /** Key of the DMN table that gives the level from the total (staff may edit and redeploy it). */
  public static final String LEVEL_DECISION = "effectiveness-level";

  /** The level for a total from the latest deployed «effectiveness-level» table. */
  public String level(int total) {
    // the caller's right to score was checked; the table itself is shared, read it as the application
    String[] level = new String[1];
    ru.nastavnik.engine.EngineContext.asSystem(identity, () -> {
      Object entry = decisions.evaluateDecisionTableByKey(LEVEL_DECISION)
          .variables(java.util.Map.of("effectivenessTotal", total)).evaluate().getSingleEntry();
      level[0] = String.valueOf(entry);
    });
    return level[0];
  }

  /**
   * The curator's 9 scores for one pair of the program: each 0, 1 or 2 (anything else refused, nothing
   * stored), the level from the DMN table. A new score of the same pair replaces the old one in reports.
   */
  @Transactional
  public EffectivenessScore scorePair(Long programId, Long pairId, List<Integer> values, String scoredBy) {
    String encoded = encode(values);
    ru.nastavnik.pairing.MentoringPair pair = pairs.findInProgram(programId, pairId)
        .orElseThrow(() -> UserFacingException.notFound("Пара " + pairId + " не найдена в этой программе."));
    if (pair.getStatus() != ru.nastavnik.pairing.MentoringPair.Status.ACTIVE
        && pair.getStatus() != ru.nastavnik.pairing.MentoringPair.Status.COMPLETED
        && pair.getStatus() != ru.nastavnik.pairing.MentoringPair.Status.ENDED_EARLY) {
      throw UserFacingException.conflict("Пара ещё не работала — оценивать её эффективность рано.");
    }
    int total = total(encoded);
    return scores.save(new EffectivenessScore(pair.getProgram(), pair, encoded, total, level(total), scoredBy));
  }

  /** Growth scale of stage 2 (the questionnaires' 1–5). */
  public static final int GROWTH_MIN = 1;
  public static final int GROWTH_MAX = 5;

  /**
   * The stage 2 parameters the pair's forms ask for (form field → parameter): measured for each mentee
   * at the acquaintance meeting (before) and in the mentor's report (after).
   */
  public static final java.util.Map<String, String> PAIR_GROWTH_PARAMETERS = pairGrowthParameters();

  private static java.util.Map<String, String> pairGrowthParameters() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("uiProfessional", "Профессиональные компетенции");
    m.put("uiMotivation", "Мотивация к профессиональному развитию");
    m.put("uiConfidence", "Уверенность в организации урока");
    m.put("uiCollective", "Включённость в педагогический коллектив");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** One value of a participant's parameter, as a form gives it. */
  public record GrowthEntry(Long staffId, String parameter, Integer value) {}

  /** Stage 2: one parameter of a participant before entry or after completion (1–5). */
  @Transactional
  public GrowthMeasurement measure(Long programId, Long staffId, String parameter, boolean afterCompletion,
      Integer value, String by) {
    Checked c = check(programId, staffId, parameter, afterCompletion, value);
    c.measurement().record(afterCompletion, value, by);
    return growth.save(c.measurement());
  }

  /**
   * Several values at once (a form's table): every value is checked first, so when one is refused
   * (outside 1–5, «after» without «before», someone not of the school) nothing is stored.
   */
  @Transactional
  public List<GrowthMeasurement> measureAll(Long programId, List<GrowthEntry> entries, boolean afterCompletion,
      String by) {
    for (GrowthEntry e : entries) {
      check(programId, e.staffId(), e.parameter(), afterCompletion, e.value());
    }
    return entries.stream().map(e -> measure(programId, e.staffId(), e.parameter(), afterCompletion, e.value(), by))
        .toList();
  }

  private record Checked(GrowthMeasurement measurement) {}

  private Checked check(Long programId, Long staffId, String parameter, boolean afterCompletion, Integer value) {
    MentoringProgram program = programs.findById(programId)
        .orElseThrow(() -> UserFacingException.notFound("Программа не найдена."));
    if (parameter == null || parameter.isBlank()) {
      throw new UserFacingException("Укажите измеряемый параметр.");
    }
    if (value == null || value < GROWTH_MIN || value > GROWTH_MAX) {
      throw new UserFacingException("Значение параметра «" + parameter.trim() + "» — от " + GROWTH_MIN + " до "
          + GROWTH_MAX + ", указано " + value + ".");
    }
    var person = staff.findInSchool(program.getSchool().getCode(), staffId).orElseThrow(() ->
        UserFacingException.notFound("Сотрудник с номером " + staffId + " не работает в этой школе."));
    GrowthMeasurement m = growth.find(programId, staffId, parameter.trim())
        .orElseGet(() -> new GrowthMeasurement(program, person, parameter.trim()));
    if (afterCompletion && m.getBefore() == null) {
      throw new UserFacingException("Сначала нужно значение «" + parameter.trim()
          + "» до вступления в программу: изменение считается от него (" + person.shortName() + ").");
    }
    return new Checked(m);
  }

  /** Nine scores of 0, 1 or 2 as a digit string; refuses anything else. */
  public static String encode(List<Integer> values) {
    if (values.size() != INDICATORS.size()) {
      throw new UserFacingException("Нужны оценки по всем 9 показателям.");
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      if (v < 0 || v > 2) {
        throw new UserFacingException("Показатель " + (i + 1) + ": допустимы баллы 0, 1 или 2, указано " + v + ".");
      }
      s.append(v);
    }
    return s.toString();
  }

  public static int total(String encoded) {
    return encoded.chars().map(c -> c - '0').sum();
  }

  @Transactional
  public EffectivenessScore record(Long programId, String encoded, String level, String scoredBy) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    int total = total(encoded);
    program.setEffectiveness(total, level);
    return scores.save(new EffectivenessScore(program, null, encoded, total, level, scoredBy));
  }

  /** Mentees who want to mentor join the long-term mentor base for the next cycle (seed 001 VI.5). */
  @Transactional
  public int addToLongTermBase(Long programId, List<Long> menteeStaffIds) {
    for (Long id : menteeStaffIds) {
      MenteeProfile m = mentees.findByProgramAndStaff(programId, id).orElseThrow(() ->
          new UserFacingException("Сотрудник с номером " + id + " не был наставляемым в этой программе."));
      m.setWantsToMentor(true);
      m.setStatus(MenteeProfile.Status.COMPLETED);
    }
    return menteeStaffIds.size();
  }

  @Transactional(readOnly = true)
  public List<MentorProfile> appointedMentors(Long programId) {
    return mentors.findByProgramAndStatus(programId, List.of(MentorProfile.Status.APPOINTED));
  }

  @Transactional(readOnly = true)
  public List<MenteeProfile> pairedMentees(Long programId) {
    return mentees.findByProgramAndStatus(programId, List.of(MenteeProfile.Status.PAIRED, MenteeProfile.Status.COMPLETED));
  }

  @Transactional(readOnly = true)
  public List<Nomination> nominations(Long programId) {
    return nominations.findByProgram(programId);
  }

  @Transactional(readOnly = true)
  public List<EffectivenessScore> scores(Long programId) {
    return scores.findByProgram(programId);
  }
}
