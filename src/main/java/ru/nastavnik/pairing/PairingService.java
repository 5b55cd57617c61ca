package ru.nastavnik.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffService;

/** Stage IV: pairs and groups, their written consents and approval; mentees left without a pair. */
@Service
public class PairingService {

  private static final List<MentoringPair.Status> PENDING =
      List.of(MentoringPair.Status.PROPOSED, MentoringPair.Status.CONSENTED);
  private static final List<MentoringPair.Status> LIVE =
      List.of(MentoringPair.Status.APPROVED, MentoringPair.Status.ACTIVE);

  private final ProgramRepository programs;
  private final PairRepository pairs;
  private final MenteeProfileRepository mentees;
  private final MentorProfileRepository mentors;
  private final ConsentService consents;
  private final StaffService staff;

  public PairingService(ProgramRepository programs, PairRepository pairs, MenteeProfileRepository mentees,
      MentorProfileRepository mentors, ConsentService consents, StaffService staff) {
    this.programs = programs;
    this.pairs = pairs;
    this.mentees = mentees;
    this.mentors = mentors;
    this.consents = consents;
    this.staff = staff;
  }

  /** A manual pair as the curator entered it. */
  public record PairChoice(Long menteeId, Long mentorId, InteractionForm form) {}

  public static List<PairChoice> parse(List<JsonNode> rows) {
    return rows.stream().map(r -> {
      Long mentee = idOf(r, "menteeId", "наставляемый");
      Long mentor = idOf(r, "mentorId", "наставник");
      String form = r.path("interactionForm").asText("");
      return new PairChoice(mentee, mentor, InteractionForm.byCode(form).orElseThrow(() ->
          new UserFacingException("В каждой строке выберите форму взаимодействия.")));
    }).toList();
  }

  private static Long idOf(JsonNode row, String field, String what) {
    String s = row.path(field).asText("");
    if (s.isBlank()) {
      throw new UserFacingException("В каждой строке выберите " + what + "а.");
    }
    return Long.valueOf(s);
  }

  /** Mentees waiting for a pair: the approved base, and those still in the search. */
  @Transactional(readOnly = true)
  public List<MenteeProfile> waitingMentees(Long programId) {
    return mentees.findByProgramAndStatus(programId,
        List.of(MenteeProfile.Status.APPROVED, MenteeProfile.Status.SEARCHING));
  }

  @Transactional(readOnly = true)
  public List<MentorProfile> appointedMentors(Long programId) {
    return mentors.findByProgramAndStatus(programId, List.of(MentorProfile.Status.APPOINTED));
  }

  /** How many more mentees a mentor can take (capacity minus live and pending pairs). */
  @Transactional(readOnly = true)
  public int freePlaces(Long programId, MentorProfile mentor) {
    int taken = pairs.findByProgramAndStatus(programId, List.of(MentoringPair.Status.PROPOSED,
            MentoringPair.Status.CONSENTED, MentoringPair.Status.APPROVED, MentoringPair.Status.ACTIVE)).stream()
        .filter(p -> p.getMentor().getId().equals(mentor.getStaff().getId()))
        .mapToInt(p -> p.getMentees().size()).sum();
    return mentor.getCapacity() - taken;
  }

