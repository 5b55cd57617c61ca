package ru.nastavnik.bases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffService;

/** The mentee base (stage II) and the mentor base (stage III) of a program. */
@Service
public class BaseService {

  private final ProgramRepository programs;
  private final MenteeProfileRepository mentees;
  private final MentorProfileRepository mentors;
  private final StaffService staff;
  private final ConsentService consents;
  private final ApplicationEventPublisher events;

  public BaseService(ProgramRepository programs, MenteeProfileRepository mentees,
      MentorProfileRepository mentors, StaffService staff, ConsentService consents,
      ApplicationEventPublisher events) {
    this.programs = programs;
    this.mentees = mentees;
    this.mentors = mentors;
    this.staff = staff;
    this.consents = consents;
    this.events = events;
  }

  /** Teachers who may take part: active staff other than the director and the deputy. */
  @Transactional(readOnly = true)
  public List<StaffMember> teachers(Long programId) {
    MentoringProgram program = program(programId);
    return staff.ofSchool(program.getSchool().getCode()).stream()
        .filter(StaffMember::isActive)
        .filter(s -> !s.hasRole(Role.DIRECTOR) && !s.hasRole(Role.DEPUTY))
        .toList();
  }

  public static String label(StaffMember s) {
    String subjects = s.getSubjects() == null || s.getSubjects().isBlank() ? "" : ", " + s.getSubjects();
    return s.shortName() + " — " + s.getPosition() + subjects + ", стаж " + s.getExperienceYears() + " " + years(s.getExperienceYears());
  }

  static String years(int n) {
    int mod100 = n % 100;
    int mod10 = n % 10;
    if (mod100 >= 11 && mod100 <= 14) {
      return "лет";
    }
    return mod10 == 1 ? "год" : mod10 >= 2 && mod10 <= 4 ? "года" : "лет";
  }

  /** Category of the mentee base from the staff record (seed 002 §4). */
  public static MenteeCategory categoryOf(StaffMember s, LocalDate programStart) {
    if (s.getExperienceYears() <= 3) {
      return MenteeCategory.YOUNG_SPECIALIST;
    }
    if (s.getHiredOn() != null && ChronoUnit.MONTHS.between(s.getHiredOn(), programStart) < 12) {
      return MenteeCategory.ADAPTATION;
    }
    return MenteeCategory.DIGITAL;
  }

  // ---- stage II: the mentee base

  /** The curator's list of mentees (from requests and diagnostics); replaces earlier candidates. */
  @Transactional
  public int selectMentees(Long programId, List<Long> staffIds) {
    MentoringProgram program = program(programId);
    Set<Long> wanted = new HashSet<>(staffIds);
    for (MenteeProfile p : mentees.findByProgram(programId)) {
      if (p.getStatus() == MenteeProfile.Status.CANDIDATE && !wanted.contains(p.getStaff().getId())) {
        mentees.delete(p);
      }
    }
    LocalDate start = LocalDate.of(Integer.parseInt(program.getAcademicYear().substring(0, 4)), 9, 1);
    for (Long id : staffIds) {
      StaffMember s = staff.inSchool(program.getSchool().getCode(), id);
      if (s.hasRole(Role.DIRECTOR) || s.hasRole(Role.DEPUTY)) {
        throw new UserFacingException(s.shortName() + " — руководитель и не включается в базу наставляемых.");
      }
      if (mentees.findByProgramAndStaff(programId, id).isEmpty()) {
        mentees.save(new MenteeProfile(program, s, categoryOf(s, start)));
      }
    }
    return staffIds.size();
  }

  @Transactional(readOnly = true)
  public List<MenteeProfile> menteesWithStatus(Long programId, MenteeProfile.Status... statuses) {
    return mentees.findByProgramAndStatus(programId, List.of(statuses));
  }

  /** Personal-data consents (152-ФЗ): only those who gave one enter the base. */
  @Transactional
  public int recordMenteeConsents(Long programId, List<Long> staffIds, LocalDate givenOn, String method,
      String recordedBy) {
    for (Long id : staffIds) {
      MenteeProfile p = mentees.findByProgramAndStaff(programId, id).orElseThrow(() ->
          new UserFacingException("Сотрудник с номером " + id + " не входит в список наставляемых этой программы."));
      consents.record(p.getStaff(), Consent.Purpose.PERSONAL_DATA, givenOn, method, recordedBy);
      if (p.getStatus() == MenteeProfile.Status.CANDIDATE) {
        p.setStatus(MenteeProfile.Status.IN_BASE);
      }
    }
    return menteesWithStatus(programId, MenteeProfile.Status.IN_BASE).size();
  }

  /** Approves the base; returns the analytic note's text: counts per category. */
  @Transactional
  public String approveMenteeBase(Long programId) {
    List<MenteeProfile> base = menteesWithStatus(programId, MenteeProfile.Status.IN_BASE);
    if (base.isEmpty()) {
      throw new UserFacingException("В базе наставляемых нет ни одного педагога с согласием на обработку персональных данных.");
    }
    base.forEach(p -> consents.requireValid(p.getStaff(), Consent.Purpose.PERSONAL_DATA, "включение в базу наставляемых"));
    base.forEach(p -> p.setStatus(MenteeProfile.Status.APPROVED));
    return baseSummary(base);
  }

  /** Statuses of a mentee whose consent is recorded and who has not withdrawn it. */
  public static final List<MenteeProfile.Status> CONSENTED = List.of(MenteeProfile.Status.IN_BASE,
      MenteeProfile.Status.APPROVED, MenteeProfile.Status.PAIRED, MenteeProfile.Status.SEARCHING,
      MenteeProfile.Status.COMPLETED);

