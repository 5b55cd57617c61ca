package ru.nastavnik.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.cluster.AppNode;
import ru.nastavnik.postgres.PostgresServer;
import ru.nastavnik.variants.VariantSchoolsLoader;

/**
 * Load benchmark, run on demand (not part of {@code mvn verify}):
 *
 * <pre>
 * mvn -B -o -Pload test-compile exec:exec -Dload.seconds=60 -Dload.schools=50
 * </pre>
 *
 * <p>Starts a real PostgreSQL server ({@link PostgresServer}) with two databases, the application on
 * one (demo profile, demo data in PostgreSQL, job executor on) and a bare Camunda 7 application
 * ({@link benchmark.bare.BareCamundaApplication}: Camunda's REST and webapp starters and JDBC only)
 * on the other, each in its own JVM with the same heap. The bare one gets the application's users,
 * groups, schools (tenants), filters and authorizations ({@link IdentityCopy}); both get the same
 * one-step user task process deployed for each of {@code schools} school tenants and the same open
 * tasks. Then, on loopback:
 *
 * <ol>
 *   <li><b>app</b>: {@code users} simulated staff users of the five demo schools (ten per school,
 *       each school its own tenant) do what Tasklist does through the application's API — list
 *       their tasks, claim one, open its form variables, complete it — for {@code seconds}, while
 *       one feeder per active school keeps 40 open tasks. The schools beyond the five demo schools
 *       only hold a backlog of open tasks (20 each), so the queries run against the rows of many
 *       schools.
 *   <li><b>camunda-rest-in-app</b> ({@code load.inAppRest}, on by default): the same load through
 *       Camunda's REST API inside the application ({@code /engine-rest/task…}).
 *   <li><b>bare-camunda</b>: the same load through the bare Camunda application's REST API.
 *   <li><b>pgbench</b>: pgbench's TPC-B-like load (50 clients, {@code seconds/2}) on a third database
 *       of the same server: its commit rate.
 * </ol>
 *
 * Prints throughput, p50/p95/p99 latency per operation, HTTP statuses (409/404 are expected
 * conflicts: two users picked the same task), the body of the first answers of any other status,
 * each server JVM's heap (jstat) and RSS, the machine's load and the ratios. Properties:
 * {@code load.seconds} (300), {@code load.users} (50), {@code load.schools} (300), {@code load.xmx}
 * (both servers' -Xmx, 1g), {@code load.inAppRest} (true), {@code load.warmup} (20: seconds of the same
 * load, unmeasured, before each measured run; 0 for none).
 */
public final class TasklistLoadBenchmark {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final String DEMO_PASSWORD = "Nastavnik#2025";
  static final String ADMIN_PASSWORD = "Nastavnik#Kl1uch2025";
  static final int OPEN_PER_ACTIVE_SCHOOL = 40;
  static final int BACKLOG_PER_SCHOOL = 20;

  static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://nastavnik.ru/bench">
        <bpmn:process id="loadBenchmark" name="Нагрузочный тест" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
          <bpmn:userTask id="work" name="Отметить встречу" camunda:candidateGroups="${loadGroup}"/>
          <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  record Sample(String op, long nanos) {
  }

  record User(String school, String login) {
  }

  /** An answer that is neither success nor a recognised conflict, with what is needed to explain it afterwards. */
  record Unexpected(String op, int status, String taskId, String user, long sentMillis, long answeredMillis) {
  }

  /** One measured run: per-operation samples, statuses, completions. */
  static final class Run {
    final String name;
    final int seconds;
    final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final AtomicLong completed = new AtomicLong();
    final AtomicLong emptyLists = new AtomicLong();
    final AtomicBoolean emptyNoted = new AtomicBoolean();
    final Map<String, AtomicLong> unexpectedCounts = new ConcurrentHashMap<>();
    final List<String> unexpectedBodies = Collections.synchronizedList(new ArrayList<>());
    final List<Unexpected> unexpectedAnswers = Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicLong> racesFromHistory = new ConcurrentHashMap<>();
    final List<String> unexplained = Collections.synchronizedList(new ArrayList<>());
    long maxHeap;
    long maxRss;

