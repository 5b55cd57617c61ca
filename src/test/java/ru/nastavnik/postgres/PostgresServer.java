package ru.nastavnik.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server for tests, one per JVM, started on first use and stopped at exit.
 * As an ordinary user it is zonky's embedded PostgreSQL (binaries from Maven Central). PostgreSQL
 * refuses to run as root, so under root (CI containers) Debian's server binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, installed by {@code .ci/run}) run as the
 * {@code postgres} user instead. Each caller gets a fresh, empty database.
 */
public final class PostgresServer {

  private static PostgresServer instance;

  private final String host = "127.0.0.1";
  private final int port;
  private final Runnable stop;
  private int databases;

  private PostgresServer(int port, Runnable stop) {
    this.port = port;
    this.stop = stop;
  }

  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance.stop));
    }
    return instance;
  }

  /** A new empty database; returns its JDBC URL (user postgres, no password). */
  public synchronized String newDatabase() {
    String name = "nastavnik_" + (++databases) + "_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "")) {
      c.createStatement().execute("create database " + name + " encoding 'UTF8'");
    } catch (Exception e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return url(name);
  }

  public String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  /** Directory of PostgreSQL's client and server programs used here (Debian's), or null (zonky). */
  public static Path debianBin() {
    File root = new File("/usr/lib/postgresql");
    File[] versions = root.listFiles(f -> new File(f, "bin/pg_ctl").canExecute());
    if (versions == null || versions.length == 0) {
      return null;
    }
    return Arrays.stream(versions).max(Comparator.comparingInt(f -> Integer.parseInt(f.getName().replaceAll("\\D", "0"))))
        .orElseThrow().toPath().resolve("bin");
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static PostgresServer start() {
    try {
      if (!root()) {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
            .setServerConfig("fsync", "off").start();
        return new PostgresServer(pg.getPort(), () -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // stopping at exit
          }
        });
      }
      Path bin = debianBin();
      if (bin == null) {
        throw new IllegalStateException("PostgreSQL refuses to run as root and Debian's postgresql package is not "
            + "installed: apt-get install -y postgresql (.ci/run does this)");
      }
      Path data = Files.createTempDirectory("nastavnik-pg");
      run(List.of("chown", "postgres:postgres", data.toString()));
      asPostgres(bin.resolve("initdb"), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
          "--locale=C.UTF-8");
      int port = freePort();
      asPostgres(bin.resolve("pg_ctl"), "-D", data.toString(), "-w", "-l", data.resolve("server.log").toString(),
          "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off",
          "start");
      return new PostgresServer(port, () -> {
        try {
          asPostgres(bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop");
          run(List.of("rm", "-rf", data.toString()));
        } catch (Exception ignored) {
          // stopping at exit
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("cannot start PostgreSQL", e);
    }
  }

  static void asPostgres(Path program, String... args) {
    List<String> command = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", program.toString()));
    command.addAll(List.of(args));
    run(command);
  }

  static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(command + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(command + " interrupted", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
