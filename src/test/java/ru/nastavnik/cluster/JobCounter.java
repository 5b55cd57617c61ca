package ru.nastavnik.cluster;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test-only bean, active with {@code nastavnik.test.job-counter=true}: each run of the test
 * job writes a row in the job's own transaction, so a rolled-back duplicate leaves no row and a
 * committed duplicate leaves two.
 */
@Component("jobCounter")
@ConditionalOnProperty("nastavnik.test.job-counter")
public class JobCounter {

  private final JdbcTemplate jdbc;
  private final String node;

  public JobCounter(JdbcTemplate jdbc, org.springframework.core.env.Environment env) {
    this.jdbc = jdbc;
    this.node = env.getProperty("nastavnik.test.node-name", "node");
  }

  public void record(DelegateExecution execution) {
    jdbc.update("insert into test_counter.test_job_run (business_key, node) values (?, ?)", execution.getProcessBusinessKey(), node);
  }
}