  /** The base as it is now (after a withdrawal, say): the same line the approval recorded. */
  @Transactional(readOnly = true)
  public String menteeBaseSummary(Long programId) {
    return baseSummary(mentees.findByProgramAndStatus(programId, CONSENTED));
  }

  private static String baseSummary(List<MenteeProfile> base) {
    Map<MenteeCategory, Long> counts = new EnumMap<>(MenteeCategory.class);
    base.forEach(p -> counts.merge(p.getCategory(), 1L, Long::sum));
    return "В базу наставляемых включено педагогов: " + base.size() + "." + (counts.isEmpty() ? "" : " По категориям: "
        + counts.entrySet().stream().map(e -> e.getKey().title() + " — " + e.getValue())
            .collect(Collectors.joining("; ")) + ".");
  }

  // ---- stage III: the mentor base

  @Transactional
  public int selectMentorCandidates(Long programId, List<Long> staffIds) {
    MentoringProgram program = program(programId);
    for (Long id : staffIds) {
      StaffMember s = staff.inSchool(program.getSchool().getCode(), id);
      if (mentees.findByProgramAndStaff(programId, id).filter(m -> m.getStatus() != MenteeProfile.Status.WITHDRAWN).isPresent()) {
        throw new UserFacingException(s.shortName() + " входит в базу наставляемых этой программы и не может быть наставником.");
      }
      MentorProfile profile = mentors.findByProgramAndStaff(programId, id).orElse(null);
      if (profile == null) {
        mentors.save(new MentorProfile(program, s));
      } else if (profile.getStatus() == MentorProfile.Status.REJECTED) {
        profile.setStatus(MentorProfile.Status.CANDIDATE);
      }
    }
    return staffIds.size();
  }

  /** Candidates waiting for the interview (collection of the multi-instance interview task). */
  @Transactional(readOnly = true)
  public List<Long> candidateIds(Long programId) {
    return mentors.findByProgramAndStatus(programId, List.of(MentorProfile.Status.CANDIDATE)).stream()
        .map(m -> m.getStaff().getId()).toList();
  }

  @Transactional(readOnly = true)
  public MentorProfile mentor(Long programId, Long staffId) {
    return mentors.findByProgramAndStaff(programId, staffId).orElseThrow(() ->
        new UserFacingException("Кандидат с номером " + staffId + " не найден в базе наставников программы."));
  }

  /** The interview on psychological readiness: selected, or rejected with a reason. */
  @Transactional
  public void recordInterview(Long programId, Long staffId, boolean selected, String reason, int capacity,
      java.time.LocalDate consentOn, String recordedBy) {
    MentorProfile m = mentor(programId, staffId);
    if (m.getStatus() != MentorProfile.Status.CANDIDATE) {
      throw UserFacingException.conflict("Собеседование с кандидатом " + m.getStaff().shortName() + " уже проведено.");
    }
    if (selected) {
      if (consentOn == null) {
        throw new UserFacingException("Отобрать наставника можно только с согласием на обработку персональных данных: укажите дату согласия.");
      }
      consents.record(m.getStaff(), Consent.Purpose.PERSONAL_DATA, consentOn, "письменно", recordedBy);
      m.setStatus(MentorProfile.Status.SELECTED);
      m.setCapacity(capacity);
    } else {
      if (reason == null || reason.isBlank()) {
        throw new UserFacingException("Укажите причину отказа кандидату.");
      }
      m.reject(reason);
    }
  }

  @Transactional(readOnly = true)
  public List<MentorProfile> mentorsWithStatus(Long programId, MentorProfile.Status... statuses) {
    return mentors.findByProgramAndStatus(programId, List.of(statuses));
  }

  @Transactional
  public int recordTraining(Long programId, List<Long> staffIds, LocalDate completedOn) {
    int n = 0;
    for (Long id : staffIds) {
      MentorProfile m = mentor(programId, id);
      if (m.getStatus() != MentorProfile.Status.SELECTED && m.getStatus() != MentorProfile.Status.TRAINED) {
        throw new UserFacingException(m.getStaff().shortName() + " не прошёл(ла) отбор и не может быть отмечен(а) как обученный наставник.");
      }
      if (m.getStatus() == MentorProfile.Status.SELECTED) {
        consents.requireValid(m.getStaff(), Consent.Purpose.PERSONAL_DATA, "включение в базу наставников");
        n++;
        m.trained(String.format("СН-%s-%03d", programId, m.getId()), completedOn);
      }
    }
    return n;
  }

  /** The director's order appointing the trained mentors; they join the group «mentor». */
  @Transactional
  public List<MentorProfile> appointMentors(Long programId) {
    List<MentorProfile> trained = mentorsWithStatus(programId, MentorProfile.Status.TRAINED);
    if (trained.isEmpty()) {
      throw new UserFacingException("Нет обученных наставников: назначать приказом некого.");
    }
    trained.forEach(m -> consents.requireValid(m.getStaff(), Consent.Purpose.PERSONAL_DATA, "назначение наставником"));
    for (MentorProfile m : trained) {
      m.setStatus(MentorProfile.Status.APPOINTED);
      staff.grantRole(m.getStaff(), Role.MENTOR);
    }
    events.publishEvent(new MentorsAppointedEvent(programId, trained.size()));
    return trained;
  }

  private MentoringProgram program(Long programId) {
    return programs.findById(programId).orElseThrow(() ->
        UserFacingException.notFound("Программа наставничества не найдена."));
  }
}
