package ru.nastavnik.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;

/**
 * Two users press «Взять в работу» at once: both saw the task unassigned, the engine lets the first
 * claim commit and refuses the second. The second gets 409 with a Russian message to refresh, not a
 * server error (found by the Tasklist load benchmark).
 */
class ClaimRaceTest {

  @Test
  void theLateClaimOfARaceIsAConflictWithARussianMessage() {
    TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    Task unassigned = mock(Task.class);
    when(tasks.createTaskQuery().taskId("t1").singleResult()).thenReturn(unassigned);
    doThrow(new TaskAlreadyClaimedException("t1", "zavuch")).when(tasks).claim("t1", "kurator");
    CurrentUser user = mock(CurrentUser.class);
    when(user.userId()).thenReturn("kurator");

    UserFacingException refused = catchThrowableOfType(UserFacingException.class,
        () -> new TaskWorkService(tasks, user).claim("t1"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.getMessage()).contains("другой сотрудник (zavuch)").contains("Обновите список задач");
  }
}
