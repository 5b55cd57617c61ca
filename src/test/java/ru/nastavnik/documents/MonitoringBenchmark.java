package ru.nastavnik.documents;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.documents.DemoSchool.Demo;
import ru.nastavnik.monitoring.MonitoringReport;
import ru.nastavnik.monitoring.MonitoringReportService;
import ru.nastavnik.monitoring.MonitoringService;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.staff.StaffMember;

/**
 * Measures the monitoring report of a program with many pairs (300 by default): scoring every pair
 * (DMN level), before/after measurements of every mentee, then the report (JSON model), its page with
 * SVG charts, and the information note DOCX with the charts as PNG pictures. Not a unit test. Run
 * from the project root:
 *
 * <pre>
 * mvn -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     ru.nastavnik.documents.MonitoringBenchmark 300
 * </pre>
 */
public final class MonitoringBenchmark {

  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class, TransactionAutoConfiguration.class,
      JpaRepositoriesAutoConfiguration.class})
  @Import({DocumentsTestConfig.class, MonitoringReportService.class, MonitoringService.class})
  static class Bench {
    @Bean
    DecisionService decisionService(ProcessEngine engine) {
      return engine.getDecisionService();
    }
  }

  private MonitoringBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Bench.class)
        .web(WebApplicationType.NONE).logStartupInfo(false)
        .properties("spring.datasource.url=jdbc:h2:mem:monbench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
            "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
            "nastavnik.documents.pdf.enabled=false", "logging.level.root=WARN")
        .run()) {
      ctx.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
          .addClasspathResource("nastavnik/processes/effectiveness-level.dmn").deploy();
      MonitoringService monitoring = ctx.getBean(MonitoringService.class);
      MonitoringReportService reports = ctx.getBean(MonitoringReportService.class);
      DocumentService documents = ctx.getBean(DocumentService.class);
      PairRepository pairs = ctx.getBean(PairRepository.class);
      TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));

      // the demo school has 6 pairs of its own; add n − 6 one-to-one pairs
      Demo demo = ctx.getBean(DemoSchool.class).createWithPairs(Math.max(0, n - 6));
      Long programId = demo.programId();
      List<Long> ids = tx.execute(s -> {
        List<MentoringPair> all = pairs.findByProgram(programId);
        all.forEach(p -> p.setStatus(MentoringPair.Status.COMPLETED));
        return all.stream().map(MentoringPair::getId).toList();
      });
      long t0 = System.nanoTime();
      int i = 0;
      for (Long id : ids) {
        int k = i++ % 3;
        monitoring.scorePair(programId, id, k == 0 ? List.of(2, 2, 2, 2, 2, 2, 2, 1, 1)
            : k == 1 ? List.of(2, 1, 1, 1, 1, 1, 1, 1, 2) : List.of(1, 0, 1, 0, 1, 1, 0, 1, 1), "curator");
      }
      long scored = System.nanoTime() - t0;
      List<Long> mentees = tx.execute(s -> pairs.findByProgram(programId).stream()
          .flatMap(p -> p.getMentees().stream()).map(StaffMember::getId).distinct().toList());
      for (Long m : mentees) {
        monitoring.measure(programId, m, "Уверенность в организации урока", false, 2 + (int) (m % 2), "curator");
        monitoring.measure(programId, m, "Уверенность в организации урока", true, 4, "curator");
        monitoring.measure(programId, m, "Работа с родителями", false, 3, "curator");
        monitoring.measure(programId, m, "Работа с родителями", true, 4 + (int) (m % 2), "curator");
      }
      reports.report(programId); // warm-up
      int runs = 5;
      long r0 = System.nanoTime();
      MonitoringReport report = null;
      for (int r = 0; r < runs; r++) {
        report = reports.report(programId);
      }
      long reportNs = (System.nanoTime() - r0) / runs;
      long p0 = System.nanoTime();
      String page = ru.nastavnik.monitoring.MonitoringCharts.growth(report).svg()
          + ru.nastavnik.monitoring.MonitoringCharts.levels(report.levels()).svg();
      long pageNs = System.nanoTime() - p0;
      long d0 = System.nanoTime();
      GeneratedDocument note = documents.generate(GenerationRequest.of(DocumentKind.MONITORING_NOTE, demo.code(),
          programId, "bench-note"));
      long noteNs = System.nanoTime() - d0;
      System.out.printf(Locale.ROOT, "pairs scored: %d in %.1f s (%.1f ms per pair, DMN level each)%n", ids.size(),
          scored / 1e9, scored / 1e6 / ids.size());
      System.out.printf(Locale.ROOT, "participants measured: %d (2 parameters before/after)%n", mentees.size());
      System.out.printf(Locale.ROOT, "monitoring report for %d pairs: %.0f ms (mean of %d); levels %s%n",
          report.pairs().size(), reportNs / 1e6, runs, report.levels());
      System.out.printf(Locale.ROOT, "SVG charts: %.1f ms (%d chars)%n", pageNs / 1e6, page.length());
      System.out.printf(Locale.ROOT, "information note DOCX with PNG charts: %.0f ms, %d KB%n", noteNs / 1e6,
          note.docx().length / 1024);
    }
  }
}
