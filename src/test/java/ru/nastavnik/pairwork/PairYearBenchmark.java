package ru.nastavnik.pairwork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairRepository;
import ru.nastavnik.program.ProgramProcess.PairWork;
import ru.nastavnik.questionnaire.QuestionnaireProcess;

/**
 * Benchmark (not a unit test): a program with 300 pairs worked through the year of stage V over
 * HTTP, the pairs in parallel. The application runs as in production but on in-memory H2 (profile
 * {@code test}, history {@code full}, authorization and tenant checks on) with its job executor ON.
 * A school with 300 appointed mentors, 300 mentees and 300 approved pairs is created, stage V is
 * started as the main process starts it (the pairs' 300 processes start in jobs), and then a pool of
 * worker threads works the pairs: for each pair its mentor, its mentee, the deputy and the director
 * log in with HTTP Basic and do in {@code /api/tasks} what Tasklist does — acquaintance, trial
 * meeting, plan drafted, agreed (deputy), approved (director), the route map generated in a job,
 * three logged meetings (the mentee's four growth parameters entered at the acquaintance and in the
 * report), the checkpoint questionnaires of mentor and mentee (the collections close
 * in jobs), the final meeting, the mentor's report (its DOCX in a job) — until the pair is
 * COMPLETED. The curator answers the curator questionnaire and the mid-year monitoring meanwhile.
 * Prints total time, per-pair time, throughput, HTTP calls, jobs executed, heap.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     ru.nastavnik.pairwork.PairYearBenchmark [pairs, default 300] [worker threads, default 12] [--spring.property=value ...]
 * </pre>
 */
public final class PairYearBenchmark {

  static final String PASSWORD = "Test#Pass2025";
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofMinutes(20);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong completions = new AtomicLong();
  private final Map<String, AtomicLong> completeNanos = new ConcurrentHashMap<>();
  private final String today = LocalDate.now().toString();

  PairYearBenchmark(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    ConfigurableApplicationContext app = new SpringApplicationBuilder(NastavnikApplication.class)
        .profiles("test").properties("server.port=0", "logging.level.root=WARN", "logging.level.org.camunda=WARN")
        .run(springArgs(args));
    int status;
    try {
      status = run(app, pairs, threads);
    } finally {
      app.close();
    }
    System.exit(status);
  }

