package ru.nastavnik.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.bases.MenteeCategory;
import ru.nastavnik.bases.MenteeProfile;
import ru.nastavnik.bases.MenteeProfileRepository;
import ru.nastavnik.bases.MentorProfile;
import ru.nastavnik.bases.MentorProfileRepository;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentRepository;
import ru.nastavnik.monitoring.EffectivenessScore;
import ru.nastavnik.monitoring.EffectivenessScoreRepository;
import ru.nastavnik.monitoring.Nomination;
import ru.nastavnik.monitoring.NominationRepository;
import ru.nastavnik.pairing.InteractionForm;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.pairwork.PairMeeting;
import ru.nastavnik.pairwork.PairMeetingRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.Role;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * A realistic school for document tests (seed 002: МБОУ «СОШ ст. Старица»): director, deputy,
 * curator, trained mentors, mentees of the four categories with their requests, pairs and one group,
 * logged meetings, effectiveness scores, nominations (two pairs working and nominated «Лучшая пара») and consents. Each call makes a new school with
 * a unique code.
 */
@TestComponent
public class DemoSchool {

  private static final AtomicInteger SEQ = new AtomicInteger();

  private static final String[][] MENTORS = {
      {"Иванова", "Мария", "Петровна", "Учитель математики", "Математика; Алгебра", "24", "высшая"},
      {"Кузнецов", "Игорь", "Владимирович", "Учитель физики", "Физика", "18", "высшая"},
      {"Смирнова", "Ольга", "Николаевна", "Учитель русского языка и литературы", "Русский язык; Литература", "21", "первая"},
      {"Волкова", "Елена", "Сергеевна", "Учитель начальных классов", "Начальные классы", "15", "высшая"},
      {"Морозов", "Андрей", "Алексеевич", "Учитель информатики", "Информатика", "12", "первая"},
      {"Лебедева", "Татьяна", "Ивановна", "Учитель английского языка", "Английский язык", "19", "высшая"}};

  private static final String[][] MENTEES = {
      {"Петров", "Алексей", "Андреевич", "Учитель математики", "1", "YOUNG_SPECIALIST",
          "Организация учебного процесса; Работа с родителями"},
      {"Сидорова", "Екатерина", "Викторовна", "Учитель физики", "2", "YOUNG_SPECIALIST",
          "Организация учебного процесса; Дисциплина на уроке"},
      {"Орлова", "Наталья", "Сергеевна", "Учитель русского языка и литературы", "9", "ADAPTATION",
          "Традиции и регламент школы"},
      {"Никитина", "Анна", "Павловна", "Учитель начальных классов", "14", "BURNOUT",
          "Профилактика эмоционального выгорания; Работа с родителями"},
      {"Фёдоров", "Павел", "Олегович", "Учитель технологии", "22", "DIGITAL",
          "Цифровые образовательные ресурсы; Электронный журнал"},
      {"Григорьева", "Дарья", "Максимовна", "Учитель технологии", "0", "YOUNG_SPECIALIST",
          "Организация учебного процесса"},
      {"Белова", "Ксения", "Игоревна", "Учитель английского языка", "3", "YOUNG_SPECIALIST",
          "Работа с родителями; Дисциплина на уроке"}};

  /** What the tests look up. */
  public record Demo(School school, MentoringProgram program, List<StaffMember> mentors, List<StaffMember> mentees,
      List<MentoringPair> pairs, StaffMember director, StaffMember deputy, StaffMember curator) {

    public String code() {
      return school.getCode();
    }

    public Long programId() {
      return program.getId();
    }
  }

  private final SchoolRepository schools;
  private final StaffRepository staff;
  private final ProgramRepository programs;
  private final MentorProfileRepository mentorProfiles;
  private final MenteeProfileRepository menteeProfiles;
  private final PairRepository pairs;
  private final PairMeetingRepository meetings;
  private final EffectivenessScoreRepository scores;
  private final NominationRepository nominations;
  private final ConsentRepository consents;
  private final TransactionTemplate tx;

