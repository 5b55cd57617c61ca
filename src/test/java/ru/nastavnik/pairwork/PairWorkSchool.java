package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.demo.DemoDataLoader;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.IdentitySyncService;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * A school whose program has reached stage V: director, deputy, curator, psychologist, appointed
 * mentors and mentees with their consents, and approved pairs (one-to-one, or groups of
 * {@code menteesPerPair}). The staff are Camunda users of the school's tenant (the test profile's
 * demo password), so they work their tasks through the API as they would in Tasklist. Each call
 * makes a new school with a unique code.
 */
public final class PairWorkSchool {

  private static final AtomicInteger SEQ = new AtomicInteger();

  /** What a test or a benchmark looks up. */
  public record Built(String code, Long programId, String businessKey, String academicYear, String director,
      String deputy, String curator, List<Long> pairIds, List<People> people) {}

  /** A pair's mentor and mentees (logins), in the order of {@link Built#pairIds()}. */
  public record People(Long pairId, String mentor, List<String> mentees) {}

  private final ApplicationContext app;
  private final TransactionTemplate tx;

  public PairWorkSchool(ApplicationContext app) {
    this.app = app;
    this.tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
  }

  /** The school, its staff in Camunda's identity, and {@code pairs} approved pairs. */
  public Built create(int pairs, int menteesPerPair) {
    String code = "pw" + SEQ.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36);
    Built built = tx.execute(s -> build(code, pairs, menteesPerPair));
    app.getBean(IdentitySyncService.class).syncSchool(code);
    return built;
  }

  /** Starts stage V for the program as the main process does (the pairs' processes start in jobs). */
  public String startStage(Built built) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    return EngineContext.asSystem(() -> {
      ProcessInstance stage = runtime.createProcessInstanceByKey(ProgramProcess.STAGE_PAIR_WORK)
          .businessKey(built.businessKey())
          .setVariable(ProgramProcess.PROGRAM_ID, built.programId())
          .setVariable(ProgramProcess.SCHOOL_CODE, built.code())
          .setVariable(ProgramProcess.ACADEMIC_YEAR, built.academicYear())
          .processDefinitionWithoutTenantId()
          .execute();
      return stage.getId();
    });
  }

  private Built build(String code, int pairCount, int menteesPerPair) {
    SchoolRepository schools = app.getBean(SchoolRepository.class);
    ProgramRepository programs = app.getBean(ProgramRepository.class);
    MentorProfileRepository mentorProfiles = app.getBean(MentorProfileRepository.class);
    MenteeProfileRepository menteeProfiles = app.getBean(MenteeProfileRepository.class);
    PairRepository pairs = app.getBean(PairRepository.class);
    ConsentRepository consents = app.getBean(ConsentRepository.class);

    School school = schools.save(new School(code, "СОШ № " + SEQ.get(),
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № " + SEQ.get() + "»",
        "МБОУ «СОШ № " + SEQ.get() + "»", "Тимофеева Светлана Александровна", "Директор",
        "346543, Ростовская область, ст. Старица, ул. Школьная, д. 1", "ст. Старица"));
    StaffMember director = person(school, "d", "Тимофеева", "Светлана", "Директор", Role.DIRECTOR);
    StaffMember deputy = person(school, "z", "Зайцева", "Ирина", "Заместитель директора по учебной работе", Role.DEPUTY);
    StaffMember curator = person(school, "k", "Соколова", "Анастасия", "Учитель истории", Role.CURATOR);
    person(school, "p", "Павлова", "Вера", "Педагог-психолог", Role.PSYCHOLOGIST);

    String year = DemoDataLoader.currentAcademicYear(LocalDate.now());
    String businessKey = code + "-" + year.substring(0, 4);
    MentoringProgram program = new MentoringProgram(school, year, businessKey, "admin");
    program.setCurator(curator);
    program.setInteractionForms("F1; F5");
    programs.save(program);

    LocalDate given = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 1);
    List<Long> ids = new ArrayList<>();
    List<People> people = new ArrayList<>();
    for (int i = 1; i <= pairCount; i++) {
      StaffMember mentor = person(school, "m" + i, "Наставникова" + i, "Мария", "Учитель математики", Role.MENTOR);
      MentorProfile mp = new MentorProfile(program, mentor);
      mp.trained("СН-" + code + "-" + i, given);
      mp.setStatus(MentorProfile.Status.APPOINTED);
      mp.setCapacity(menteesPerPair);
      mentorProfiles.save(mp);
      consents.save(new Consent(school, mentor, Consent.Purpose.PERSONAL_DATA, "1", given, "письменно", "curator"));
      consents.save(new Consent(school, mentor, Consent.Purpose.ADDITIONAL_DUTIES, "1", given, "письменно", "curator"));
      MentoringPair pair = new MentoringPair(program, mentor, menteesPerPair > 1 ? InteractionForm.F1 : InteractionForm.F5);
      List<String> logins = new ArrayList<>();
      for (int j = 1; j <= menteesPerPair; j++) {
        StaffMember mentee = person(school, "e" + i + "x" + j, "Молодова" + i + "x" + j, "Анна", "Учитель математики",
            Role.MENTEE);
        MenteeProfile ep = new MenteeProfile(program, mentee, MenteeCategory.YOUNG_SPECIALIST);
        ep.setRequests("Организация учебного процесса; Работа с родителями");
        ep.setStatus(MenteeProfile.Status.PAIRED);
        menteeProfiles.save(ep);
        consents.save(new Consent(school, mentee, Consent.Purpose.PERSONAL_DATA, "1", given, "письменно", "curator"));
        consents.save(new Consent(school, mentee, Consent.Purpose.ADDITIONAL_DUTIES, "1", given, "письменно", "curator"));
        pair.getMentees().add(mentee);
        logins.add(mentee.getUsername());
      }
      pair.setStatus(MentoringPair.Status.APPROVED);
      ids.add(pairs.save(pair).getId());
      people.add(new People(pair.getId(), mentor.getUsername(), List.copyOf(logins)));
    }
    return new Built(code, program.getId(), businessKey, year, director.getUsername(), deputy.getUsername(),
        curator.getUsername(), ids, people);
  }

  private StaffMember person(School school, String suffix, String last, String first, String position, Role role) {
    StaffMember s = new StaffMember(school, school.getCode() + "-" + suffix, school.getCode() + suffix, last, first,
        "Ивановна", position);
    s.setRoles(EnumSet.of(role));
    s.setExperienceYears(role == Role.MENTEE ? 1 : 15);
    s.setEmail(school.getCode() + suffix + "@school.example");
    return app.getBean(StaffRepository.class).save(s);
  }
}
