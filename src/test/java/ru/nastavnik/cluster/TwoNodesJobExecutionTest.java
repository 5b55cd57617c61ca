package ru.nastavnik.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.nastavnik.postgres.PostgresServer;

/**
 * Camunda's cluster model: two application nodes (two JVMs) on one PostgreSQL database, job
 * executors on both. A thousand asynchronous jobs each run exactly once, the work shared between
 * the nodes; orders generated concurrently on both nodes (the real {@code generateDocument}
 * delegate in an asynchronous service task) get unique, gapless numbers in each school's register.
 */
class TwoNodesJobExecutionTest {

  static final int JOBS = 1000;
  /** Orders per demo school, generated at once by both nodes. */
  static final int ORDERS_PER_SCHOOL = 40;

  @TempDir static Path work;

  static String url;
  static final List<AppNode> nodes = new ArrayList<>();
  static ProcessEngine admin;

  @BeforeAll
  static void twoNodes() throws Exception {
    PostgresServer pg = PostgresServer.get();
    url = pg.newDatabase();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      // in a schema of its own: Flyway must still find the application's schema empty
      c.createStatement().execute("create schema test_counter");
      c.createStatement().execute(
          "create table test_counter.test_job_run (id bigserial primary key, business_key varchar(64) not null, node varchar(16) not null)");
    }
    // one after the other: the first creates the schemas, the administrator and the demo schools
    for (String name : List.of("A", "B")) {
      Path log = Path.of("target", "cluster-node-" + name + ".log");
      Files.createDirectories(log.getParent());
      Files.deleteIfExists(log);
      nodes.add(AppNode.fromClasspath(work, log, List.of("--spring.profiles.active=test",
          "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--spring.datasource.driver-class-name=org.postgresql.Driver",
          "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.max-wait=1000",
          "--camunda.bpm.job-execution.wait-time-in-millis=200", "--nastavnik.test.job-counter=true",
          "--nastavnik.test.node-name=" + name, "--camunda.bpm.generic-properties.properties.hostname=node-" + name,
          "--camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle=R5/PT1S"))
          .awaitUp(Duration.ofMinutes(6)));
    }

