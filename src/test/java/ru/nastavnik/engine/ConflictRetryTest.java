package ru.nastavnik.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine as the application configures it (our plugin, retry cycle {@code R3/PT5M}): a job that lost
 * an optimistic-locking race is due again at once with its retries intact, while any other failure still
 * waits five minutes and spends a retry.
 */
class ConflictRetryTest {

  /** What the job's delegate throws on its next run; null = succeed. */
  static final AtomicReference<RuntimeException> NEXT_FAILURE = new AtomicReference<>();

  public static class Work implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      RuntimeException failure = NEXT_FAILURE.getAndSet(null);
      if (failure != null) {
        throw failure;
      }
    }
  }

  static ProcessEngine engine;
  static final Date NOW = new Date(1_790_000_000_000L);

  @BeforeAll
  static void engine() {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:conflict-retry;DB_CLOSE_DELAY=-1");
    cfg.setProcessEngineName("conflict-retry");
    cfg.setJobExecutorActivate(false);
    cfg.setFailedJobRetryTimeCycle("R3/PT5M");
    cfg.getProcessEnginePlugins().add(new NastavnikEnginePlugin());
    engine = cfg.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("work.bpmn",
        Bpmn.createExecutableProcess("work").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Work").camundaAsyncBefore().camundaClass(Work.class.getName())
            .endEvent().done()).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void aJobThatLostARaceIsDueAgainAtOnceWithItsRetries() {
    ClockUtil.setCurrentTime(NOW);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("work").getId();
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();

    NEXT_FAILURE.set(new OptimisticLockingException("Execution was updated by another transaction concurrently"));
    assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(OptimisticLockingException.class);

    Job again = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(again.getRetries()).isEqualTo(3);
    assertThat(again.getDuedate()).isEqualTo(NOW);
    assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).isEqualTo(1);

    management.executeJob(again.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void anyOtherFailureStillWaitsAndSpendsARetry() {
    ClockUtil.setCurrentTime(NOW);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("work").getId();
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();

    NEXT_FAILURE.set(new IllegalStateException("Шаблон документа не найден"));
    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Шаблон документа не найден");

    Job later = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(later.getRetries()).isEqualTo(2);
    assertThat(later.getDuedate()).isEqualTo(new Date(NOW.getTime() + 5 * 60_000));
    assertThat(later.getExceptionMessage()).contains("Шаблон документа не найден");
    assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).isZero();
  }
}
