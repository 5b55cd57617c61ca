package ru.nastavnik.staff.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ru.nastavnik.school.SchoolRepository;

/**
 * Benchmark (not a unit test): import of 10,000 staff rows from XLSX and from CSV into H2 through
 * the real service (Flyway schema, JPA, one transaction per import); time and peak heap per phase.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     ru.nastavnik.staff.importing.StaffImportBenchmark [rows]
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     ru.nastavnik.staff.importing.StaffImportBenchmark --app [rows]
 * </pre>
 *
 * With {@code --app} the whole application runs instead (profile {@code test}, engine included): the
 * CSV is imported into a school without a running program and into kz with its program running (its
 * diagram does not listen for newcomers); every row is a newcomer without a role, so the phase
 * includes what the import's after-commit listeners do with the people it added.
 *
 * Peak heap is the largest used heap sampled every 2 ms during the phase (garbage included, so it
 * depends on the collector and -Xmx); "live after" is the used heap after a full GC.
 */
public final class StaffImportBenchmark {

  @Configuration
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class})
  @Import(ImportTestConfig.class)
  static class Bench {
  }

  private static final String[] MALE_LAST = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
      "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов"};
  private static final String[] MALE_FIRST = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим",
      "Иван", "Николай", "Павел", "Олег"};
  private static final String[] FEMALE_FIRST = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
      "Мария", "Анна", "Юлия", "Екатерина"};
  private static final String[] FATHERS = {"Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Иванов",
      "Николаев", "Павлов", "Петров", "Викторов"};
  private static final String[] SUBJECTS = {"Математика; Алгебра; Геометрия", "Русский язык; Литература",
      "Английский язык", "Физика", "Химия; Биология", "История; Обществознание", "Начальные классы",
      "Физкультура", "Информатика", "География", "Музыка", "ИЗО; Технология"};
  private static final String[] CATEGORIES = {"без категории", "первая", "высшая",
      "соответствие занимаемой должности"};

  private StaffImportBenchmark() {}

  static List<List<Object>> staff(int n, boolean excelDates) {
    Random random = new Random(42);
    List<List<Object>> rows = new ArrayList<>(n + 1);
    rows.add(new ArrayList<>(StaffFiles.HEADER));
    for (int i = 1; i <= n; i++) {
      boolean female = random.nextInt(10) < 8;
      String last = MALE_LAST[random.nextInt(MALE_LAST.length)] + (female ? "а" : "");
      String first = female ? FEMALE_FIRST[random.nextInt(FEMALE_FIRST.length)]
          : MALE_FIRST[random.nextInt(MALE_FIRST.length)];
      String middle = FATHERS[random.nextInt(FATHERS.length)] + (female ? "на" : "ич");
      int years = random.nextInt(41);
      LocalDate hired = LocalDate.of(2025, 8, 25).minusDays(random.nextInt(365 * 20));
      rows.add(StaffFiles.row(String.format("%06d", i), last, first, middle, "Учитель",
          SUBJECTS[random.nextInt(SUBJECTS.length)], years, excelDates ? hired : hired.toString(),
          CATEGORIES[random.nextInt(CATEGORIES.length)], "t" + i + "@bench.example", "", ""));
    }
    return rows;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--app")) {
      application(args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    System.out.printf(Locale.ROOT, "Staff import benchmark: %,d rows, max heap %d MB, %d CPUs, %s%n", n,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    byte[] xlsx = StaffFiles.xlsx(staff(n, true));
    byte[] csv = StaffFiles.csv(staff(n, false), ';', true);
    System.out.printf(Locale.ROOT, "XLSX %,d bytes, CSV %,d bytes%n", xlsx.length, csv.length);

    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Bench.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
            "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
            "logging.level.root=WARN", "spring.main.banner-mode=off")
        .run()) {
      SchoolRepository schools = context.getBean(SchoolRepository.class);
      StaffImportService imports = context.getBean(StaffImportService.class);
      schools.save(StaffImportServiceTest.school("benchx"));
      schools.save(StaffImportServiceTest.school("benchc"));
      StaffFileReader reader = new StaffFileReader(StaffImportProperties.defaults());

      // warm-up on a small file so that class loading is not measured
      schools.save(StaffImportServiceTest.school("benchw"));
      imports.importFile("benchw", "warm.xlsx", StaffFiles.xlsx(staff(200, true)), "bench");
      imports.importFile("benchw", "warm.csv", StaffFiles.csv(staff(200, false), ';', true), "bench");

      System.out.println();
      System.out.println("phase                                   time ms   peak heap MB   live after MB   result");
      measure("read + validate XLSX (no database)", () -> reader.read(xlsx).rows.size() + " rows");
      measure("read + validate CSV (no database)", () -> reader.read(csv).rows.size() + " rows");
      measure("import XLSX into an empty school", () -> counts(imports.importFile("benchx", "b.xlsx", xlsx, "bench")));
      measure("re-import the same XLSX", () -> counts(imports.importFile("benchx", "b.xlsx", xlsx, "bench")));
      measure("import CSV into an empty school", () -> counts(imports.importFile("benchc", "b.csv", csv, "bench")));
      measure("re-import the same CSV", () -> counts(imports.importFile("benchc", "b.csv", csv, "bench")));
      measure("re-import CSV over the XLSX school", () -> counts(imports.importFile("benchx", "b.csv", csv, "bench")));
    }
  }

  private static void application(int n) throws Exception {
    byte[] csv = StaffFiles.csv(staff(n, false), ';', true);
    System.out.printf(Locale.ROOT, "Staff import benchmark, whole application: %,d rows (CSV %,d bytes), max heap %d MB,"
        + " %d CPUs, %s%n", n, csv.length, Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ru.nastavnik.NastavnikApplication.class)
        .profiles("test").properties("server.port=0", "logging.level.root=WARN", "logging.level.org.camunda=WARN",
            "spring.main.banner-mode=off")
        .run()) {
      SchoolRepository schools = app.getBean(SchoolRepository.class);
      StaffImportService imports = app.getBean(StaffImportService.class);
      schools.save(StaffImportServiceTest.school("benchw"));
      imports.importFile("benchw", "warm.csv", StaffFiles.csv(staff(200, false), ';', true), "bench");
      app.getBean(ru.nastavnik.program.ProgramService.class).start("kz", "2035/36");

      System.out.println();
      System.out.println("phase                                   time ms   peak heap MB   live after MB   result");
      schools.save(StaffImportServiceTest.school("benchn"));
      measure("CSV into a school without a program", () -> counts(imports.importFile("benchn", "b.csv", csv, "bench")));
      measure("CSV into kz, its program running", () -> counts(imports.importFile("kz", "b.csv", csv, "bench")));
    }
  }

  private static String counts(ImportResult r) {
    return r.ok() ? String.format("created %d, updated %d, unchanged %d", r.created(), r.updated(), r.unchanged())
        : r.message();
  }

  private static void measure(String phase, Callable<String> work) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    String result = work.call();
    long millis = (System.nanoTime() - start) / 1_000_000;
    running.set(false);
    sampler.join();
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    System.gc();
    long live = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "%-38s %8d %14d %15d   %s%n", phase, millis, peak.get() >> 20, live >> 20, result);
  }
}