    // an administrator's engine without a job executor deploys the test processes and starts the work
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName("cluster-test-admin");
    cfg.setJdbcUrl(url);
    cfg.setJdbcUsername("postgres");
    cfg.setJdbcPassword("");
    cfg.setJdbcDriver("org.postgresql.Driver");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    cfg.setJobExecutorActivate(false);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    admin = cfg.buildProcessEngine();
  }

  @AfterAll
  static void stop() throws Exception {
    if (admin != null) {
      admin.close();
    }
    for (AppNode node : nodes) {
      node.close();
    }
  }

  @Test
  void aThousandAsyncJobsRunExactlyOnceOnTwoNodes() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("clusterJob").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("count").camundaAsyncBefore().camundaExpression("${jobCounter.record(execution)}")
        .endEvent().done();
    admin.getRepositoryService().createDeployment().name("cluster-test").addModelInstance("clusterJob.bpmn", model)
        .deploy();
    long started = System.nanoTime();
    for (int i = 0; i < JOBS; i++) {
      admin.getRuntimeService().startProcessInstanceByKey("clusterJob", "job-" + i);
    }
    awaitNoJobs("clusterJob");
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(admin.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("clusterJob").count())
        .isZero();
    assertThat(admin.getHistoryService().createHistoricIncidentQuery().processDefinitionKey("clusterJob").count())
        .isZero();

    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      ResultSet r = c.createStatement().executeQuery(
          "select count(*), count(distinct business_key) from test_counter.test_job_run");
      r.next();
      assertThat(r.getInt(1)).as("runs").isEqualTo(JOBS);
      assertThat(r.getInt(2)).as("distinct jobs").isEqualTo(JOBS);
      Map<String, Integer> perNode = new TreeMap<>();
      ResultSet byNode = c.createStatement().executeQuery("select node, count(*) from test_counter.test_job_run group by node");
      while (byNode.next()) {
        perNode.put(byNode.getString(1), byNode.getInt(2));
      }
      System.out.printf("%d jobs on two nodes in %.1f s (start included): %s%n", JOBS, seconds, perNode);
      assertThat(perNode).as("both nodes worked").containsKeys("A", "B");
    }
  }

  @Test
  void ordersGeneratedConcurrentlyOnTwoNodesGetUniqueGaplessNumbersPerSchool() throws Exception {
    // a program for each demo school (the test profile loads the demo schools without starting programs)
    Map<String, Long> programs = new LinkedHashMap<>();
    Map<String, Long> schoolIds = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      ResultSet schools = c.createStatement().executeQuery("select id, code from school order by code");
      while (schools.next()) {
        schoolIds.put(schools.getString(2), schools.getLong(1));
      }
      for (Map.Entry<String, Long> s : schoolIds.entrySet()) {
        PreparedStatement insert = c.prepareStatement("insert into mentoring_program (school_id, academic_year,"
            + " business_key, status, started_by, started_at) values (?, '2039/40', ?, 'RUNNING', 'cluster-test', now())"
            + " returning id");
        insert.setLong(1, s.getValue());
        insert.setString(2, s.getKey() + "-cluster-orders");
        ResultSet id = insert.executeQuery();
        id.next();
        programs.put(s.getKey(), id.getLong(1));
      }
    }
    assertThat(programs).as("demo schools").hasSizeGreaterThanOrEqualTo(2);

    // the real order generation: an asynchronous service task with the generateDocument delegate
    BpmnModelInstance model = Bpmn.createExecutableProcess("clusterOrders").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("generateOrder").camundaAsyncBefore().camundaDelegateExpression("${generateDocument}")
        .camundaInputParameter("documentKind", "ORDER_ORGANISATION").endEvent().done();
    admin.getRepositoryService().createDeployment().name("cluster-orders").addModelInstance("clusterOrders.bpmn", model)
        .deploy();
    long started = System.nanoTime();
    // interleaved: the two nodes' job executors take jobs of all schools at once
    for (int i = 0; i < ORDERS_PER_SCHOOL; i++) {
      for (Map.Entry<String, Long> p : programs.entrySet()) {
        admin.getRuntimeService().startProcessInstanceByKey("clusterOrders", p.getKey() + "-order-" + i,
            Variables.createVariables().putValue("schoolCode", p.getKey()).putValue("programId", p.getValue()));
      }
    }
    awaitNoJobs("clusterOrders");
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(admin.getHistoryService().createHistoricIncidentQuery().processDefinitionKey("clusterOrders").count())
        .isZero();

    // the register year is the calendar year of the order's date (today in Moscow)
    int year = LocalDate.now(ZoneId.of("Europe/Moscow")).getYear();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      for (Map.Entry<String, Long> p : programs.entrySet()) {
        PreparedStatement q = c.prepareStatement("select register_seq, doc_number, register_year from document"
            + " where program_id = ? and kind = 'ORDER_ORGANISATION' order by register_seq");
        q.setLong(1, p.getValue());
        ResultSet r = q.executeQuery();
        List<Integer> seq = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        while (r.next()) {
          seq.add(r.getInt(1));
          numbers.add(r.getString(2));
          assertThat(r.getInt(3)).isEqualTo(year);
        }
        // the school's whole register of the year: only these orders, numbered 1..n without gaps
        PreparedStatement all = c.prepareStatement("select count(*), max(register_seq) from document"
            + " where school_id = ? and register_year = ? and register_seq is not null");
        all.setLong(1, schoolIds.get(p.getKey()));
        all.setInt(2, year);
        ResultSet a = all.executeQuery();
        a.next();
        assertThat(seq).as("register of " + p.getKey())
            .containsExactlyElementsOf(IntStream.rangeClosed(1, ORDERS_PER_SCHOOL).boxed().toList());
        assertThat(numbers).as("printed numbers of " + p.getKey()).doesNotHaveDuplicates();
        assertThat(a.getInt(1)).isEqualTo(ORDERS_PER_SCHOOL);
        assertThat(a.getInt(2)).isEqualTo(ORDERS_PER_SCHOOL);
        PreparedStatement counter = c.prepareStatement(
            "select last_number from document_register where school_id = ? and register_year = ?");
        counter.setLong(1, schoolIds.get(p.getKey()));
        counter.setInt(2, year);
        ResultSet last = counter.executeQuery();
        assertThat(last.next()).isTrue();
        assertThat(last.getInt(1)).isEqualTo(ORDERS_PER_SCHOOL);
      }
      Map<String, Integer> perNode = new TreeMap<>();
      ResultSet byNode = c.createStatement().executeQuery("select hostname_, count(*) from act_hi_job_log"
          + " where process_def_key_ = 'clusterOrders' and job_state_ = 2 group by hostname_");
      while (byNode.next()) {
        perNode.put(byNode.getString(1), byNode.getInt(2));
      }
      int total = ORDERS_PER_SCHOOL * programs.size();
      System.out.printf("%d orders of %d schools generated on two nodes in %.1f s: %s%n", total, programs.size(),
          seconds, perNode);
      assertThat(perNode.values().stream().mapToInt(Integer::intValue).sum()).as("successful jobs").isEqualTo(total);
      assertThat(perNode).as("both nodes generated orders").containsKeys("node-A", "node-B");
    }
  }

  private static void awaitNoJobs(String processKey) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (admin.getManagementService().createJobQuery().processDefinitionKey(processKey).count() > 0) {
      assertThat(System.nanoTime()).as("jobs left after 3 minutes").isLessThan(deadline);
      Thread.sleep(500);
    }
  }
}
