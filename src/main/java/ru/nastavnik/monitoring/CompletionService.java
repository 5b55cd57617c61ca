package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairing.PairingService;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.staff.StaffMember;

/**
 * Stage VI beyond the score: the two nominations («Наставник года», «Лучшая пара»), the mentors who
 * get a participant's certificate, the summing-up per pair, the final event with its materials and
 * the best practices it adds to the school's methodological collection. Every method checks all
 * of its input before it stores anything: a refused call changes nothing.
 */
@Service
public class CompletionService {

  /** Pairs that worked in the program: working at the end of the year or completed. */
  static final List<MentoringPair.Status> WORKED = List.of(MentoringPair.Status.ACTIVE, MentoringPair.Status.COMPLETED);

  private final ProgramRepository programs;
  private final PairRepository pairs;
  private final MentorProfileRepository mentors;
  private final NominationRepository nominations;
  private final PairOutcomeRepository outcomes;
  private final FinalEventRepository events;
  private final BestPracticeRepository practices;

  public CompletionService(ProgramRepository programs, PairRepository pairs, MentorProfileRepository mentors,
      NominationRepository nominations, PairOutcomeRepository outcomes, FinalEventRepository events,
      BestPracticeRepository practices) {
    this.programs = programs;
    this.pairs = pairs;
    this.mentors = mentors;
    this.nominations = nominations;
    this.outcomes = outcomes;
    this.events = events;
    this.practices = practices;
  }

  /** One row of the summing-up: a pair, whether its goals were reached (yes, partly, no), a comment. */
  public record OutcomeInput(Long pairId, String goals, String comment) {}

  /** A practice collected at the final event: title, author (free text), the pair it comes from, description. */
  public record PracticeInput(String title, String author, Long pairId, String description) {}

  @Transactional(readOnly = true)
  public List<MentoringPair> workedPairs(Long programId) {
    return pairs.findByProgramAndStatus(programId, WORKED).stream()
        .sorted(java.util.Comparator.comparing(MentoringPair::getId)).toList();
  }