  /** The job executor on (the test profile turns it off) and no PDF copies; further arguments after them. */
  static String[] springArgs(String[] args) {
    List<String> out = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled=true",
        "--nastavnik.documents.pdf.enabled=false"));
    out.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
    return out.toArray(String[]::new);
  }

  static int run(ConfigurableApplicationContext app, int pairCount, int threads) throws Exception {
    String port = app.getEnvironment().getProperty("local.server.port");
    PairYearBenchmark bench = new PairYearBenchmark("http://localhost:" + port);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    HistoryService history = app.getBean(HistoryService.class);
    ManagementService management = app.getBean(ManagementService.class);
    PairRepository pairs = app.getBean(PairRepository.class);

    long s0 = System.nanoTime();
    PairWorkSchool fixture = new PairWorkSchool(app);
    PairWorkSchool.Built school = fixture.create(pairCount, 1);
    System.out.printf(Locale.ROOT, "school %s: %d pairs, %d staff in the tenant, set up in %.1f s%n", school.code(),
        pairCount, 2 * pairCount + 4, (System.nanoTime() - s0) / 1e9);
    // warm-up: a school of two pairs through the same path, so class loading and caches are not measured
    PairWorkSchool.Built warm = fixture.create(2, 1);
    bench.year(fixture, warm, runtime, pairs, 2, new long[2]);

    long jobsBefore = history.createHistoricJobLogQuery().successLog().count();
    long callsBefore = bench.calls.get();
    long completionsBefore = bench.completions.get();
    bench.completeNanos.clear();
    resetPeaks();
    long[] perPair = new long[pairCount];
    long t0 = System.nanoTime();
    String stage = bench.year(fixture, school, runtime, pairs, threads, perPair);
    long total = System.nanoTime() - t0;

    long jobs = history.createHistoricJobLogQuery().successLog().count() - jobsBefore;
    long failedJobs = history.createHistoricJobLogQuery().failureLog().count();
    long incidents = runtime.createIncidentQuery().count();
    long completed = pairs.findByProgram(school.programId()).stream()
        .filter(p -> p.getStatus() == MentoringPair.Status.COMPLETED).count();
    boolean stageEnded = runtime.createProcessInstanceQuery().processInstanceId(stage).count() == 0;
    long measured = app.getBean(ru.nastavnik.monitoring.GrowthMeasurementRepository.class)
        .findByProgram(school.programId()).stream().filter(g -> g.change() != null).count();
    long httpCalls = bench.calls.get() - callsBefore;
    long tasksDone = bench.completions.get() - completionsBefore;
    Arrays.sort(perPair);
    double mean = Arrays.stream(perPair).average().orElse(0) / 1e9;
    System.out.printf(Locale.ROOT, "pairs COMPLETED: %d of %d, stage V ended: %s, open incidents: %d, failed job runs: %d%n",
        completed, pairCount, stageEnded, incidents, failedJobs);
    System.out.printf(Locale.ROOT, "growth parameters measured before and after: %d%n", measured);
    System.out.printf(Locale.ROOT, "total: %.1f s with %d worker threads — %.1f pairs/min, %.1f tasks completed/s, "
        + "%.0f HTTP calls/s%n", total / 1e9, threads, pairCount * 60e9 / total, tasksDone * 1e9 / total,
        httpCalls * 1e9 / total);
    System.out.printf(Locale.ROOT, "per pair (first task seen → pair COMPLETED): mean %.1f s, p50 %.1f s, p95 %.1f s, "
        + "max %.1f s%n", mean, perPair[pairCount / 2] / 1e9, perPair[(int) (pairCount * 0.95) - 1] / 1e9,
        perPair[pairCount - 1] / 1e9);
    System.out.printf(Locale.ROOT, "user tasks completed: %d (%.1f per pair), HTTP calls: %d, jobs executed: %d "
        + "(%.1f per pair)%n", tasksDone, tasksDone / (double) pairCount, httpCalls, jobs, jobs / (double) pairCount);
    bench.completeNanos.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(
        Locale.ROOT, "  complete %-28s total %.1f s%n", e.getKey(), e.getValue().get() / 1e9));
    System.out.printf(Locale.ROOT, "heap: peak %d MB, used now %d MB after GC, max %d MB; open process instances %d%n",
        peakHeap() >> 20, usedAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20,
        runtime.createProcessInstanceQuery().count());
    management.createJobQuery().noRetriesLeft().list().forEach(j -> System.out.println("  failed job " + j.getId()
        + ": " + j.getExceptionMessage()));
    return completed == pairCount && stageEnded && incidents == 0 ? 0 : 1;
  }

  /** Starts stage V for the school and works every pair to its end; returns the stage's instance id. */
  String year(PairWorkSchool fixture, PairWorkSchool.Built school, RuntimeService runtime, PairRepository pairs,
      int threads, long[] perPair) throws Exception {
    String stage = fixture.startStage(school);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      work.add(pool.submit(() -> {
        curatorWork(school);
        return null;
      }));
      for (int i = 0; i < school.people().size(); i++) {
        int n = i;
        work.add(pool.submit(() -> {
          long start = System.nanoTime();
          pairYear(school, school.people().get(n), runtime);
          perPair[n] = System.nanoTime() - start;
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (runtime.createProcessInstanceQuery().processInstanceId(stage).count() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return stage;
  }

  /** The curator's part of the stage: the curator questionnaire, then the mid-year monitoring. */
  void curatorWork(PairWorkSchool.Built school) throws Exception {
    String curator = school.curator();
    complete(curator, waitTask(curator, QuestionnaireProcess.FILL, null), Map.of("uiGoals", "5", "uiPrinciples", "4",
        "uiModernApproaches", "4", "uiClimate", "5", "uiPairsOnPlan", "all", "uiStrengths", "Пары работают по планам",
        "uiWeaknesses", "Мало открытых уроков"));
    JsonNode monitoring = waitTask(curator, PairWork.MID_YEAR_MONITORING, null);
    post(curator, "/api/tasks/" + monitoring.path("id").asText() + "/claim", null, 204);
    complete(curator, monitoring, Map.of("monitoringDate", today, "respondents", 600,
        "uiMonitoringSummary", "Участники удовлетворены работой пар"));
  }

  /** One pair's year, every step as the person whose task it is. */
  void pairYear(PairWorkSchool.Built school, PairWorkSchool.People pair, RuntimeService runtime) throws Exception {
    String mentor = pair.mentor();
    JsonNode acquaintance = waitTask(mentor, PairWork.ACQUAINTANCE, null);
    String instance = acquaintance.path("processInstanceId").asText();
    // monitoring, stage 2: the mentee's parameters before (the form's table, one row per mentee)
    Map<String, Object> first = new java.util.HashMap<>(meeting("Знакомство, ожидания от работы в паре"));
    first.put("uiGrowth", growth(mentor, acquaintance, 2));
    complete(mentor, acquaintance, first);
    complete(mentor, waitTask(mentor, PairWork.TRIAL, instance), meeting("Пробная рабочая встреча"));
    complete(mentor, waitTask(mentor, PairWork.DRAFT_PLAN, instance), Map.of("meetingDate", today,
        "uiPlanGoals", "Освоить приёмы организации урока", "uiPlanActivities", "Посещение уроков наставника, октябрь–апрель"));
    claimAndComplete(school.deputy(), waitTask(school.deputy(), PairWork.AGREE_PLAN, instance),
        Map.of("decision", "approve"));
    claimAndComplete(school.director(), waitTask(school.director(), PairWork.APPROVE_PLAN, instance),
        Map.of("decision", "approve"));
    // the route map is generated in a job before the first logged meeting
    String[] kinds = {"LESSON_VISIT", "CONSULTATION", "OPEN_LESSON"};
    for (int m = 0; m < kinds.length; m++) {
      complete(mentor, waitTask(mentor, PairWork.LOG_MEETING, instance), Map.of("meetingKind", kinds[m],
          "meetingDate", today, "uiTopic", "Встреча по плану " + (m + 1), "durationMinutes", 45,
          "workFinished", m == kinds.length - 1));
    }
    // checkpoint feedback: the mentor's questionnaire and the mentee's, each closes in a job when answered
    complete(mentor, waitTask(mentor, QuestionnaireProcess.FILL, null), Map.of("uiSatisfaction", "5",
        "uiMenteeProgress", "4", "uiMenteeEngagement", "5", "uiSupport", "4", "uiWorkload", "fine",
        "uiContinueNextYear", "yes"));
    for (String mentee : pair.mentees()) {
      complete(mentee, waitTask(mentee, QuestionnaireProcess.FILL, null), Map.of("uiSatisfaction", "5",
          "uiUsefulness", "4", "uiApplyExperience", "4", "uiClimate", "5", "uiMeetingsRegular", "yes",
          "uiHelpedAreas", List.of("lesson", "parents"), "uiMostUseful", "Посещение уроков наставника"));
    }
    complete(mentor, waitTask(mentor, PairWork.FINAL_MEETING, instance), meeting("Итоговая встреча"));
    JsonNode report = waitTask(mentor, PairWork.MENTOR_REPORT, instance);
    complete(mentor, report, Map.of("uiReport", "План выполнен",
        "uiRecommendations", "Продолжить участие в методическом объединении", "uiGrowth", growth(mentor, report, 4)));
    // the report's document is generated in a job; then the pair's process ends and the pair is COMPLETED
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("pair " + pair.pairId() + " did not end");
      }
      Thread.sleep(50);
    }
  }

  /** The form's parameters table as Tasklist shows it (form variables), every parameter filled with the value. */
  private List<Map<String, Object>> growth(String mentor, JsonNode task, int value) throws Exception {
    JsonNode shown = get(mentor, "/api/tasks/" + task.path("id").asText() + "/form-variables");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode row : JSON.readTree(shown.path("uiGrowth").asText())) {
      Map<String, Object> r = new java.util.HashMap<>();
      r.put("uiMentee", row.path("uiMentee").asText());
      ru.nastavnik.monitoring.MonitoringService.PAIR_GROWTH_PARAMETERS.keySet().forEach(k -> r.put(k, value));
      rows.add(r);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("no parameters table on " + task.path("taskDefinitionKey").asText());
    }
    return rows;
  }

  private Map<String, Object> meeting(String topic) {
    return Map.of("meetingDate", today, "uiTopic", topic, "durationMinutes", 45,
        "uiOutcome", "Договорились о следующих шагах");
  }

  /** Polls the user's task list (as Tasklist refreshes it) until a task of the key (and instance) is there. */
  JsonNode waitTask(String user, String key, String instance) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long sleep = 20;
    while (System.nanoTime() < deadline) {
      for (JsonNode t : get(user, "/api/tasks")) {
        if (key.equals(t.path("taskDefinitionKey").asText())
            && (instance == null || instance.equals(t.path("processInstanceId").asText()))) {
          return t;
        }
      }
      Thread.sleep(sleep);
      sleep = Math.min(500, sleep * 2);
    }
    throw new IllegalStateException(user + ": no task " + key + " in " + WAIT);
  }

  void claimAndComplete(String user, JsonNode task, Map<String, Object> values) throws Exception {
    post(user, "/api/tasks/" + task.path("id").asText() + "/claim", null, 204);
    complete(user, task, values);
  }

  void complete(String user, JsonNode task, Map<String, Object> values) throws Exception {
    long t = System.nanoTime();
    post(user, "/api/tasks/" + task.path("id").asText() + "/complete", values, 204);
    completeNanos.computeIfAbsent(task.path("taskDefinitionKey").asText(), k -> new AtomicLong())
        .addAndGet(System.nanoTime() - t);
    completions.incrementAndGet();
  }

  JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> r = send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(user + " GET " + path + " → " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  void post(String user, String path, Object body, int expected) throws Exception {
    HttpResponse<String> r = send(user, HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    if (r.statusCode() != expected) {
      throw new IllegalStateException(user + " POST " + path + " → " + r.statusCode() + ": " + r.body());
    }
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    calls.incrementAndGet();
    String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(request.header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
        .header("Accept", "application/json").timeout(Duration.ofMinutes(2)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long usedAfterGc() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
