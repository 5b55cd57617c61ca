package ru.nastavnik.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.nastavnik.postgres.PostgresServer;

/**
 * Camunda's cluster model: two application nodes (two JVMs) on one PostgreSQL database, job
 * executors on both. A thousand asynchronous jobs each run exactly once, the work shared
 * between the nodes.
 */
class TwoNodesJobExecutionTest {

  static final int JOBS = 1000;

  @TempDir Path work;

  @Test
  void aThousandAsyncJobsRunExactlyOnceOnTwoNodes() throws Exception {
    PostgresServer pg = PostgresServer.get();
    String url = pg.newDatabase();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      // in a schema of its own: Flyway must still find the application's schema empty
      c.createStatement().execute("create schema test_counter");
      c.createStatement().execute(
          "create table test_counter.test_job_run (id bigserial primary key, business_key varchar(64) not null, node varchar(16) not null)");
    }
    List<AppNode> nodes = new ArrayList<>();
    try {
      // one after the other: the first creates the schemas and the administrator
      for (String name : List.of("A", "B")) {
        Path log = Path.of("target", "cluster-node-" + name + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        nodes.add(AppNode.fromClasspath(work, log, List.of("--spring.profiles.active=test",
            "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
            "--spring.datasource.driver-class-name=org.postgresql.Driver", "--nastavnik.demo.enabled=false",
            "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.max-wait=1000",
            "--camunda.bpm.job-execution.wait-time-in-millis=200", "--nastavnik.test.job-counter=true",
            "--nastavnik.test.node-name=" + name)).awaitUp(Duration.ofMinutes(6)));
      }

      // an administrator's engine without a job executor deploys the test process and starts the work
      StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
      cfg.setProcessEngineName("cluster-test-admin");
      cfg.setJdbcUrl(url);
      cfg.setJdbcUsername("postgres");
      cfg.setJdbcPassword("");
      cfg.setJdbcDriver("org.postgresql.Driver");
      cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
      cfg.setJobExecutorActivate(false);
      cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      ProcessEngine admin = cfg.buildProcessEngine();
      try {
        BpmnModelInstance model = Bpmn.createExecutableProcess("clusterJob").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("count").camundaAsyncBefore().camundaExpression("${jobCounter.record(execution)}")
            .endEvent().done();
        admin.getRepositoryService().createDeployment().name("cluster-test").addModelInstance("clusterJob.bpmn", model)
            .deploy();
        long started = System.nanoTime();
        for (int i = 0; i < JOBS; i++) {
          admin.getRuntimeService().startProcessInstanceByKey("clusterJob", "job-" + i);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (admin.getManagementService().createJobQuery().processDefinitionKey("clusterJob").count() > 0) {
          assertThat(System.nanoTime()).as("jobs left after 3 minutes").isLessThan(deadline);
          Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(admin.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("clusterJob").count())
            .isZero();
        assertThat(admin.getHistoryService().createHistoricIncidentQuery().count()).isZero();

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
      } finally {
        admin.close();
      }
    } finally {
      for (AppNode node : nodes) {
        node.close();
      }
    }
  }
}
