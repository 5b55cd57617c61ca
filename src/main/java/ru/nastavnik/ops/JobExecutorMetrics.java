package ru.nastavnik.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The job executor in Micrometer (seen at {@code /actuator/metrics}): jobs due now, jobs out of
 * retries, open incidents, and Camunda's own counters of jobs executed and failed on this
 * database. Gauges query the database when scraped, so scrape once a minute or so.
 */
@Component
public class JobExecutorMetrics implements MeterBinder {

  private final ManagementService management;
  private final RuntimeService runtime;

  public JobExecutorMetrics(ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("nastavnik.jobs.executable", () -> management.createJobQuery().executable().count())
        .description("Jobs due now and with retries left").register(registry);
    Gauge.builder("nastavnik.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
        .description("Jobs out of retries (each has an incident)").register(registry);
    Gauge.builder("nastavnik.incidents.open", () -> runtime.createIncidentQuery().count())
        .description("Open incidents, as Cockpit shows them").register(registry);
    FunctionCounter.builder("nastavnik.jobs.succeeded", management,
            m -> m.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum())
        .description("Jobs executed successfully (Camunda metric, written every 15 minutes by default)").register(registry);
    FunctionCounter.builder("nastavnik.jobs.failures", management,
            m -> m.createMetricsQuery().name(Metrics.JOB_FAILED).sum())
        .description("Job failures (Camunda metric)").register(registry);
  }
}
