package ru.nastavnik.privacy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.security.IdentitySyncService;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Withdrawal of consent (152-ФЗ ст. 9 ч. 2, ст. 21 ч. 5). Withdrawing the consent to the additional
 * duties takes the person out of their pairs and the bases. Withdrawing the consent to the
 * processing of personal data does that and then removes their data everywhere — the domain tables,
 * Camunda's runtime and history, their Camunda user — and records the removal act. One transaction:
 * either all of it happens or nothing.
 */
@Service
public class ConsentWithdrawalService {

  private static final Logger log = LoggerFactory.getLogger(ConsentWithdrawalService.class);

  static final String METHOD = "Удаление записей; обезличивание (замена ФИО на «Удалено (отзыв согласия №N)», логина"
      + " на псевдоним deleted-N) там, где запись нужна другим участникам или для учёта; без возможности восстановления"
      + " средствами системы";

  private final StaffRepository staff;
  private final ConsentRepository consents;
  private final RemovalActRepository acts;
  private final PiiAccessLog accessLog;
  private final PersonRecords records;
  private final ProgramExit programExit;
  private final ProcessExit processExit;
  private final DomainScrubber domain;
  private final CamundaScrubber camunda;
  private final TextSweeper sweeper;
  private final IdentityService identityService;
  private final IdentitySyncService identitySync;
  private final EntityManager em;

  public ConsentWithdrawalService(StaffRepository staff, ConsentRepository consents, RemovalActRepository acts,
      PiiAccessLog accessLog, PersonRecords records, ProgramExit programExit, ProcessExit processExit,
      DomainScrubber domain, CamundaScrubber camunda, TextSweeper sweeper, IdentityService identityService,
      IdentitySyncService identitySync, EntityManager em) {
    this.staff = staff;
    this.consents = consents;
    this.acts = acts;
    this.accessLog = accessLog;
    this.records = records;
    this.programExit = programExit;
    this.processExit = processExit;
    this.domain = domain;
    this.camunda = camunda;
    this.sweeper = sweeper;
    this.identityService = identityService;
    this.identitySync = identitySync;
    this.em = em;
  }

  /** What the withdrawal did. */
  public record Outcome(Long staffId, String purpose, LocalDate withdrawnOn, Long actNumber, String pseudonym,
      int pairsLeft, List<String> categories, Map<String, Integer> places, String residue) {}

  /**
   * Records the withdrawal received on {@code withdrawnOn} and acts on it at once.
   *
   * @param performedBy login of the curator, deputy or director who acts (goes to the act and the log)
   */
  @Transactional
  public Outcome withdraw(String schoolCode, Long staffId, Consent.Purpose purpose, LocalDate withdrawnOn,
      String performedBy) {
    if (purpose == null) {
      throw new UserFacingException("Укажите, какое согласие отозвано: PERSONAL_DATA (обработка персональных данных)"
          + " или ADDITIONAL_DUTIES (дополнительные обязанности).");
    }
    if (withdrawnOn == null) {
      throw new UserFacingException("Укажите дату получения отзыва согласия.");
    }
    if (withdrawnOn.isAfter(LocalDate.now())) {
      throw new UserFacingException("Дата отзыва согласия " + withdrawnOn + " ещё не наступила.");
    }
    StaffMember person = staff.findInSchool(schoolCode, staffId).orElseThrow(() ->
        UserFacingException.notFound("Сотрудник с номером " + staffId + " не найден в этой школе."));
    acts.findByStaff(staffId).ifPresent(act -> {
      throw UserFacingException.conflict("Согласие уже отозвано: персональные данные сотрудника удалены по акту №"
          + act.getId() + " от " + act.getPerformedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
          + ". Повторный отзыв не требуется.");
    });
    List<Consent> valid = consents.findValid(staffId, purpose);
    if (valid.isEmpty()) {
      boolean withdrawn = consents.findByStaff(staffId).stream()
          .anyMatch(c -> c.getPurpose() == purpose && c.getWithdrawnOn() != null);
      throw UserFacingException.conflict(withdrawn
          ? "Согласие «" + purpose.title() + "» этого сотрудника уже отозвано. Повторный отзыв не требуется."
          : "У сотрудника нет действующего согласия «" + purpose.title() + "»: отзывать нечего.");
    }
    LocalDate earliest = valid.stream().map(Consent::getGivenOn).min(LocalDate::compareTo).orElseThrow();
    if (withdrawnOn.isBefore(earliest)) {
      throw new UserFacingException("Дата отзыва " + withdrawnOn + " раньше даты согласия " + earliest + ".");
    }
    return purpose == Consent.Purpose.PERSONAL_DATA
        ? erase(person, withdrawnOn, RemovalAct.Ground.WITHDRAWAL, performedBy)
        : leaveDuties(person, withdrawnOn, performedBy);
  }

  /** The consent to the additional duties: out of pairs and bases, the data stay (the other consent holds). */
  private Outcome leaveDuties(StaffMember person, LocalDate withdrawnOn, String performedBy) {
    String reason = "Участник отозвал согласие на дополнительные обязанности";
    consents.findValid(person.getId(), Consent.Purpose.ADDITIONAL_DUTIES).forEach(c -> c.withdraw(withdrawnOn));
    ProgramExit.Plan plan = programExit.leave(person, reason);
    person.getRoles().removeAll(EnumSet.of(Role.MENTOR, Role.MENTEE));
    em.flush();
    List<MentoringProgram> programs = records.programs(person.getSchool().getCode());
    EngineContext.asSystem(identityService, () -> {
      processExit.endInterviews(person.getId(), reason);
      plan.ended.forEach(p -> processExit.endPair(p, program(programs, p.programId()), reason));
      processExit.endSupport(plan.searchedIn, person.getId(), reason);
    });
    identitySync.syncMember(person);
    accessLog.save(new PiiAccessEntry(person.getSchool(), person, performedBy, PiiAccessEntry.Action.WITHDRAWAL));
    log.info("Отзыв согласия на дополнительные обязанности: сотрудник {} вышел из пар ({}) по решению {}",
        person.getId(), plan.pairsLeft, performedBy);
    return new Outcome(person.getId(), Consent.Purpose.ADDITIONAL_DUTIES.name(), withdrawnOn, null, null,
        plan.pairsLeft, List.of(), Map.of(), null);
  }

