package ru.nastavnik.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job that lost an optimistic-locking race (another transaction changed the same execution first, e.g.
 * two pairs of one program finishing at the same moment) runs again at once. The engine already keeps its
 * retries for such a failure, but with a retry time cycle (ours is {@code R3/PT5M}) it would still wait
 * the whole interval: 300 pairs finishing together left their last jobs idle for minutes. Every other
 * failure keeps the engine's back-off and ends in an incident.
 */
final class ConflictRetryCommandFactory implements FailedJobCommandFactory {

  private static final Logger log = LoggerFactory.getLogger(ConflictRetryCommandFactory.class);

  private final FailedJobCommandFactory standard;

  ConflictRetryCommandFactory(FailedJobCommandFactory standard) {
    this.standard = standard;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    if (!(exception instanceof OptimisticLockingException)) {
      return standard.getCommand(jobId, exception);
    }
    return commandContext -> {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job != null) {
        log.debug("Задание {} столкнулось с параллельным изменением и будет выполнено снова сразу", jobId);
        job.unlock();
        job.setDuedate(ClockUtil.getCurrentTime());
        var jobExecutor = commandContext.getProcessEngineConfiguration().getJobExecutor();
        if (jobExecutor != null && jobExecutor.isActive()) {
          commandContext.getTransactionContext().addTransactionListener(
              org.camunda.bpm.engine.impl.cfg.TransactionState.COMMITTED, ignored -> jobExecutor.jobWasAdded());
        }
      }
      return null;
    };
  }
}