  /**
   * Records the curator's pairs (replacing an earlier unapproved proposal). Hard rules: a mentee
   * once, an appointed mentor within capacity, never oneself or one's own line manager.
   */
  @Transactional
  public List<MentoringPair> formPairs(Long programId, List<PairChoice> choices) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    pairs.findByProgramAndStatus(programId, PENDING).forEach(p -> p.setStatus(MentoringPair.Status.DISSOLVED));
    pairs.flush();
    Map<Long, MenteeProfile> waiting = waitingMentees(programId).stream()
        .collect(Collectors.toMap(m -> m.getStaff().getId(), m -> m));
    Map<Long, MentorProfile> available = appointedMentors(programId).stream()
        .collect(Collectors.toMap(m -> m.getStaff().getId(), m -> m));
    Set<Long> seen = new HashSet<>();
    Map<Long, List<PairChoice>> byMentor = new LinkedHashMap<>();
    for (PairChoice c : choices) {
      MenteeProfile mentee = waiting.get(c.menteeId());
      if (mentee == null) {
        throw new UserFacingException("Наставляемый с номером " + c.menteeId() + " не ожидает пары в этой программе.");
      }
      if (!seen.add(c.menteeId())) {
        throw new UserFacingException(mentee.getStaff().shortName() + " указан(а) в нескольких парах: у наставляемого один наставник.");
      }
      MentorProfile mentor = available.get(c.mentorId());
      if (mentor == null) {
        throw new UserFacingException("Сотрудник с номером " + c.mentorId() + " не назначен наставником в этой программе.");
      }
      checkHardRules(mentee.getStaff(), mentor.getStaff());
      consents.requireValid(mentee.getStaff(), Consent.Purpose.PERSONAL_DATA, "включение в пару");
      consents.requireValid(mentor.getStaff(), Consent.Purpose.PERSONAL_DATA, "закрепление наставником");
      byMentor.computeIfAbsent(c.mentorId(), k -> new java.util.ArrayList<>()).add(c);
    }
    Map<Long, Integer> free = new HashMap<>();
    List<MentoringPair> created = new java.util.ArrayList<>();
    for (var entry : byMentor.entrySet()) {
      MentorProfile mentor = available.get(entry.getKey());
      int places = free.computeIfAbsent(entry.getKey(), k -> freePlaces(programId, mentor));
      if (entry.getValue().size() > places) {
        throw new UserFacingException("Наставник " + mentor.getStaff().shortName() + " может вести не более "
            + mentor.getCapacity() + " наставляемых, свободных мест: " + Math.max(places, 0) + ".");
      }
      MentoringPair pair = new MentoringPair(program, mentor.getStaff(), entry.getValue().get(0).form());
      entry.getValue().forEach(c -> pair.getMentees().add(waiting.get(c.menteeId()).getStaff()));
      created.add(pairs.save(pair));
    }
    return created;
  }

  public static void checkHardRules(StaffMember mentee, StaffMember mentor) {
    if (mentee.getId().equals(mentor.getId())) {
      throw new UserFacingException(mentee.shortName() + " не может быть наставником самому себе.");
    }
    if (mentee.getLineManager() != null && mentee.getLineManager().getId().equals(mentor.getId())) {
      throw new UserFacingException("Наставник " + mentor.shortName() + " — непосредственный руководитель "
          + mentee.shortName() + ": такая пара не допускается.");
    }
    if (!mentee.getSchool().getId().equals(mentor.getSchool().getId())) {
      throw new UserFacingException("Наставник " + mentor.shortName() + " работает в другой школе: сетевое наставничество в программе не предусмотрено.");
    }
  }

  @Transactional(readOnly = true)
  public List<MentoringPair> pending(Long programId) {
    return pairs.findByProgramAndStatus(programId, PENDING);
  }

  public static String label(MentoringPair p) {
    return p.getMentor().shortName() + " → " + p.getMentees().stream().map(StaffMember::shortName)
        .collect(Collectors.joining(", ")) + (p.getForm() == null ? "" : " (" + p.getForm().title() + ")");
  }

  /** «Иванова М. П. → Петров А. А.» for a proposed mentee–mentor pair. */
  @Transactional(readOnly = true)
  public String label(Long programId, Long menteeStaffId, Long mentorStaffId) {
    String mentee = mentees.findByProgramAndStaff(programId, menteeStaffId).map(m -> m.getStaff().shortName())
        .orElse("№" + menteeStaffId);
    String mentor = mentors.findByProgramAndStaff(programId, mentorStaffId).map(m -> m.getStaff().shortName())
        .orElse("№" + mentorStaffId);
    return mentor + " → " + mentee;
  }

  /** Written consent to the additional duties (seed 004) from every member; pairs without it are dissolved. */
  @Transactional
  public int confirmConsents(Long programId, List<Long> consentedPairIds, LocalDate givenOn, String recordedBy) {
    int confirmed = 0;
    for (MentoringPair p : pending(programId)) {
      if (consentedPairIds.contains(p.getId())) {
        consents.record(p.getMentor(), Consent.Purpose.ADDITIONAL_DUTIES, givenOn, "письменно", recordedBy);
        p.getMentees().forEach(m -> consents.record(m, Consent.Purpose.ADDITIONAL_DUTIES, givenOn, "письменно", recordedBy));
        p.setStatus(MentoringPair.Status.CONSENTED);
        confirmed++;
      } else {
        p.setStatus(MentoringPair.Status.DISSOLVED);
      }
    }
    return confirmed;
  }

  /** The director's approval: consented pairs are fixed; returns the number of mentees left without a pair. */
  @Transactional
  public int approvePairs(Long programId) {
    List<MentoringPair> consented = pairs.findByProgramAndStatus(programId, List.of(MentoringPair.Status.CONSENTED));
    Set<Long> paired = new HashSet<>();
    for (MentoringPair p : consented) {
      consents.requireValid(p.getMentor(), Consent.Purpose.ADDITIONAL_DUTIES, "утверждение пары");
      p.getMentees().forEach(m -> consents.requireValid(m, Consent.Purpose.ADDITIONAL_DUTIES, "утверждение пары"));
    }
    for (MentoringPair p : consented) {
      p.setStatus(MentoringPair.Status.APPROVED);
      for (StaffMember m : p.getMentees()) {
        paired.add(m.getId());
        staff.grantRole(m, Role.MENTEE);
      }
    }
    int unpaired = 0;
    for (MenteeProfile m : waitingMentees(programId)) {
      if (paired.contains(m.getStaff().getId())) {
        m.setStatus(MenteeProfile.Status.PAIRED);
      } else {
        m.setStatus(MenteeProfile.Status.SEARCHING);
        unpaired++;
      }
    }
    return unpaired;
  }

  @Transactional(readOnly = true)
  public List<MentoringPair> live(Long programId) {
    return pairs.findByProgramAndStatus(programId, LIVE);
  }

  /** A mentor found for a mentee during the search (after the director's approval). */
  @Transactional
  public MentoringPair fixAdditionalPair(Long programId, Long menteeStaffId, Long mentorStaffId, InteractionForm form) {
    MenteeProfile mentee = mentees.findByProgramAndStaff(programId, menteeStaffId).filter(
        m -> m.getStatus() == MenteeProfile.Status.SEARCHING).orElseThrow(() ->
        new UserFacingException("Наставляемый уже не ожидает пары."));
    MentorProfile mentor = mentors.findByProgramAndStaff(programId, mentorStaffId)
        .filter(m -> m.getStatus() == MentorProfile.Status.APPOINTED).orElseThrow(() ->
            new UserFacingException("Выбранный сотрудник не назначен наставником в этой программе."));
    checkHardRules(mentee.getStaff(), mentor.getStaff());
    consents.requireValid(mentee.getStaff(), Consent.Purpose.PERSONAL_DATA, "включение в пару");
    consents.requireValid(mentor.getStaff(), Consent.Purpose.PERSONAL_DATA, "закрепление наставником");
    if (freePlaces(programId, mentor) < 1) {
      throw new UserFacingException("У наставника " + mentor.getStaff().shortName() + " нет свободных мест.");
    }
    MentoringPair pair = new MentoringPair(mentee.getProgram(), mentor.getStaff(), form);
    pair.getMentees().add(mentee.getStaff());
    pair.setStatus(MentoringPair.Status.APPROVED);
    mentee.setStatus(MenteeProfile.Status.PAIRED);
    staff.grantRole(mentee.getStaff(), Role.MENTEE);
    return pairs.save(pair);
  }

  @Transactional(readOnly = true)
  public List<MentoringPair> ofProgram(Long programId) {
    return pairs.findByProgram(programId);
  }
}
