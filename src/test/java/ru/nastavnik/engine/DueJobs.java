package ru.nastavnik.engine;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * For tests that run with the job executor off: runs the asynchronous continuations that are due now
 * (document generation, matching, each pair's start, a collection's close), round after round, until
 * none is left or the rounds run out (a job that keeps creating jobs must not loop forever).
 */
public final class DueJobs {

  private DueJobs() {}

  public static void run(ManagementService management, int rounds) {
    for (int i = 0; i < rounds; i++) {
      List<Job> due = management.createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
  }
}