  /**
   * Removes the person's personal data everywhere (ст. 21 ч. 4 or ч. 5) and records the act. Also
   * usable when the purpose of processing is achieved.
   */
  @Transactional
  public Outcome erase(StaffMember person, LocalDate receivedOn, RemovalAct.Ground ground, String performedBy) {
    RemovalAct act = acts.saveAndFlush(new RemovalAct(person.getSchool(), person, Consent.Purpose.PERSONAL_DATA,
        ground, receivedOn, performedBy));
    String pseudonym = "deleted-" + act.getId();
    String label = "Удалено (отзыв согласия №" + act.getId() + ")";
    act.setPseudonym(pseudonym);
    String reason = "Отзыв согласия на обработку персональных данных (акт №" + act.getId() + ")";
    String username = person.getUsername();
    Long staffId = person.getId();
    String schoolCode = person.getSchool().getCode();
    PersonScope scope = records.scope(person, label, pseudonym);
    PersonMatcher matcher = scope.inSchool();

    consents.findByStaff(staffId).stream().filter(Consent::isValid).forEach(c -> c.withdraw(receivedOn));
    ProgramExit.Plan plan = programExit.leave(person, reason);
    em.flush();
    List<MentoringProgram> programs = records.programs(schoolCode);

    CamundaScrubber.Report engine = new CamundaScrubber.Report();
    EngineContext.asSystem(identityService, () -> {
      processExit.endSupport(plan.searchedIn, staffId, reason);
      processExit.endInterviews(staffId, reason);
      processExit.endQuestionnaires(staffId, reason);
      for (ProgramExit.EndedPair p : plan.ended) {
        processExit.endPair(p, program(programs, p.programId()), reason);
      }
      List<String> about = new ArrayList<>(plan.instancesAbout);
      about.addAll(processExit.supportInstances(programs, staffId));
      camunda.releaseTasks(username, engine);
      camunda.scrubRuntimeVariables(matcher, staffId, schoolCode, engine);
      camunda.deleteInstances(about, engine);
      camunda.deleteHistoricVariables(matcher, schoolCode, engine);
      camunda.removeIdentity(username, engine);
    });

    Map<String, Integer> places = new LinkedHashMap<>(
        domain.erase(staff.findById(staffId).orElseThrow(), plan, scope, "Сведения удалены (" + reason + ")"));
    camunda.pseudonymise(username, pseudonym, engine);
    camunda.sweep(scope, engine);
    places.putAll(engine.places);

    String residue = residue(scope, username);
    List<String> categories = categories(plan);
    RemovalAct saved = acts.findById(act.getId()).orElseThrow();
    saved.setPseudonym(pseudonym);
    saved.complete(String.join("; ", categories), METHOD, places.entrySet().stream()
            .map(e -> e.getKey() + " — " + e.getValue()).collect(Collectors.joining("\n")), residue);
    // a curator who withdraws their own consent is not named in the logs either
    String actor = performedBy.equals(username) ? pseudonym : performedBy;
    StaffMember anonymised = staff.findById(staffId).orElseThrow();
    accessLog.save(new PiiAccessEntry(anonymised.getSchool(), anonymised, actor, PiiAccessEntry.Action.WITHDRAWAL));
    if (residue != null) {
      log.warn("Акт №{}: после удаления остались упоминания в {}", act.getId(), residue);
    }
    log.info("Акт №{}: персональные данные сотрудника {} удалены ({} мест) по решению {}", act.getId(), staffId,
        places.size(), actor);
    return new Outcome(staffId, Consent.Purpose.PERSONAL_DATA.name(), receivedOn, act.getId(), pseudonym,
        plan.pairsLeft, categories, places, residue);
  }

  /** A final look (table and column only) for anything the removal could not rewrite. */
  private String residue(PersonScope matcher, String username) {
    Map<String, Integer> left = new LinkedHashMap<>();
    left.putAll(sweeper.check(matcher, DomainScrubber.SWEPT).rows());
    left.putAll(sweeper.check(matcher, CamundaScrubber.SWEPT).rows());
    long user = em.createNativeQuery("select count(*) from ACT_ID_USER where ID_ = ?1").setParameter(1, username)
        .getResultList().stream().mapToLong(n -> ((Number) n).longValue()).sum();
    if (user > 0) {
      left.put("ACT_ID_USER", (int) user);
    }
    return left.isEmpty() ? null : String.join(", ", left.keySet());
  }

  private static List<String> categories(ProgramExit.Plan plan) {
    List<String> c = new ArrayList<>(List.of(
        "фамилия, имя, отчество", "адрес электронной почты", "логин учётной записи", "табельный номер",
        "должность, преподаваемые предметы, педагогический стаж, дата приёма, квалификационная категория",
        "сведения об участии в программе наставничества (базы наставляемых и наставников, пары и группы)"));
    if (!plan.ownPairs.isEmpty()) {
      c.add("темы и итоги встреч наставнической пары, индивидуальный план, отчёт наставника");
    }
    c.add("сведения о работе с задачами и ответы в формах (история процессов Camunda)");
    return c;
  }

  private static MentoringProgram program(List<MentoringProgram> programs, Long id) {
    return programs.stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
  }
}
