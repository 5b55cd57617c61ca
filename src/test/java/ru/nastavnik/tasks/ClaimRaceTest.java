package ru.nastavnik.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.AuthorizationException;
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
        () -> new TaskWorkService(tasks, mock(org.camunda.bpm.engine.FormService.class), user).claim("t1"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.getMessage()).contains("другой сотрудник (zavuch)").contains("Обновите список задач");
  }

  /**
   * The other user completed the task between this user's read and claim: the engine checks the task's
   * candidate permission, which went with the completed task, and refuses with «no permission». For the
   * user it is the same race: 404 «completed by someone else», not 403. A refusal on a task that is
   * still there stays 403.
   */
  @Test
  void aClaimOfATaskCompletedMeanwhileIsNotAPermissionProblem() {
    TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    Task unassigned = mock(Task.class);
    when(tasks.createTaskQuery().taskId("t2").singleResult()).thenReturn(unassigned);
    doThrow(new AuthorizationException("kurator", "TASK_WORK", "Task", "t2")).when(tasks).claim("t2", "kurator");
    when(tasks.createTaskQuery().taskId("t2").count()).thenReturn(0L);
    CurrentUser user = mock(CurrentUser.class);
    when(user.userId()).thenReturn("kurator");

    UserFacingException gone = catchThrowableOfType(UserFacingException.class,
        () -> new TaskWorkService(tasks, mock(org.camunda.bpm.engine.FormService.class), user).claim("t2"));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.getMessage()).isEqualTo("Задачу одновременно выполнил другой сотрудник. Обновите список задач.");

    when(tasks.createTaskQuery().taskId("t2").count()).thenReturn(1L);
    UserFacingException forbidden = catchThrowableOfType(UserFacingException.class,
        () -> new TaskWorkService(tasks, mock(org.camunda.bpm.engine.FormService.class), user).claim("t2"));
    assertThat(forbidden.status()).isEqualTo(403);
  }
}