    Run(String name, int seconds) {
      this.name = name;
      this.seconds = seconds;
    }

    /** An answer that is neither success nor an expected conflict: counted, its first three bodies kept. */
    void unexpected(String op, int status, String body) {
      String key = op + " " + status;
      long n = unexpectedCounts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
      if (n <= 3) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        unexpectedBodies.add(key + ": " + (text.length() > 500 ? text.substring(0, 500) + "…" : text));
      }
    }

    double throughput() {
      return completed.get() / (double) seconds;
    }

    long errors() {
      return statuses.entrySet().stream().filter(e -> e.getKey() < 0 || e.getKey() >= 500 || e.getKey() == 400
          || e.getKey() == 401 || e.getKey() == 403).mapToLong(e -> e.getValue().get()).sum();
    }

    List<Long> sorted(String op) {
      List<Long> ms = new ArrayList<>();
      synchronized (samples) {
        samples.stream().filter(s -> op == null || s.op().equals(op)).forEach(s -> ms.add(s.nanos()));
      }
      Collections.sort(ms);
      return ms;
    }
  }

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("load.seconds", 300);
    int users = Integer.getInteger("load.users", 50);
    int schools = Math.max(5, Integer.getInteger("load.schools", 300));
    String xmx = System.getProperty("load.xmx", "1g");
    boolean inAppRest = Boolean.parseBoolean(System.getProperty("load.inAppRest", "true"));
    int warmup = Integer.getInteger("load.warmup", 20);

    PostgresServer pg = PostgresServer.get();
    String url = pg.newDatabase();
    String bareUrl = pg.newDatabase();
    Path work = Files.createTempDirectory("nastavnik-load");
    Path log = Path.of("target", "load-app.log");
    Path bareLog = Path.of("target", "load-bare-camunda.log");
    Files.createDirectories(log.getParent());
    Files.deleteIfExists(log);
    Files.deleteIfExists(bareLog);
    System.out.printf("PostgreSQL on port %d; starting the application and the bare Camunda application (-Xmx%s each, "
        + "logs %s, %s)%n", pg.port(), xmx, log, bareLog);
    long t0 = System.nanoTime();
    AppNode app = AppNode.fromClasspath(work, log, List.of("-Xmx" + xmx), List.of("--spring.profiles.active=demo",
        "--nastavnik.demo.password=" + DEMO_PASSWORD, "--nastavnik.demo.start-program=false",
        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD, "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--spring.datasource.driver-class-name=org.postgresql.Driver", "--logging.level.root=WARN"));
    BareCamundaNode bare = null;
    try {
      bare = BareCamundaNode.start(work, bareLog, List.of("-Xmx" + xmx), List.of("--spring.datasource.url=" + bareUrl,
          "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--spring.datasource.driver-class-name=org.postgresql.Driver", "--logging.level.root=WARN"));
      app.awaitUp(Duration.ofMinutes(6));
      String base = app.url("");
      String admin = basic("admin", ADMIN_PASSWORD);
      List<User> staff = awaitStaff(base);
      System.out.printf("application up after %.0f s (pid %d); %d demo staff logins%n", (System.nanoTime() - t0) / 1e9,
          app.pid(), staff.size());
      bare.awaitUp(Duration.ofMinutes(6));
      String bareBase = bare.url("");
      System.out.printf("bare Camunda application up after %.0f s (pid %d; %d jars: Camunda's REST and webapp starters, "
          + "JDBC, PostgreSQL's driver; no application classes, Flyway, JPA or engine plugins)%n",
          (System.nanoTime() - t0) / 1e9, bare.pid(), bare.jars);
      System.out.println("copied from the application's database to the bare one: "
          + IdentityCopy.copy(url, bareUrl));

      // the active schools' users: ten per demo school, in the school's group of the benchmark
      Map<String, List<User>> bySchool = new LinkedHashMap<>();
      staff.forEach(u -> bySchool.computeIfAbsent(u.school(), k -> new ArrayList<>()).add(u));
      List<User> active = new ArrayList<>();
      for (int i = 0; active.size() < users; i++) {
        boolean any = false;
        for (List<User> list : bySchool.values()) {
          if (i < list.size() && active.size() < users) {
            active.add(list.get(i));
            any = true;
          }
        }
        if (!any) {
          break;
        }
      }
      List<String> tenants = new ArrayList<>(bySchool.keySet());
      for (int i = tenants.size(); i < schools; i++) {
        tenants.add(String.format("load%03d", i));
      }
      long s0 = System.nanoTime();
      // both set up at once (before any measured run): the same groups, deployments and open tasks
      ExecutorService setUps = Executors.newFixedThreadPool(2);
      Future<?> appSetUp = setUps.submit(() -> {
        setUp(base, admin, tenants, active);
        return null;
      });
      Future<?> bareSetUp = setUps.submit(() -> {
        setUp(bareBase, admin, tenants, active);
        return null;
      });
      appSetUp.get();
      bareSetUp.get();
      setUps.shutdown();
      System.out.printf("%d schools deployed and seeded in each application (%d backlog tasks each) in %.0f s; "
          + "%d users of %d schools active%n", tenants.size(), (tenants.size() - bySchool.size()) * BACKLOG_PER_SCHOOL,
          (System.nanoTime() - s0) / 1e9, active.size(), bySchool.size());
      System.out.println("machine load before the runs: " + uptime());

      warmUp("app", base, admin, active, warmup, app.pid());
      Run appRun = load("app", base, admin, active, seconds, app.pid());
      report(appRun, users, tenants.size());
      Run restRun = null;
      if (inAppRest) {
        warmUp("camunda-rest-in-app", base, admin, active, warmup, app.pid());
        restRun = load("camunda-rest-in-app", base, admin, active, seconds, app.pid());
        report(restRun, users, tenants.size());
      }
      warmUp("bare-camunda", bareBase, admin, active, warmup, bare.pid());
      Run bareRun = load("bare-camunda", bareBase, admin, active, seconds, bare.pid());
      report(bareRun, users, tenants.size());
      double tps = pgbench(pg, Math.max(10, seconds / 2));
      System.out.println("machine load after the runs: " + uptime());

      System.out.println();
      System.out.println("=== summary ===");
      for (Run run : restRun == null ? List.of(appRun, bareRun) : List.of(appRun, restRun, bareRun)) {
        System.out.printf("%-20s %7.1f completions/s  p95 %s  errors %d  heap max %d MB  RSS max %d MB%n", run.name,
            run.throughput(), p95s(run), run.errors(), run.maxHeap >> 20, run.maxRss >> 20);
      }
      System.out.printf("%-20s %7.1f commits/s (TPC-B-like, 50 clients)%n", "pgbench", tps);
      System.out.printf("ratios: app / bare Camunda = %.2f;  bare Camunda / pgbench = %.4f;  app / pgbench = %.4f",
          appRun.throughput() / bareRun.throughput(), bareRun.throughput() / tps, appRun.throughput() / tps);
      System.out.println(restRun == null ? "" : String.format(";  app / Camunda REST in the app = %.2f;  "
          + "Camunda REST in the app / bare Camunda = %.2f", appRun.throughput() / restRun.throughput(),
          restRun.throughput() / bareRun.throughput()));
    } finally {
      app.close();
      if (bare != null) {
        bare.close();
      }
    }
  }

  /**
   * The same load, unmeasured, for {@code seconds} before a measured run: each JVM compiles the code
   * paths of its run before the clock starts (the set-up only exercised process starts).
   */
  static void warmUp(String name, String base, String admin, List<User> active, int seconds, long pid)
      throws Exception {
    if (seconds > 0) {
      Run run = load(name + " warm-up", base, admin, active, seconds, pid);
      System.out.printf("[%s warm-up] %d s, not measured: %d tasks completed%n", name, seconds, run.completed.get());
    }
  }

  static String uptime() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim() + " (load average 1/5/15 min, running/all, last pid)";
    } catch (Exception e) {
      return "?";
    }
  }

  static String p95s(Run run) {
    StringBuilder b = new StringBuilder();
    for (String op : List.of("list", "claim", "form", "complete")) {
      List<Long> ms = run.sorted(op);
      if (!ms.isEmpty()) {
        b.append(String.format("%s %.0f ms ", op, pct(ms, 95)));
      }
    }
    return b.toString().trim();
  }

  /** Waits for the demo loaders (staff of all five demo schools); returns the staff logins by school. */
  static List<User> awaitStaff(String base) throws Exception {
    List<User> all = new ArrayList<>();
    List<String> codes = new ArrayList<>(List.of("starica"));
    VariantSchoolsLoader.SCHOOLS.forEach(s -> codes.add(s.getCode()));
    for (String code : codes) {
      all.addAll(logins(code));
    }
    // the last school's first login answers once the loaders are through
    User last = all.get(all.size() - 1);
    for (int i = 0; i < 600; i++) {
      if (send(base, "GET", "/api/tasks", null, basic(last.login(), DEMO_PASSWORD)).statusCode() == 200) {
        return all;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the demo staff did not appear in 10 minutes");
  }

  static void setUp(String base, String admin, List<String> tenants, List<User> active) throws Exception {
    Map<String, List<User>> bySchool = new TreeMap<>();
    active.forEach(u -> bySchool.computeIfAbsent(u.school(), k -> new ArrayList<>()).add(u));
    for (String school : bySchool.keySet()) {
      String group = group(school);
      check(send(base, "POST", "/engine-rest/group/create", Map.of("id", group, "name", "Нагрузочный тест " + school,
          "type", "WORKFLOW"), admin), 204);
      for (User u : bySchool.get(school)) {
        check(send(base, "PUT", "/engine-rest/group/" + group + "/members/" + u.login(), null, admin), 204);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (String tenant : tenants) {
      done.add(pool.submit(() -> {
        deploy(base, admin, tenant);
        int n = bySchool.containsKey(tenant) ? OPEN_PER_ACTIVE_SCHOOL : BACKLOG_PER_SCHOOL;
        for (int i = 0; i < n; i++) {
          start(base, admin, tenant);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  /** The benchmark's candidate group of a school (Camunda's ids: letters and digits only). */
  static String group(String school) {
    return "load" + school.replaceAll("[^A-Za-z0-9]", "");
  }

  static void start(String base, String admin, String tenant) throws Exception {
    check(send(base, "POST", "/engine-rest/process-definition/key/loadBenchmark/tenant-id/" + tenant + "/start",
        Map.of("businessKey", tenant + "-load", "variables", Map.of(
            "loadGroup", Map.of("value", group(tenant), "type", "String"),
            "schoolCode", Map.of("value", tenant, "type", "String"),
            "meetingTopic", Map.of("value", "Встреча наставнической пары", "type", "String"))), admin), 200);
  }

  static Run load(String name, String base, String admin, List<User> active, int seconds, long pid) throws Exception {
    Run run = new Run(name, seconds);
    boolean viaApp = name.startsWith("app");
    System.out.printf("%n[%s] starting: %s%n", name, uptime());
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> schools = active.stream().map(User::school).distinct().toList();
    // one feeder per active school keeps its pool of open tasks; the pools are full when the clock starts
    for (String school : schools) {
      topUp(base, admin, school, running);
    }
    List<Thread> feeders = new ArrayList<>();
    for (String school : schools) {
      Thread feeder = new Thread(() -> {
        while (running.get()) {
          try {
            topUp(base, admin, school, running);
            Thread.sleep(100);
          } catch (Exception e) {
            if (running.get()) {
              System.err.println("feeder " + school + ": " + e);
            }
          }
        }
      }, "feeder-" + school);
      feeders.add(feeder);
    }
    HeapWatch heap = new HeapWatch(pid);
    Thread monitor = new Thread(() -> {
      while (running.get()) {
        try {
          run.maxRss = Math.max(run.maxRss, rss(pid));
          run.maxHeap = Math.max(run.maxHeap, heap.used());
          Thread.sleep(1000);
        } catch (Exception e) {
          // the next sample
        }
      }
    }, "monitor");
    feeders.forEach(Thread::start);
    monitor.start();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (User user : active) {
      String auth = basic(user.login(), DEMO_PASSWORD);
      String group = group(user.school());
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          try {
            String id = viaApp ? pickViaApp(run, base, auth) : pickViaRest(run, base, auth, group);
            if (id == null) {
              run.emptyLists.incrementAndGet();
              if (!viaApp && run.emptyNoted.compareAndSet(false, true)) {
                System.out.println("  [" + name + "] first empty list of " + user.login() + ": the administrator counts "
                    + send(base, "GET", "/engine-rest/task/count?candidateGroup=" + group + "&unassigned=true", null,
                        admin).body() + " unassigned tasks of " + group);
              }
              Thread.sleep(50);
              continue;
            }
            HttpResponse<String> claim = timed(run, "claim", id, user.login(), () -> viaApp
                ? send(base, "POST", "/api/tasks/" + id + "/claim", null, auth)
                : send(base, "POST", "/engine-rest/task/" + id + "/claim", Map.of("userId", user.login()), auth));
            if (claim.statusCode() != 204) {
              continue;
            }
            timed(run, "form", id, user.login(), () -> send(base, "GET", (viaApp ? "/api/tasks/" : "/engine-rest/task/") + id
                + "/form-variables", null, auth));
            HttpResponse<String> done = timed(run, "complete", id, user.login(), () -> viaApp
                ? send(base, "POST", "/api/tasks/" + id + "/complete", Map.of("note", "ok"), auth)
                : send(base, "POST", "/engine-rest/task/" + id + "/complete", Map.of("variables", Map.of(
                    "note", Map.of("value", "ok", "type", "String"))), auth));
            if (done.statusCode() == 204 || done.statusCode() == 200) {
              run.completed.incrementAndGet();
            }
          } catch (Exception e) {
            run.statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
            run.unexpected("I/O", -1, String.valueOf(e));
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    running.set(false);
    for (Thread feeder : feeders) {
      feeder.join();
    }
    monitor.join();
    heap.close();
    run.maxHeap = Math.max(run.maxHeap, heap.max());
    explain(run, base, admin);
    return run;
  }

  /** Starts instances until the school has {@link #OPEN_PER_ACTIVE_SCHOOL} unassigned tasks. */
  static void topUp(String base, String admin, String school, AtomicBoolean running) throws Exception {
    long open = JSON.readTree(send(base, "GET", "/engine-rest/task/count?processDefinitionKey=loadBenchmark"
        + "&tenantIdIn=" + school + "&unassigned=true", null, admin).body()).path("count").asLong();
    for (long i = open; i < OPEN_PER_ACTIVE_SCHOOL && running.get(); i++) {
      start(base, admin, school);
    }
  }

  /** Tasklist's list through the application: the user's tasks; a random unassigned one. */
  static String pickViaApp(Run run, String base, String auth) throws Exception {
    HttpResponse<String> list = timed(run, "list", () -> send(base, "GET", "/api/tasks", null, auth));
    List<String> free = new ArrayList<>();
    for (JsonNode task : list.statusCode() == 200 ? JSON.readTree(list.body()) : JSON.createArrayNode()) {
      if ("work".equals(task.path("taskDefinitionKey").asText()) && task.path("assignee").isNull()) {
        free.add(task.path("id").asText());
      }
    }
    return free.isEmpty() ? null : free.get(ThreadLocalRandom.current().nextInt(Math.min(free.size(), 20)));
  }

  /** Tasklist's own query: the group's unassigned tasks, first page (20, as the app run picks among 20), newest first. */
  static String pickViaRest(Run run, String base, String auth, String group) throws Exception {
    HttpResponse<String> list = timed(run, "list", () -> send(base, "GET", "/engine-rest/task?candidateGroup=" + group
        + "&unassigned=true&sortBy=created&sortOrder=desc&firstResult=0&maxResults=20", null, auth));
    List<String> free = new ArrayList<>();
    if (list.statusCode() == 200) {
      for (JsonNode task : JSON.readTree(list.body())) {
        free.add(task.path("id").asText());
      }
    }
    return free.isEmpty() ? null : free.get(ThreadLocalRandom.current().nextInt(free.size()));
  }

  static void report(Run run, int users, int schools) {
    System.out.printf("%n[%s] %d users, %d schools, %d s: %d tasks completed (%.1f /s)%n", run.name, users, schools,
        run.seconds, run.completed.get(), run.throughput());
    for (String op : List.of("list", "claim", "form", "complete")) {
      List<Long> ms = run.sorted(op);
      if (ms.isEmpty()) {
        continue;
      }
      System.out.printf("  %-8s %7d requests %7.1f /s   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms%n", op, ms.size(),
          ms.size() / (double) run.seconds, pct(ms, 50), pct(ms, 95), pct(ms, 99));
    }
    List<Long> all = run.sorted(null);
    System.out.printf("  all      %7d requests %7.1f /s   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms%n", all.size(),
        all.size() / (double) run.seconds, pct(all, 50), pct(all, 95), pct(all, 99));
    System.out.println("  HTTP statuses (409/404 = expected conflicts, -1 = I/O errors): " + new TreeMap<>(run.statuses)
        + "; errors (not conflicts): " + run.errors() + "; lists without a free task: " + run.emptyLists.get());
    if (!run.unexpectedCounts.isEmpty()) {
      System.out.println("  unexpected answers by operation and status: " + new TreeMap<>(run.unexpectedCounts)
          + "; the first bodies:");
      synchronized (run.unexpectedBodies) {
        run.unexpectedBodies.forEach(b -> System.out.println("    " + b));
      }
      System.out.println("  of these, lost races (the engine's history shows the task completed by another user before "
          + "the answer; counted as 409 above): " + new TreeMap<>(run.racesFromHistory) + "; not explained: "
          + run.unexplained.size());
      synchronized (run.unexplained) {
        run.unexplained.stream().limit(10).forEach(w -> System.out.println("    " + w));
      }
    }
    if (run.maxRss > 0) {
      System.out.printf("  server JVM: heap used max %d MB (jstat, 1 s samples), RSS max %d MB%n", run.maxHeap >> 20,
          run.maxRss >> 20);
    }
  }

  /** pgbench's TPC-B-like load on a database of its own on the same server; returns tps (one commit each). */
  static double pgbench(PostgresServer pg, int seconds) throws Exception {
    Path bin = PostgresServer.debianBin();
    if (bin == null || !Files.isExecutable(bin.resolve("pgbench"))) {
      System.out.println("pgbench: not found (Debian's postgresql package has it); skipped");
      return Double.NaN;
    }
    String db = pg.newDatabase();
    String name = db.substring(db.lastIndexOf('/') + 1);
    List<String> prefix = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      prefix.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    List<String> init = new ArrayList<>(prefix);
    init.addAll(List.of(bin.resolve("pgbench").toString(), "-i", "-q", "-s", "10", "-h", "127.0.0.1", "-p",
        String.valueOf(pg.port()), "-U", "postgres", name));
    exec(init);
    List<String> runCmd = new ArrayList<>(prefix);
    runCmd.addAll(List.of(bin.resolve("pgbench").toString(), "-c", "50", "-j", "2", "-T", String.valueOf(seconds),
        "-h", "127.0.0.1", "-p", String.valueOf(pg.port()), "-U", "postgres", name));
    String out = exec(runCmd);
    Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
    double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    Matcher lat = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
    System.out.printf("%n[pgbench] scale 10, 50 clients, 2 threads, %d s: %.1f tps (commits/s), latency average %s ms%n",
        seconds, tps, lat.find() ? lat.group(1) : "?");
    return tps;
  }

  static String exec(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command + " failed: " + out);
    }
    return out;
  }

  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (Exception e) {
      // not Linux
    }
    return 0;
  }

  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  static HttpResponse<String> timed(Run run, String op, Call call) throws Exception {
    return timed(run, op, null, null, call);
  }

  static HttpResponse<String> timed(Run run, String op, String taskId, String user, Call call) throws Exception {
    long sent = System.currentTimeMillis();
    long t0 = System.nanoTime();
    HttpResponse<String> r = call.run();
    run.samples.add(new Sample(op, System.nanoTime() - t0));
    int status = conflictOrStatus(r);
    run.statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    if (status != 200 && status != 204 && status != 409 && status != 404) {
      run.unexpected(op, status, r.body());
      if (taskId != null && run.unexpectedAnswers.size() < 500) {
        run.unexpectedAnswers.add(new Unexpected(op, status, taskId, user, sent, System.currentTimeMillis()));
      }
    }
    return r;
  }

  /**
   * Explains the unexpected answers about one task from the engine's history (as the administrator):
   * if the task had been completed by another user before the answer came, the request lost a race
   * (the task and its authorizations vanished between the engine's read of the task and its
   * authorization check: 403, or before the read: 500 "Cannot find task") — an expected conflict,
   * moved to 409. Anything else stays an error and is listed.
   */
  static void explain(Run run, String base, String admin) throws Exception {
    List<Unexpected> answers;
    synchronized (run.unexpectedAnswers) {
      answers = new ArrayList<>(run.unexpectedAnswers);
    }
    java.time.format.DateTimeFormatter camunda = java.time.format.DateTimeFormatter.ofPattern(
        "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    for (Unexpected u : answers) {
      JsonNode history = JSON.readTree(send(base, "GET", "/engine-rest/history/task?taskId=" + u.taskId(), null, admin)
          .body()).path(0);
      String assignee = history.path("assignee").asText(null);
      String end = history.path("endTime").asText(null);
      long endMillis = end == null ? Long.MAX_VALUE
          : java.time.OffsetDateTime.parse(end, camunda).toInstant().toEpochMilli();
      String what = String.format("%s %d of task %s by %s (sent %tT.%<tL, answered %tT.%<tL): the task %s", u.op(),
          u.status(), u.taskId(), u.user(), u.sentMillis(), u.answeredMillis(), end == null ? "is not completed"
              : String.format("was completed by %s at %tT.%<tL", assignee, endMillis));
      if (end != null && !u.user().equals(assignee) && endMillis <= u.answeredMillis()) {
        run.statuses.get(u.status()).decrementAndGet();
        run.statuses.computeIfAbsent(409, k -> new AtomicLong()).incrementAndGet();
        run.racesFromHistory.computeIfAbsent(u.op() + " " + u.status(), k -> new AtomicLong()).incrementAndGet();
        if (run.racesFromHistory.values().stream().mapToLong(AtomicLong::get).sum() <= 5) {
          System.out.println("  lost race: " + what);
        }
      } else {
        run.unexplained.add(what);
      }
    }
    run.statuses.values().removeIf(n -> n.get() == 0);
  }

  /**
   * The status, with Camunda REST's answers to a lost race counted as the conflicts they are: a claim
   * of a task another user has just claimed is a 500 carrying {@code TaskAlreadyClaimedException}, a
   * concurrent update one carrying {@code OptimisticLockingException} (counted 409).
   */
  static int conflictOrStatus(HttpResponse<String> r) {
    int status = r.statusCode();
    if (status == 500 && (r.body().contains("TaskAlreadyClaimedException")
        || r.body().contains("OptimisticLockingException"))) {
      return 409;
    }
    return status;
  }

  static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
  }

  static void deploy(String base, String admin, String tenant) throws Exception {
    String boundary = "----nastavnik" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nload-benchmark\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tenant-id\"\r\n\r\n" + tenant + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"loadBenchmark.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + BPMN + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
        .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    check(r, 200);
  }

  static void check(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " "
          + r.body());
    }
  }

  static HttpResponse<String> send(String base, String method, String path, Object body, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", auth).header("Accept", "application/json").header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Logins of a demo school's staff, from its demo staff file. */
  static List<User> logins(String school) throws Exception {
    List<User> logins = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TasklistLoadBenchmark.class.getResourceAsStream("/demo/staff-" + school + ".csv"), StandardCharsets.UTF_8))) {
      String[] header = in.readLine().replace("\uFEFF", "").split(";");
      int column = List.of(header).indexOf("Логин");
      String line;
      while ((line = in.readLine()) != null) {
        // quoted fields contain "; " — split on ; outside quotes
        String[] cells = line.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        if (cells.length > column && !cells[column].isBlank()) {
          logins.add(new User(school, cells[column].trim()));
        }
      }
    }
    return logins;
  }
}