  public DemoSchool(SchoolRepository schools, StaffRepository staff, ProgramRepository programs,
      MentorProfileRepository mentorProfiles, MenteeProfileRepository menteeProfiles, PairRepository pairs,
      PairMeetingRepository meetings, EffectivenessScoreRepository scores, NominationRepository nominations,
      ConsentRepository consents, PlatformTransactionManager transactionManager) {
    this.schools = schools;
    this.staff = staff;
    this.programs = programs;
    this.mentorProfiles = mentorProfiles;
    this.menteeProfiles = menteeProfiles;
    this.pairs = pairs;
    this.meetings = meetings;
    this.scores = scores;
    this.nominations = nominations;
    this.consents = consents;
    this.tx = new TransactionTemplate(transactionManager);
  }

  /** The seed-002 school with 6 mentors, 7 mentees, 5 pairs and 1 group of two. */
  public Demo create() {
    return tx.execute(s -> build(0));
  }

  /** A school with {@code n} extra one-to-one pairs on top of the demo ones (benchmark). */
  public Demo createWithPairs(int n) {
    return tx.execute(s -> build(n));
  }

  /** A school with everything but blank requisites. */
  public School createWithoutRequisites() {
    return tx.execute(s -> {
      School school = schools.save(new School(code(), "Школа без реквизитов", "МБОУ «Школа без реквизитов»",
          "МБОУ «Школа»", " ", "Директор", "", "с. Луговое"));
      return school;
    });
  }

