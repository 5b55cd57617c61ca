package ru.nastavnik.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

  private final FailedJobCommandFactory standard;

  ConflictRetryCommandFactory(FailedJobCommandFactory standard) {
    this.standard = standard;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    if (exception instanceof OptimisticLockingException) {
      return new RetryAtOnceCmd(jobId, exception);
    }
    return standard.getCommand(jobId, exception);
  }

  /**
   * Camunda's own job retry command, with the retry strategy replaced: the job stays with its retries,
   * is unlocked and due now, and the job executor is told about it once the transaction commits.
   */
  static final class RetryAtOnceCmd extends JobRetryCmd {

    private static final Logger log = LoggerFactory.getLogger(RetryAtOnceCmd.class);

    RetryAtOnceCmd(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job != null) {
        log.debug("Задание {} столкнулось с параллельным изменением и будет выполнено снова сразу", jobId);
        job.unlock();
        job.setDuedate(ClockUtil.getCurrentTime());
        notifyAcquisition(commandContext);
      }
      return null;
    }
  }
}
