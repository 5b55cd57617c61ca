package ru.nastavnik.pairing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.pairing.matching.MatchingProblem;
import ru.nastavnik.pairing.matching.MatchingResult;
import ru.nastavnik.pairing.matching.MenteeInput;
import ru.nastavnik.pairing.matching.MentorInput;
import ru.nastavnik.pairing.matching.PairKey;
import ru.nastavnik.pairing.matching.PairMatcher;
import ru.nastavnik.pairing.matching.ProposedPair;
import ru.nastavnik.pairing.matching.Reason;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRecord;
import ru.nastavnik.program.ProgramRecordService;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffService;

/**
 * Stage IV's proposal: the program's bases as a matching problem, the exact optimum with reasons,
 * and the explanation of any pair the curator enters instead.
 */
@Service
public class PairProposalService {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<MentoringPair.Status> HOLDING = EnumSet.of(MentoringPair.Status.PROPOSED,
      MentoringPair.Status.CONSENTED, MentoringPair.Status.APPROVED, MentoringPair.Status.ACTIVE);

  private final PairMatcher matcher;
  private final PairingService pairing;
  private final ProgramRepository programs;
  private final StaffService staff;
  private final ConsentService consents;
  private final ProgramRecordService records;

  public PairProposalService(PairMatcher matcher, PairingService pairing, ProgramRepository programs,
      StaffService staff, ConsentService consents, ProgramRecordService records) {
    this.matcher = matcher;
    this.pairing = pairing;
    this.programs = programs;
    this.staff = staff;
    this.consents = consents;
    this.records = records;
  }

  /** The mentees waiting for a pair and the appointed mentors with their free places. */
  @Transactional(readOnly = true)
  public MatchingProblem problem(Long programId, List<PairKey> locked) {
    return build(programId, pairing.waitingMentees(programId), false).withLocked(locked);
  }

  /**
   * The continued search (seeds 001, 004) for mentees left without a pair: only these mentees,
   * against the mentors' free places. Pairs already formed — approved, or proposed and waiting
   * for consent — keep their mentors' places and are not part of the run, so nothing in them
   * changes.
   */
  @Transactional(readOnly = true)
  public MatchingResult proposeForSearching(Long programId, Collection<Long> menteeStaffIds) {
    List<MenteeProfile> searching = pairing.waitingMentees(programId).stream()
        .filter(m -> m.getStatus() == MenteeProfile.Status.SEARCHING && menteeStaffIds.contains(m.getStaff().getId()))
        .toList();
    return matcher.match(build(programId, searching, true));
  }

  /**
   * @param countPending whether pairs not yet approved hold their mentors' places too (they do
   *     during the continued search; a fresh proposal of stage IV replaces them)
   */
  private MatchingProblem build(Long programId, List<MenteeProfile> waiting, boolean countPending) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    Set<InteractionForm> forms = forms(program.getInteractionForms());
    List<StaffMember> school = staff.ofSchool(program.getSchool().getCode());
    List<MenteeInput> mentees = new ArrayList<>();
    for (MenteeProfile m : waiting) {
      StaffMember s = m.getStaff();
      mentees.add(new MenteeInput(s.getId(), s.shortName(), program.getSchool().getCode(),
          new HashSet<>(s.subjectList()), m.getCategory(), s.getExperienceYears(), requests(m.getRequests()), null,
          s.getLineManager() == null ? null : s.getLineManager().getId()));
    }
    List<MentoringPair> holding = countPending ? pairing.ofProgram(programId).stream()
        .filter(p -> HOLDING.contains(p.getStatus())).toList() : pairing.live(programId);
    List<MentorInput> mentors = new ArrayList<>();
    for (MentorProfile m : pairing.appointedMentors(programId)) {
      StaffMember s = m.getStaff();
      int taken = holding.stream().filter(p -> p.getMentor().getId().equals(s.getId()))
          .mapToInt(p -> p.getMentees().size()).sum();
      int free = m.getCapacity() - taken;
      Set<Long> subordinates = school.stream().filter(o -> o.getLineManager() != null
          && o.getLineManager().getId().equals(s.getId())).map(StaffMember::getId).collect(Collectors.toSet());
      mentors.add(new MentorInput(s.getId(), s.shortName(), program.getSchool().getCode(),
          new HashSet<>(s.subjectList()), s.getExperienceYears(), forms, Set.of(), Math.max(free, 1),
          free > 0 && consents.hasValid(s, Consent.Purpose.PERSONAL_DATA),
          s.getLineManager() == null ? null : s.getLineManager().getId(), subordinates));
    }
    return MatchingProblem.of(mentees, mentors);
  }

  /** Runs the matching and records its summary (unpaired mentees with the reason, messages). */
  @Transactional
  public MatchingResult propose(Long programId, List<PairKey> locked) {
    MatchingResult result = matcher.match(problem(programId, locked));
    StringBuilder note = new StringBuilder("Предложено пар наставник – наставляемый: ").append(result.pairs().size())
        .append("; без пары: ").append(result.unpaired().size()).append('.');
    result.unpaired().forEach(u -> note.append(' ').append(u.explanation()));
    result.messages().forEach(m -> note.append(' ').append(m.text()));
    records.record(programId, ProgramRecord.Kind.PAIRING_PROPOSAL, null, LocalDate.now(), note.toString(), "system");
    return result;
  }

  /** The proposal as the curator's form pre-fills it: ids and form codes only. */
  public static String rows(MatchingResult result) {
    ArrayNode rows = JSON.createArrayNode();
    for (ProposedPair p : result.pairs()) {
      rows.addObject().put("menteeId", String.valueOf(p.menteeId())).put("mentorId", String.valueOf(p.mentorId()))
          .put("interactionForm", p.form() == null ? "" : p.form().name());
    }
    return rows.toString();
  }

  /** Why a mentee–mentor pair scores as it does (for a pair the curator chose too). */
  @Transactional(readOnly = true)
  public ProposedPair explain(Long programId, long menteeId, long mentorId) {
    return matcher.explain(problem(programId, List.of()), menteeId, mentorId);
  }

  /** What the continued search proposes for one mentee, in Russian, for the curator's form. */
  @Transactional(readOnly = true)
  public String searchProposal(Long programId, MatchingResult result, long menteeStaffId) {
    for (ProposedPair p : result.pairs()) {
      if (p.menteeId() == menteeStaffId) {
        String school = programs.findById(programId).orElseThrow().getSchool().getCode();
        return "Подбор предлагает наставника " + staff.inSchool(school, p.mentorId()).shortName()
            + " (" + p.score() + " баллов): " + reasons(p);
      }
    }
    StringBuilder why = new StringBuilder("Подходящего наставника со свободными местами пока нет.");
    result.unpaired().stream().filter(u -> u.menteeId() == menteeStaffId)
        .forEach(u -> why.append(' ').append(u.explanation()));
    result.messages().forEach(m -> why.append(' ').append(m.text()));
    return why.toString();
  }

  public static String reasons(ProposedPair pair) {
    return pair.reasons().stream().map(Reason::toString).collect(Collectors.joining("; "));
  }

  private static Set<InteractionForm> forms(String chosen) {
    if (chosen == null || chosen.isBlank()) {
      return EnumSet.allOf(InteractionForm.class);
    }
    Set<InteractionForm> forms = EnumSet.noneOf(InteractionForm.class);
    Arrays.stream(chosen.split(";")).map(String::trim).forEach(c -> InteractionForm.byCode(c).ifPresent(forms::add));
    return forms.isEmpty() ? EnumSet.allOf(InteractionForm.class) : forms;
  }

  private static Set<String> requests(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split("[;,]")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
