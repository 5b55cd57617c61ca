package ru.nastavnik.variants;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.nastavnik.demo.DemoDataLoader;
import ru.nastavnik.program.ProgramRepository;
import ru.nastavnik.program.ProgramService;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.security.IdentitySyncService;
import ru.nastavnik.staff.StaffRepository;
import ru.nastavnik.staff.importing.StaffImportService;

/**
 * The other four seeds as demo schools (after {@link DemoDataLoader}'s starica): each with its
 * requisites (addresses and heads' names are invented for the demo), its staff from
 * {@code demo/staff-<code>.csv}, Camunda users, its own diagrams deployed with its tenant id and,
 * unless {@code nastavnik.demo.start-program=false}, its program of the current year started.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "nastavnik.demo.enabled", havingValue = "true")
public class VariantSchoolsLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(VariantSchoolsLoader.class);

  /** The demo schools of seeds 000, 001, 003 and 004 (demo requisites). */
  public static final List<School> SCHOOLS = List.of(
      school("iroso", "МАДОУ «Детский сад № 17»", "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 17» (демо)",
          "МАДОУ «Детский сад № 17»", "Белова Ирина Анатольевна", "Заведующий",
          "620000, Свердловская обл., г. Екатеринбург, ул. Учебная, д. 17 (демо)", "г. Екатеринбург", "RU"),
      school("akbulak", "МБОУ «Акбулакская СОШ №3»", "Муниципальное бюджетное общеобразовательное учреждение «Акбулакская средняя общеобразовательная школа №3»",
          "МБОУ «Акбулакская СОШ №3»", "Исмагилов Руслан Маратович", "Директор",
          "461550, Оренбургская обл., п. Акбулак, ул. Школьная, д. 3 (демо)", "п. Акбулак", "RU"),
      school("kz", "КГУ «Общеобразовательная школа № 8»", "Коммунальное государственное учреждение «Общеобразовательная школа № 8» (демо)",
          "КГУ «ОШ № 8»", "Жумабекова Айгуль Сериковна", "Руководитель организации среднего образования",
          "050000, Республика Казахстан, г. Алматы, ул. Абая, д. 8 (демо)", "г. Алматы", "KZ"),
      school("stepnoe", "МКОУ «Степновская СОШ»", "Муниципальное казённое общеобразовательное учреждение «Степновская средняя общеобразовательная школа»",
          "МКОУ «Степновская СОШ»", "Гончаров Виктор Петрович", "Директор",
          "357000, с. Степное, ул. Центральная, д. 10 (демо)", "с. Степное", "RU"));

  private final SchoolRepository schools;
  private final StaffRepository staff;
  private final StaffImportService importer;
  private final IdentitySyncService identity;
  private final TenantDeployer deployer;
  private final ProgramService programs;
  private final ProgramRepository programRepository;
  private final boolean startProgram;

  public VariantSchoolsLoader(SchoolRepository schools, StaffRepository staff, StaffImportService importer,
      IdentitySyncService identity, TenantDeployer deployer, ProgramService programs,
      ProgramRepository programRepository,
      @Value("${nastavnik.demo.start-program:true}") boolean startProgram) {
    this.schools = schools;
    this.staff = staff;
    this.importer = importer;
    this.identity = identity;
    this.deployer = deployer;
    this.programs = programs;
    this.programRepository = programRepository;
    this.startProgram = startProgram;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    for (School template : SCHOOLS) {
      String code = template.getCode();
      if (schools.findByCode(code).isEmpty()) {
        School s = new School(code, template.getName(), template.getFullName(), template.getShortName(),
            template.getHeadName(), template.getHeadTitle(), template.getAddress(), template.getLocality());
        s.setCalendarCode(template.getCalendarCode());
        schools.save(s);
        log.info("Демонстрационная школа {} создана", code);
      }
      if (staff.findBySchool(code).isEmpty()) {
        try (InputStream in = new ClassPathResource("demo/staff-" + code + ".csv").getInputStream()) {
          importer.importFile(code, "staff-" + code + ".csv", 
              ru.nastavnik.demo.DemoStaffFile.forToday(in.readAllBytes()), "demo");
        }
      }
      identity.syncSchool(code);
      deployer.deploy(code);
      if (startProgram && programRepository.findBySchool(code).isEmpty()) {
        String year = DemoDataLoader.currentAcademicYear(DemoDataLoader.today());
        programs.start(code, year);
        log.info("Программа школы {} на {} запущена по её собственной схеме", code, year);
      }
    }
  }

  private static School school(String code, String name, String fullName, String shortName, String head,
      String headTitle, String address, String locality, String calendar) {
    School s = new School(code, name, fullName, shortName, head, headTitle, address, locality);
    s.setCalendarCode(calendar);
    return s;
  }
}
