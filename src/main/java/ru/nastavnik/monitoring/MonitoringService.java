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

  public MonitoringService(ProgramRepository programs, EffectivenessScoreRepository scores,
      NominationRepository nominations, MentorProfileRepository mentors, MenteeProfileRepository mentees) {
    this.programs = programs;
    this.scores = scores;
    this.nominations = nominations;
    this.mentors = mentors;
    this.mentees = mentees;
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

  @Transactional
  public int nominate(Long programId, List<Long> mentorStaffIds, String title) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    for (Long id : mentorStaffIds) {
      MentorProfile m = mentors.findByProgramAndStaff(programId, id)
          .filter(p -> p.getStatus() == MentorProfile.Status.APPOINTED).orElseThrow(() ->
              new UserFacingException("Сотрудник с номером " + id + " не был наставником в этой программе."));
      nominations.save(new Nomination(program, m.getStaff(), title));
    }
    return mentorStaffIds.size();
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