  private static String code() {
    return "school" + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  private Demo build(int extraPairs) {
    String code = code();
    School school = schools.save(new School(code, "СОШ ст. Старица",
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа ст. Старица»",
        "МБОУ «СОШ ст. Старица»", "Тимофеева Светлана Александровна", "Директор",
        "346543, Ростовская область, ст. Старица, ул. Школьная, д. 1", "ст. Старица"));
    StaffMember director = person(school, "Тимофеева", "Светлана", "Александровна", "Директор", Role.DIRECTOR);
    StaffMember deputy = person(school, "Зайцева", "Ирина", "Геннадьевна",
        "Заместитель директора по учебной работе", Role.DEPUTY);
    StaffMember curator = person(school, "Соколова", "Анастасия", "Юрьевна", "Учитель истории", Role.CURATOR);
    person(school, "Павлова", "Вера", "Михайловна", "Педагог-психолог", Role.PSYCHOLOGIST);

    MentoringProgram program = new MentoringProgram(school, "2025/2026", code + "-2025", "admin");
    program.setCurator(curator);
    program.setInteractionForms("F1; F3; F4");
    program.setEffectiveness(16, "оптимальный");
    programs.save(program);

    List<StaffMember> mentors = new ArrayList<>();
    for (String[] m : MENTORS) {
      StaffMember s = person(school, m[0], m[1], m[2], m[3], Role.MENTOR);
      s.setSubjectList(List.of(m[4].split(";")));
      s.setExperienceYears(Integer.parseInt(m[5]));
      s.setQualificationCategory(m[6]);
      mentors.add(s);
      MentorProfile p = new MentorProfile(program, s);
      p.trained("СН-" + code + "-" + mentors.size(), LocalDate.of(2025, 6, 20));
      p.setStatus(MentorProfile.Status.APPOINTED);
      p.setCapacity(2);
      mentorProfiles.save(p);
    }
    List<StaffMember> mentees = new ArrayList<>();
    for (String[] m : MENTEES) {
      StaffMember s = person(school, m[0], m[1], m[2], m[3], Role.MENTEE);
      s.setExperienceYears(Integer.parseInt(m[4]));
      mentees.add(s);
      MenteeProfile p = new MenteeProfile(program, s, MenteeCategory.valueOf(m[5]));
      p.setRequests(m[6]);
      p.setStatus(MenteeProfile.Status.PAIRED);
      p.setWantsToMentor(m[0].equals("Орлова"));
      menteeProfiles.save(p);
      consents.save(new Consent(school, s, Consent.Purpose.PERSONAL_DATA, "2025-1", LocalDate.of(2025, 8, 28),
          "письменно (бумажный бланк)", "curator"));
    }
    List<MentoringPair> list = new ArrayList<>();
    InteractionForm[] forms = {InteractionForm.F1, InteractionForm.F5, InteractionForm.F3, InteractionForm.F3,
        InteractionForm.F4};
    for (int i = 0; i < 5; i++) {
      list.add(pair(program, mentors.get(i), forms[i], mentees.get(i)));
    }
    list.add(pair(program, mentors.get(5), InteractionForm.F1, mentees.get(5), mentees.get(6)));

    MentoringPair first = list.get(0);
    meetings.save(new PairMeeting(first, PairMeeting.Kind.ACQUAINTANCE, LocalDate.of(2025, 9, 3),
        "Знакомство, ожидания от работы в паре", "Определены запросы наставляемого", 45, "mentor"));
    meetings.save(new PairMeeting(first, PairMeeting.Kind.PLANNING, LocalDate.of(2025, 9, 10),
        "Составление карты ИОМ", "Карта ИОМ согласована", 60, "mentor"));
    meetings.save(new PairMeeting(first, PairMeeting.Kind.LESSON_VISIT, LocalDate.of(2025, 10, 15),
        "Посещение урока алгебры в 8 классе", "Даны рекомендации по организации самостоятельной работы", 45,
        "mentor"));

    scores.save(new EffectivenessScore(program, list.get(0), "222221222", 17, "оптимальный", "curator"));
    scores.save(new EffectivenessScore(program, list.get(1), "211111211", 11, "допустимый", "curator"));
    scores.save(new EffectivenessScore(program, list.get(2), "100101100", 4, "недопустимый", "curator"));
    scores.save(new EffectivenessScore(program, null, "222121222", 16, "оптимальный", "curator"));

    nominations.save(new Nomination(program, mentors.get(0), "Лучший наставник"));
    nominations.save(new Nomination(program, mentors.get(3), "Наставник года"));
    // two pairs worked to the end of the year (their mentors get a participant's certificate) and were
    // nominated «Лучшая пара»: a diploma for each member
    for (int i : new int[] {0, 3}) {
      MentoringPair worked = list.get(i);
      worked.setStatus(MentoringPair.Status.ACTIVE);
      pairs.save(worked);
      nominations.save(new Nomination(program, worked.getMentor(), worked, Nomination.BEST_PAIR));
      worked.getMentees().forEach(m -> nominations.save(new Nomination(program, m, worked, Nomination.BEST_PAIR)));
    }

    for (int i = 0; i < extraPairs; i++) {
      StaffMember m = person(school, "Наставников" + i, "Иван", "Петрович", "Учитель", Role.MENTOR);
      StaffMember e = person(school, "Молодых" + i, "Пётр", "Иванович", "Учитель", Role.MENTEE);
      list.add(pair(program, m, InteractionForm.values()[i % 5], e));
    }
    return new Demo(school, program, mentors, mentees, list, director, deputy, curator);
  }

  /** A teacher in the program's mentee list with the given status (a candidate without consent, one who withdrew). */
  public StaffMember addMentee(Demo demo, String last, String first, String middle, MenteeProfile.Status status) {
    return tx.execute(s -> {
      MentoringProgram program = programs.findById(demo.programId()).orElseThrow();
      StaffMember t = person(program.getSchool(), last, first, middle, "Учитель", Role.MENTEE);
      MenteeProfile p = new MenteeProfile(program, t, MenteeCategory.YOUNG_SPECIALIST);
      p.setRequests("Дисциплина на уроке");
      p.setStatus(status);
      menteeProfiles.save(p);
      return t;
    });
  }

  private StaffMember person(School school, String last, String first, String middle, String position, Role role) {
    int n = SEQ.incrementAndGet();
    StaffMember s = new StaffMember(school, "T" + n, school.getCode() + "u" + n, last, first, middle, position);
    s.setRoles(EnumSet.of(role));
    s.setExperienceYears(10);
    return staff.save(s);
  }

  private MentoringPair pair(MentoringProgram program, StaffMember mentor, InteractionForm form, StaffMember... mentees) {
    MentoringPair p = new MentoringPair(program, mentor, form);
    p.getMentees().addAll(List.of(mentees));
    p.setStatus(MentoringPair.Status.CONSENTED);
    return pairs.save(p);
  }
}
