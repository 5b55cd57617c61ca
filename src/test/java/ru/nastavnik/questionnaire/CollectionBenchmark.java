package ru.nastavnik.questionnaire;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolRepository;
import ru.nastavnik.staff.StaffMember;
import ru.nastavnik.staff.StaffRepository;

/**
 * Benchmark (not a unit test): one questionnaire collection with 1,000 respondents through the real
 * application and engine (profile {@code test}: in-memory H2, history {@code full}, authorization
 * and tenant checks on, job executor off so the closing job is run here): start (collection opened,
 * one task per respondent), every respondent answers in their own transaction as themselves, close
 * (non-respondents recorded, answers aggregated). Prints time and throughput per phase.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     ru.nastavnik.questionnaire.CollectionBenchmark [respondents, default 1000] [--spring.property=value ...]
 * </pre>
 *
 * Further arguments go to Spring, e.g.
 * {@code --camunda.bpm.generic-properties.properties.execution-tree-prefetch-enabled=false}.
 */
public final class CollectionBenchmark {

  private CollectionBenchmark() {}

  public static void main(String[] args) {
    int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    ConfigurableApplicationContext app = new SpringApplicationBuilder(NastavnikApplication.class)
        .profiles("test").properties("server.port=0", "logging.level.root=WARN",
            "logging.level.org.camunda=WARN", "nastavnik.demo.enabled=false")
        .run(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
    try {
      run(app, respondents);
    } finally {
      app.close();
    }
  }

  static void run(ConfigurableApplicationContext app, int n) {
    SchoolRepository schools = app.getBean(SchoolRepository.class);
    StaffRepository staffRepository = app.getBean(StaffRepository.class);
    CollectionStarter starter = app.getBean(CollectionStarter.class);
    QuestionnaireService questionnaires = app.getBean(QuestionnaireService.class);
    TaskService tasks = app.getBean(TaskService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    ManagementService management = app.getBean(ManagementService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);

    School school = schools.save(new School("bench", "Школа для замеров", "Школа для замеров", "Школа для замеров",
        "Директор Д. Д.", "Директор", "г. Замер", "г. Замер"));
    List<StaffMember> people = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      StaffMember s = new StaffMember(school, String.format("%05d", i), String.format("bench%05d", i), "Учитель" + i,
          "Анна", "Петровна", "Учитель");
      s.setEmail(String.format("bench%05d@bench.example", i));
      s.setExperienceYears(i % 30);
      people.add(s);
    }
    staffRepository.saveAll(people);
    List<Long> ids = people.stream().map(StaffMember::getId).toList();
    System.out.printf(Locale.ROOT, "respondents: %d, questionnaire: %s (%d questions)%n", n,
        QuestionnaireCatalogue.FEEDBACK_MENTEE, QuestionnaireCatalogue.feedbackMentee().questions().size());

    // warm-up: one small collection through the same path, so class loading and caches are not measured
    collect(starter, questionnaires, tasks, identity, management, runtime, ids.subList(0, Math.min(20, n)), null);

    long heapBefore = usedHeap();
    Map<String, Long> phases = new HashMap<>();
    collect(starter, questionnaires, tasks, identity, management, runtime, ids, phases);
    long startMs = phases.get("start");
    long answerMs = phases.get("answers");
    long closeMs = phases.get("close");
    System.out.printf(Locale.ROOT, "start (open collection, %d tasks): %,d ms%n", n, startMs);
    System.out.printf(Locale.ROOT, "all answers (%d completions, one transaction each): %,d ms — %.1f answers/s, "
        + "mean %.2f ms, p95 %.2f ms%n", n, answerMs, n * 1000.0 / answerMs, phases.get("meanMicros") / 1000.0,
        phases.get("p95Micros") / 1000.0);
    System.out.printf(Locale.ROOT, "close + aggregate: %,d ms%n", closeMs);
    System.out.printf(Locale.ROOT, "total: %,d ms — %.1f respondents/s end to end; heap used %d MB before, %d MB after%n",
        startMs + answerMs + closeMs, n * 1000.0 / (startMs + answerMs + closeMs), heapBefore >> 20, usedHeap() >> 20);
  }

  static void collect(CollectionStarter starter, QuestionnaireService questionnaires, TaskService tasks,
      IdentityService identity, ManagementService management, RuntimeService runtime, List<Long> ids,
      Map<String, Long> phases) {
    long t0 = System.nanoTime();
    QuestionnaireCollection c = starter.start(new QuestionnaireService.OpenRequest("bench", null,
        QuestionnaireCatalogue.FEEDBACK_MENTEE, null, ids, Instant.now().plus(Duration.ofDays(7)), "benchmark"));
    long t1 = System.nanoTime();

    List<Task> open = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).list();
    if (open.size() != ids.size()) {
      throw new IllegalStateException(open.size() + " tasks for " + ids.size() + " respondents");
    }
    Random random = new Random(42);
    long[] each = new long[open.size()];
    long t2 = System.nanoTime();
    for (int i = 0; i < open.size(); i++) {
      Task task = open.get(i);
      long s = System.nanoTime();
      identity.setAuthentication(task.getAssignee(), List.of(), List.of("bench"));
      try {
        tasks.complete(task.getId(), answers(random));
      } finally {
        identity.clearAuthentication();
      }
      each[i] = System.nanoTime() - s;
    }
    long t3 = System.nanoTime();
    management.createJobQuery().processInstanceId(c.getProcessInstanceId()).list()
        .forEach(j -> management.executeJob(j.getId()));
    long t4 = System.nanoTime();
    if (runtime.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).count() != 0
        || questionnaires.results(c.getId()).answered() != ids.size()) {
      throw new IllegalStateException("the collection did not close with every answer");
    }
    if (phases != null) {
      Arrays.sort(each);
      phases.put("start", (t1 - t0) / 1_000_000);
      phases.put("answers", (t3 - t2) / 1_000_000);
      phases.put("close", (t4 - t3) / 1_000_000);
      phases.put("meanMicros", Arrays.stream(each).sum() / each.length / 1000);
      phases.put("p95Micros", each[(int) (each.length * 0.95) - 1] / 1000);
      CollectionResults r = questionnaires.results(c.getId());
      System.out.printf(Locale.ROOT, "results: answered %d of %d, satisfaction average %.2f, helped with lessons %d%n",
          r.answered(), r.respondents(), r.question("satisfaction").orElseThrow().average(),
          r.question("helpedAreas").orElseThrow().count("lesson"));
    }
  }

  static Map<String, Object> answers(Random random) {
    Map<String, Object> v = new HashMap<>();
    for (String scale : List.of("uiSatisfaction", "uiUsefulness", "uiApplyExperience", "uiClimate")) {
      v.put(scale, String.valueOf(1 + random.nextInt(5)));
    }
    v.put("uiMeetingsRegular", List.of("yes", "partly", "no").get(random.nextInt(3)));
    v.put("uiHelpedAreas", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        random.nextBoolean() ? "[\"lesson\",\"discipline\"]" : "[\"parents\"]").create());
    v.put("uiMostUseful", "Разбор уроков и советы по работе с классом");
    return v;
  }

  private static long usedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
