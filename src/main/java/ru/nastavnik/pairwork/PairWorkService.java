package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.MentoringProgram;

/** Stage V: the year of work of one pair or group. */
@Service
public class PairWorkService {

  private final PairRepository pairs;
  private final PairMeetingRepository meetings;

  public PairWorkService(PairRepository pairs, PairMeetingRepository meetings) {
    this.pairs = pairs;
    this.meetings = meetings;
  }

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