  /**
   * Replaces the program's nominations: each mentor «Наставник года» (appointed in this program),
   * each pair «Лучшая пара» (one that worked in this program), stored once per member of the pair.
   */
  @Transactional
  public List<Nomination> nominate(Long programId, List<Long> mentorStaffIds, List<Long> pairIds) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    if (mentorStaffIds.isEmpty() && pairIds.isEmpty()) {
      throw new UserFacingException("Выдвиньте хотя бы одного наставника в номинации «" + Nomination.MENTOR_OF_THE_YEAR
          + "» или одну пару в номинации «" + Nomination.BEST_PAIR + "».");
    }
    List<StaffMember> mentorsOfYear = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(mentorStaffIds)) {
      MentorProfile m = mentors.findByProgramAndStaff(programId, id)
          .filter(p -> p.getStatus() == MentorProfile.Status.APPOINTED).orElseThrow(() ->
              new UserFacingException("Сотрудник с номером " + id + " не был назначен наставником в этой программе:"
                  + " выдвинуть его в номинации «" + Nomination.MENTOR_OF_THE_YEAR + "» нельзя."));
      mentorsOfYear.add(m.getStaff());
    }
    List<MentoringPair> bestPairs = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(pairIds)) {
      bestPairs.add(workedPair(programId, id, "выдвинуть её в номинации «" + Nomination.BEST_PAIR + "» нельзя"));
    }
    nominations.deleteAll(nominations.findByProgram(programId));
    nominations.flush();
    List<Nomination> saved = new ArrayList<>();
    for (StaffMember s : mentorsOfYear) {
      saved.add(nominations.save(new Nomination(program, s, Nomination.MENTOR_OF_THE_YEAR)));
    }
    for (MentoringPair p : bestPairs) {
      for (StaffMember member : members(p)) {
        saved.add(nominations.save(new Nomination(program, member, p, Nomination.BEST_PAIR)));
      }
    }
    return saved;
  }

  /** The mentor, then the mentees of a pair. */
  public static List<StaffMember> members(MentoringPair p) {
    List<StaffMember> out = new ArrayList<>();
    out.add(p.getMentor());
    out.addAll(p.getMentees());
    return out;
  }

  /** Staff ids of the «Наставник года» nominees, one diploma each. */
  @Transactional(readOnly = true)
  public List<Long> mentorOfTheYearIds(Long programId) {
    return nominations.findByProgram(programId).stream().filter(n -> !n.isPairNomination())
        .map(n -> n.getStaff().getId()).distinct().toList();
  }

  /** Staff ids of the members of the «Лучшая пара» pairs, one diploma each. */
  @Transactional(readOnly = true)
  public List<Long> bestPairMemberIds(Long programId) {
    return nominations.findByProgram(programId).stream().filter(Nomination::isPairNomination)
        .map(n -> n.getStaff().getId()).distinct().toList();
  }

  /** Every mentor with a pair that worked (working or completed): a participant's certificate each. */
  @Transactional(readOnly = true)
  public List<StaffMember> certifiedMentors(Long programId) {
    Map<Long, StaffMember> out = new LinkedHashMap<>();
    workedPairs(programId).forEach(p -> out.putIfAbsent(p.getMentor().getId(), p.getMentor()));
    return List.copyOf(out.values());
  }

  /**
   * The summing-up per pair: every pair that worked needs exactly one row; a pair of another program,
   * an unknown answer or a pair left out is refused and nothing is stored.
   */
  @Transactional
  public List<PairOutcome> recordOutcomes(Long programId, List<OutcomeInput> rows, String actor) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    List<MentoringPair> worked = workedPairs(programId);
    Map<Long, PairOutcome.Goals> goals = new LinkedHashMap<>();
    Map<Long, String> comments = new LinkedHashMap<>();
    for (OutcomeInput row : rows) {
      if (row.pairId() == null) {
        throw new UserFacingException("В строке итогов не выбрана пара.");
      }
      MentoringPair pair = workedPair(programId, row.pairId(), "подвести её итоги нельзя");
      if (goals.containsKey(pair.getId())) {
        throw new UserFacingException("Итоги пары «" + PairingService.label(pair) + "» указаны дважды.");
      }
      goals.put(pair.getId(), goalsOf(row.goals(), pair));
      comments.put(pair.getId(), blankToNull(row.comment()));
    }
    for (MentoringPair p : worked) {
      if (!goals.containsKey(p.getId())) {
        throw new UserFacingException("Подведите итоги пары «" + PairingService.label(p) + "»: достигнуты ли цели.");
      }
    }
    List<PairOutcome> saved = new ArrayList<>();
    for (MentoringPair p : worked) {
      PairOutcome o = outcomes.findByPair(p.getId()).orElseGet(() -> new PairOutcome(program, p));
      o.record(goals.get(p.getId()), comments.get(p.getId()), actor);
      saved.add(outcomes.save(o));
    }
    return saved;
  }

  private static PairOutcome.Goals goalsOf(String value, MentoringPair pair) {
    for (PairOutcome.Goals g : PairOutcome.Goals.values()) {
      if (g.value().equals(value)) {
        return g;
      }
    }
    throw new UserFacingException("Для пары «" + PairingService.label(pair) + "» укажите, достигнуты ли цели:"
        + " «да», «частично» или «нет».");
  }

  @Transactional(readOnly = true)
  public List<PairOutcome> outcomes(Long programId) {
    return outcomes.findByProgram(programId);
  }

  /**
   * The final event with its materials (program, протокол) and the practices it collected; the
   * practices join the school's methodological collection (recording again replaces this program's).
   */
  @Transactional
  public FinalEvent recordFinalEvent(Long programId, String format, LocalDate date, int participants,
      String materials, List<PracticeInput> collected, String actor) {
    MentoringProgram program = programs.findById(programId).orElseThrow();
    List<BestPractice> toAdd = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (PracticeInput p : collected) {
      String title = blankToNull(p.title());
      if (title == null) {
        throw new UserFacingException("Укажите название каждой лучшей практики.");
      }
      if (title.length() > 500) {
        throw new UserFacingException("Название практики «" + title.substring(0, 40) + "…» длиннее 500 знаков.");
      }
      if (!titles.add(title.toLowerCase(java.util.Locale.ROOT))) {
        throw new UserFacingException("Практика «" + title + "» указана дважды.");
      }
      MentoringPair pair = p.pairId() == null ? null
          : workedPair(programId, p.pairId(), "указать её автором практики «" + title + "» нельзя");
      String author = blankToNull(p.author());
      if (author == null && pair != null) {
        author = PairingService.label(pair);
      }
      if (author == null) {
        throw new UserFacingException("Укажите автора практики «" + title + "» или пару, из работы которой она взята.");
      }
      String description = blankToNull(p.description());
      if (description != null && description.length() > 4000) {
        throw new UserFacingException("Описание практики «" + title + "» длиннее 4000 знаков.");
      }
      toAdd.add(new BestPractice(program, title, author, pair, description));
    }
    if (materials != null && materials.length() > 20000) {
      throw new UserFacingException("Материалы мероприятия длиннее 20 000 знаков: приложите их файлом.");
    }
    FinalEvent event = events.findByProgram(programId).orElseGet(() -> new FinalEvent(program));
    event.record(format, date, participants, blankToNull(materials), actor);
    event = events.save(event);
    practices.deleteAll(practices.findByProgram(programId));
    practices.flush();
    practices.saveAll(toAdd);
    return event;
  }

  @Transactional(readOnly = true)
  public List<BestPractice> bestPractices(String schoolCode) {
    return practices.findBySchool(schoolCode);
  }

  @Transactional(readOnly = true)
  public List<FinalEvent> finalEvents(String schoolCode) {
    return events.findBySchool(schoolCode);
  }

  private MentoringPair workedPair(Long programId, Long pairId, String consequence) {
    return pairs.findInProgram(programId, pairId).filter(p -> WORKED.contains(p.getStatus())).orElseThrow(() ->
        new UserFacingException("Пара с номером " + pairId + " не работала в этой программе: " + consequence + "."));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
