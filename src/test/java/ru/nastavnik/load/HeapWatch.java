package ru.nastavnik.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap used by another JVM, the same way for the application and the bare Camunda application:
 * the JDK's {@code jstat -gc <pid> 1000} (survivor, eden and old generation used), read as it
 * prints once a second. Nothing is added to the watched JVM.
 */
final class HeapWatch implements AutoCloseable {

  private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");

  private final Process process;
  private final AtomicLong latest = new AtomicLong();
  private final AtomicLong max = new AtomicLong();

  HeapWatch(long pid) throws Exception {
    String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
    process = new ProcessBuilder(jstat, "-J-Duser.language=en", "-J-Duser.country=US", "-gc", String.valueOf(pid),
        "1000").redirectErrorStream(true).start();
    process.getOutputStream().close();
    Thread reader = new Thread(this::read, "jstat-" + pid);
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      List<String> header = null;
      String line;
      while ((line = in.readLine()) != null) {
        String[] cells = line.trim().split("\\s+");
        if (cells.length > 0 && cells[0].equals("S0C")) {
          header = Arrays.asList(cells);
          continue;
        }
        if (header == null || cells.length != header.size()) {
          continue;
        }
        double kb = 0;
        for (String column : USED) {
          kb += Double.parseDouble(cells[header.indexOf(column)].replace(',', '.'));
        }
        long bytes = (long) (kb * 1024);
        latest.set(bytes);
        max.accumulateAndGet(bytes, Math::max);
      }
    } catch (Exception e) {
      // jstat ended
    }
  }

  /** The last sample, bytes (0 before the first). */
  long used() {
    return latest.get();
  }

  /** The largest sample, bytes. */
  long max() {
    return max.get();
  }

  @Override
  public void close() {
    process.destroy();
  }
}
