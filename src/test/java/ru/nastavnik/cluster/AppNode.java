package ru.nastavnik.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as a separate JVM on a port of its own: either the packaged jar or the test
 * classpath with {@code NastavnikApplication}. Killed with SIGKILL ({@link #kill()}) or stopped.
 */
public final class AppNode implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private AppNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts {@code java [jvm] -cp <test classpath> NastavnikApplication --server.port=.. [args]}. */
  public static AppNode fromClasspath(Path workDir, Path log, List<String> args) throws IOException {
    return fromClasspath(workDir, log, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), args);
  }

  /** The same with the JVM options given ({@code -Xmx…}, …) instead of the test defaults. */
  public static AppNode fromClasspath(Path workDir, Path log, List<String> jvm, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvm);
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "ru.nastavnik.NastavnikApplication"));
    return start(command, workDir, log, args);
  }

  /** Starts {@code java -jar <jar> --server.port=.. [args]}. */
  public static AppNode fromJar(Path jar, Path workDir, Path log, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-jar", jar.toAbsolutePath().toString()));
    return start(command, workDir, log, args);
  }

  private static AppNode start(List<String> command, Path workDir, Path log, List<String> args) throws IOException {
    int port = freePort();
    command.add("--server.port=" + port);
    command.addAll(args);
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new AppNode(p, port, log);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public int port() {
    return port;
  }

  /** The operating system's process id of the application's JVM. */
  public long pid() {
    return process.pid();
  }

  /** Waits until {@code /actuator/health} answers. */
  public AppNode awaitUp(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited with " + process.exitValue() + ", see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        // listening and answering (503 while an optional indicator such as mail is down)
        if ((r.statusCode() == 200 || r.statusCode() == 503) && r.body().contains("\"status\"")) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the application did not start in " + timeout + ", see " + log);
  }

  /** kill -9: no shutdown hooks, no flushing, no closing of the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static File dir(Path p) {
    return p.toFile();
  }
}
