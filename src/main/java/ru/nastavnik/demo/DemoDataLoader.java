package ru.nastavnik.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.IdentitySyncService;
import ru.nastavnik.staff.StaffRepository;
import ru.nastavnik.staff.importing.StaffImportService;

/**
 * The demo school (profile {@code demo}, on by default for {@code mvn spring-boot:run}): МБОУ «СОШ
 * ст. Старица» of seed 002 with its staff, Camunda users with the demo password, and the program of
 * the current academic year started, the director's first two tasks done — so the curator and the
 * deputy find their first tasks in Tasklist. Loads once; restarts find it in the database.
 */
@Component
@ConditionalOnProperty(name = "nastavnik.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final SchoolRepository schools;
  private final StaffRepository staff;
  private final StaffImportService importer;
  private final IdentitySyncService identity;
  private final ProgramService programs;
  private final ProgramRepository programRepository;
  private final IdentityService identityService;
  private final TaskService tasks;
  private final org.camunda.bpm.engine.ManagementService management;
  private final String schoolCode;
  private final boolean startProgram;

  public DemoDataLoader(SchoolRepository schools, StaffRepository staff, StaffImportService importer,
      IdentitySyncService identity, ProgramService programs, ProgramRepository programRepository,
      IdentityService identityService, TaskService tasks, org.camunda.bpm.engine.ManagementService management,
      @Value("${nastavnik.demo.school-code:starica}") String schoolCode,
      @Value("${nastavnik.demo.start-program:true}") boolean startProgram) {
    this.schools = schools;
    this.staff = staff;
    this.importer = importer;
    this.identity = identity;
    this.programs = programs;
    this.programRepository = programRepository;
    this.identityService = identityService;
    this.tasks = tasks;
    this.management = management;
    this.schoolCode = schoolCode;
    this.startProgram = startProgram;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (schools.findByCode(schoolCode).isEmpty()) {
      schools.save(new School(schoolCode, "МБОУ «СОШ ст. Старица»",
          "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа ст. Старица»",
          "МБОУ «СОШ ст. Старица»", "Соколова Елена Викторовна", "Директор",
          "ст. Старица, ул. Школьная, д. 1", "ст. Старица"));
      log.info("Демонстрационная школа {} создана", schoolCode);
    }
    if (staff.findBySchool(schoolCode).isEmpty()) {
      try (InputStream in = new ClassPathResource("demo/staff-" + schoolCode + ".csv").getInputStream()) {
        var result = importer.importFile(schoolCode, "staff-" + schoolCode + ".csv",
            DemoStaffFile.forToday(in.readAllBytes()), "demo");
        log.info("Сотрудники демонстрационной школы загружены: {}", result);
      }
    }
    identity.syncSchool(schoolCode);
    if (startProgram && programRepository.findBySchool(schoolCode).isEmpty()) {
      startCurrentProgram();
    }
  }

  /** The academic year of today: September..August. */
  public static String currentAcademicYear(LocalDate today) {
    int first = academicYearStart(today);
    return first + "/" + String.format("%02d", (first + 1) % 100);
  }

  /** The calendar year in whose September the academic year of {@code today} began. */
  public static int academicYearStart(LocalDate today) {
    return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
  }

  /** The engine's today in Moscow, where the demo schools' years are counted. */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.of("Europe/Moscow"));
  }

  private void startCurrentProgram() {
    String year = currentAcademicYear(today());
    MentoringProgram program = programs.start(schoolCode, year);
    Long curatorId = staff.findByUsername("kurator").map(s -> s.getId()).orElse(null);
    runDueJobs();
    completeAsDirector(program, ProgramProcess.Preparation.ISSUE_ORDER, Map.of("regulationApproved", true));
    if (curatorId != null) {
      completeAsDirector(program, ProgramProcess.Preparation.APPOINT_CURATOR, Map.of("curatorId", curatorId.toString()));
      runDueJobs();
      completeAsDirector(program, ProgramProcess.Preparation.SIGN_CURATOR_ORDER, Map.of("decision", "approve"));
    }
    log.info("Демонстрационная программа {} запущена", program.getBusinessKey());
  }

  /** The order generation is asynchronous: run it now so the director's task exists. */
  private void runDueJobs() {
    for (var job : management.createJobQuery().executable().messages().list()) {
      management.executeJob(job.getId());
    }
  }

  private void completeAsDirector(MentoringProgram program, String taskKey, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(program.getBusinessKey())
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      return;
    }
    identityService.setAuthentication("direktor", java.util.List.of("director"), java.util.List.of(schoolCode));
    try {
      tasks.claim(task.getId(), "direktor");
      tasks.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
