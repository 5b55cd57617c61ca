package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairing.PlanStatus;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.program.MentoringProgram;

/** Stage V: the year of work of one pair or group. */
@Service
public class PairWorkService {

  private final PairRepository pairs;
  private final PairMeetingRepository meetings;
  private final MenteeProfileRepository mentees;

  public PairWorkService(PairRepository pairs, PairMeetingRepository meetings, MenteeProfileRepository mentees) {
    this.pairs = pairs;
    this.meetings = meetings;
    this.mentees = mentees;
  }

  /** Questionnaire templates of the checkpoint feedback: one collection for the mentees, one for the mentor. */
  public static final List<String> FEEDBACK_TEMPLATES = List.of("feedback-mentee", "feedback-mentor");

  /** Who answers a checkpoint questionnaire of the pair: its mentees, or its mentor. */
  @Transactional(readOnly = true)
  public List<Long> feedbackRespondents(Long pairId, String templateCode) {
    MentoringPair pair = pair(pairId);
    return switch (templateCode) {
      case "feedback-mentee" -> pair.getMentees().stream().map(StaffMember::getId).toList();
      case "feedback-mentor" -> List.of(pair.getMentor().getId());
      default -> throw new UserFacingException("Анкета «" + templateCode + "» не относится к обратной связи пары.");
    };
  }

  @Transactional
  public void planDrafted(Long pairId) {
    pair(pairId).setPlanStatus(PlanStatus.DRAFTED);
  }

  /** The deputy's decision on the plan: agreed, or back to the mentor. */
  @Transactional
  public void agreePlan(Long pairId, boolean agreed) {
    MentoringPair pair = pair(pairId);
    pair.setPlanStatus(agreed ? PlanStatus.agree(pair.getPlanStatus()) : PlanStatus.DRAFTED);
  }

  /** The director's decision: an approved plan must have been agreed first; returned goes back to the mentor. */
  @Transactional
  public void approvePlan(Long pairId, boolean approved) {
    MentoringPair pair = pair(pairId);
    if (approved) {
      pair.setPlanStatus(PlanStatus.approve(pair.getPlanStatus()));
    } else {
      if (pair.getPlanStatus() != PlanStatus.AGREED) {
        PlanStatus.approve(pair.getPlanStatus());
      }
      pair.setPlanStatus(PlanStatus.DRAFTED);
    }
  }

  /** Checks an early end can be asked for: the pair works and a reason is given. */
  @Transactional(readOnly = true)
  public MentoringPair checkEndEarly(Long pairId, String reason) {
    MentoringPair pair = pair(pairId);
    if (reason == null || reason.isBlank()) {
      throw new UserFacingException("Укажите причину досрочного завершения работы пары.");
    }
    if (pair.getStatus() != MentoringPair.Status.ACTIVE || pair.getProcessInstanceId() == null) {
      throw UserFacingException.conflict("Пара не работает (статус " + pair.getStatus()
          + "): завершить её досрочно нельзя.");
    }
    return pair;
  }

  /**
   * Ends a working pair early with its reason; its mentees go back to the search for a mentor
   * (status SEARCHING). Returns the program and the mentees' staff ids.
   */
  @Transactional
  public EndedPair endEarly(Long pairId, String reason) {
    MentoringPair pair = checkEndEarly(pairId, reason);
    pair.end(MentoringPair.Status.ENDED_EARLY, reason.trim());
    Long programId = pair.getProgram().getId();
    for (StaffMember mentee : pair.getMentees()) {
      mentees.findByProgramAndStaff(programId, mentee.getId())
          .ifPresent(p -> p.setStatus(MenteeProfile.Status.SEARCHING));
    }
    return new EndedPair(programId, pair.getProgram().getBusinessKey(),
        pair.getMentees().stream().map(StaffMember::getId).toList());
  }

  /** A pair ended early: its program and the mentees who go back to the search. */
  public record EndedPair(Long programId, String programBusinessKey, List<Long> menteeIds) {}

  @Transactional(readOnly = true)
  public MentoringPair pair(Long pairId) {
    return pairs.findById(pairId).orElseThrow(() -> UserFacingException.notFound("Пара не найдена."));
  }

  /** Approved pairs that start working in stage V (collection of the multi-instance call). */
  @Transactional(readOnly = true)
  public List<Long> approvedPairIds(Long programId) {
    return pairs.findByProgramAndStatus(programId, List.of(MentoringPair.Status.APPROVED)).stream()
        .map(MentoringPair::getId).toList();
  }

  /** The pair's mentees, by name. */
  @Transactional(readOnly = true)
  public List<StaffMember> mentees(Long pairId) {
    return pair(pairId).getMentees().stream()
        .sorted(java.util.Comparator.comparing(StaffMember::shortName)).toList();
  }

  @Transactional(readOnly = true)
  public String schoolCode(Long pairId) {
    return pair(pairId).getProgram().getSchool().getCode();
  }

  @Transactional(readOnly = true)
  public String mentorUsername(Long pairId) {
    return pair(pairId).getMentor().getUsername();
  }

  @Transactional
  public void activate(Long pairId, String processInstanceId) {
    MentoringPair pair = pair(pairId);
    if (pair.getStatus() == MentoringPair.Status.APPROVED) {
      pair.setStatus(MentoringPair.Status.ACTIVE);
    }
    pair.setProcessInstanceId(processInstanceId);
  }

  @Transactional
  public void complete(Long pairId) {
    MentoringPair pair = pair(pairId);
    if (pair.getStatus() == MentoringPair.Status.ACTIVE) {
      pair.end(MentoringPair.Status.COMPLETED, null);
    }
  }

  /** A meeting as the mentor logs it; dated within the program's academic year and not in the future. */
  @Transactional
  public PairMeeting logMeeting(Long pairId, PairMeeting.Kind kind, LocalDate heldOn, String topic,
      String outcome, Integer minutes, String recordedBy) {
    MentoringPair pair = pair(pairId);
    checkWithinProgram(pair.getProgram(), heldOn);
    if (minutes != null && (minutes < 5 || minutes > 600)) {
      throw new UserFacingException("Продолжительность встречи указывается в минутах: от 5 до 600.");
    }
    return meetings.save(new PairMeeting(pair, kind, heldOn, topic, outcome, minutes, recordedBy));
  }

  static void checkWithinProgram(MentoringProgram program, LocalDate date) {
    int first = Integer.parseInt(program.getAcademicYear().substring(0, 4));
    LocalDate from = LocalDate.of(first, 6, 1);
    LocalDate to = LocalDate.of(first + 1, 8, 31);
    if (date.isBefore(from) || date.isAfter(to)) {
      throw new UserFacingException("Дата " + date + " вне сроков программы " + program.getAcademicYear()
          + " (с " + from + " по " + to + ").");
    }
  }

  @Transactional(readOnly = true)
  public List<PairMeeting> meetings(Long pairId) {
    return meetings.findByPair(pairId);
  }

  /** The mentor's report needs at least one logged meeting. */
  @Transactional(readOnly = true)
  public void checkCanReport(Long pairId) {
    if (meetings.findByPair(pairId).isEmpty()) {
      throw new UserFacingException("Отчёт невозможен: у пары не отмечено ни одной встречи.");
    }
  }
}
