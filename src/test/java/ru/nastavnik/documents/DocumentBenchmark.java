package ru.nastavnik.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.annotation.Import;
import ru.nastavnik.documents.DemoSchool.Demo;

/**
 * Measures document generation end to end (domain reads, register lock, DOCX rendering, insert,
 * commit) on an in-memory H2 with the application's migrations. Not a unit test. Run from the
 * project root:
 *
 * <pre>
 * mvn -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) ru.nastavnik.documents.DocumentBenchmark
 * </pre>
 *
 * Optional arguments: number of pairs (300), number of orders (1000), then Spring properties such as
 * {@code --spring.jpa.properties.hibernate.default_batch_fetch_size=64}.
 *
 * <p>Prints: the order fixing 300 pairs (time per generation, bytes allocated, heap), and 1,000
 * one-page orders generated in a row (throughput), each in its own transaction.
 */
public final class DocumentBenchmark {

  /** Primary source of the benchmark's context (deliberately not a @Configuration: tests scan this package). */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class, TransactionAutoConfiguration.class,
      JpaRepositoriesAutoConfiguration.class})
  @Import(DocumentsTestConfig.class)
  static class Bench {}

  private DocumentBenchmark() {}

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int orders = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Bench.class)
        .web(WebApplicationType.NONE).logStartupInfo(false)
        .properties("spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
            "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
            "nastavnik.documents.pdf.enabled=false", "logging.level.root=WARN")
        .run(java.util.Arrays.copyOfRange(args, Math.min(2, args.length), args.length))) {
      DocumentService documents = ctx.getBean(DocumentService.class);
      DemoSchool schools = ctx.getBean(DemoSchool.class);
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

      System.out.printf("JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

      // warm-up: every kind once, small orders
      Demo warm = schools.create();
      for (int i = 0; i < 40; i++) {
        documents.generate(GenerationRequest.of(DocumentKind.ORDER_PAIRS, warm.code(), warm.programId(), "w" + i));
      }

      // 1. the order fixing N pairs
      Demo big = schools.createWithPairs(pairs - 6);
      gc();
      long heapBefore = usedHeap();
      resetPeaks();
      List<Long> millis = new ArrayList<>();
      long allocated = 0;
      long cpu = 0;
      GeneratedDocument last = null;
      int runs = 5;
      for (int i = 0; i < runs; i++) {
        long a0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        last = documents.generate(GenerationRequest.of(DocumentKind.ORDER_PAIRS, big.code(), big.programId(), "big" + i));
        millis.add((System.nanoTime() - t0) / 1_000_000);
        cpu += threads.getCurrentThreadCpuTime() - c0;
        allocated += threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - a0;
      }
      long peak = peakHeap();
      int rows = DocxRead.table(last.docx(), "№", "Наставник").size() - 1;
      System.out.printf(Locale.ROOT, "Order fixing %d pairs (%d table rows, %d acquaintance rows): %s ms per"
              + " generation (min %d; CPU %.0f ms), DOCX %d KB, allocated %.1f MB per generation, heap used before %d MB,"
              + " peak heap during (sum of pool peaks) %d MB%n", pairs, rows,
          DocxRead.table(last.docx(), "№", "Фамилия, имя, отчество").size() - 1, millis,
          millis.stream().mapToLong(Long::longValue).min().orElse(0), cpu / 1e6 / runs, last.docx().length >> 10,
          allocated / (double) runs / (1 << 20), heapBefore >> 20, peak >> 20);

      // 2. N one-page orders in a row
      Demo school = schools.create();
      for (int i = 0; i < 50; i++) {
        documents.generate(GenerationRequest.of(DocumentKind.ORDER_CURATOR, warm.code(), warm.programId(), "wc" + i));
      }
      gc();
      resetPeaks();
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < orders; i++) {
        documents.generate(GenerationRequest.of(DocumentKind.ORDER_CURATOR, school.code(), school.programId(), "o" + i));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / orders;
      List<Document> register = documents.register(school.code(), 2025);
      System.out.printf(Locale.ROOT, "%d one-page orders in a row: %.1f s, %.0f orders/s (%.1f ms each, CPU of the calling thread %.1f ms),"
              + " register %s … %s (%d entries), peak heap %d MB%n", orders, seconds, orders / seconds,
          seconds * 1000 / orders, cpuMs, register.get(0).getNumber(), register.get(register.size() - 1).getNumber(),
          register.size(), peakHeap() >> 20);
    }
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static long usedHeap() {
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
