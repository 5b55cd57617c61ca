package ru.nastavnik.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import ru.nastavnik.common.UserFacingException;
import ru.nastavnik.security.CurrentUser;

/**
 * What Tasklist does, for the application's API: list my tasks, claim, read the form's variables,
 * complete — with Russian messages for a task already done, someone else's task, or a conflict.
 * Every call runs as the authenticated user, so Camunda's authorization and tenant checks apply.
 */
@Service
public class TaskWorkService {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TaskWorkService.class);

  private final TaskService tasks;
  private final FormService forms;
  private final CurrentUser currentUser;

  public TaskWorkService(TaskService tasks, FormService forms, CurrentUser currentUser) {
    this.forms = forms;
    this.tasks = tasks;
    this.currentUser = currentUser;
  }

  /** A task as the API shows it. */
  public record TaskView(String id, String name, String taskDefinitionKey, String processInstanceId,
      String schoolCode, String assignee, Date due, Date created) {
    static TaskView of(Task t) {
      return new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getProcessInstanceId(),
          t.getTenantId(), t.getAssignee(), t.getDueDate(), t.getCreateTime());
    }
  }

  /** Tasks assigned to me or offered to my roles, in my schools only. */
  public List<TaskView> myTasks() {
    String user = currentUser.userId();
    return tasks.createTaskQuery().or().taskAssignee(user)
        .taskCandidateGroupIn(groupsOrNone()).endOr()
        .orderByTaskCreateTime().asc()
        .listPage(0, 500).stream().map(TaskView::of).toList();
  }

  private List<String> groupsOrNone() {
    List<String> groups = currentUser.authentication().getGroupIds();
    return groups == null || groups.isEmpty() ? List.of("-") : groups;
  }

  public void claim(String taskId) {
    Task task = visibleTask(taskId);
    String user = currentUser.userId();
    if (user.equals(task.getAssignee())) {
      return;
    }
    if (task.getAssignee() != null) {
      throw UserFacingException.conflict("Задачу уже взял в работу другой сотрудник (" + task.getAssignee() + ").");
    }
    guardGone(taskId, () -> tasks.claim(taskId, user));
  }

  /** Variables the task's form shows (options, current values). */
  public Map<String, Object> formVariables(String taskId) {
    visibleTask(taskId);
    Map<String, Object> out = new HashMap<>();
    tasks.getVariablesTyped(taskId).forEach((name, value) -> out.put(name, String.valueOf(value)));
    return out;
  }

  /**
   * Completes the task with the form's values, as Tasklist submits a form: a value the form had
   * shown prefilled (a variable of the task itself) is replaced by what was submitted, not shadowed
   * by it; arrays and objects become JSON variables.
   */
  public void complete(String taskId, Map<String, Object> values) {
    Task task = visibleTask(taskId);
    if (task.getAssignee() != null && !task.getAssignee().equals(currentUser.userId())) {
      throw UserFacingException.conflict("Задача взята в работу другим сотрудником (" + task.getAssignee() + ").");
    }
    VariableMap variables = Variables.createVariables();
    if (values != null) {
      values.forEach((name, value) -> variables.put(name, toVariable(value)));
    }
    guardGone(taskId, () -> forms.submitTaskForm(taskId, variables));
  }

  /**
   * Runs a claim or a completion of a task the user saw a moment ago. When it fails and the task is gone,
   * someone else completed it in between: its candidate permissions went with it (the engine answers
   * «no permission»), or the engine failed on the execution the other completion removed — for the user
   * it is the same «already completed» case.
   */
  private void guardGone(String taskId, Runnable action) {
    try {
      guard(action);
    } catch (RuntimeException refused) {
      if (refused instanceof UserFacingException conflict && conflict.status() == 409) {
        throw refused;
      }
      if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
        throw UserFacingException.notFound(
            "Задачу одновременно выполнил другой сотрудник. Обновите список задач.");
      }
      throw refused;
    }
  }

  private static Object toVariable(Object value) {
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      try {
        return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
      } catch (Exception e) {
        throw new UserFacingException("Значение поля не удалось прочитать.");
      }
    }
    if (value instanceof JsonNode node) {
      return SpinValues.jsonValue(node.toString()).create();
    }
    return value;
  }

  private Task visibleTask(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw UserFacingException.notFound(
          "Задача не найдена: она уже выполнена или недоступна вам. Обновите список задач.");
    }
    return task;
  }

  private static void guard(Runnable action) {
    try {
      action.run();
    } catch (OptimisticLockingException e) {
      throw UserFacingException.conflict(
          "Задачу одновременно выполнил другой сотрудник. Обновите список задач.");
    } catch (TaskAlreadyClaimedException e) {
      // two users pressed «Взять в работу» at once: the other one's claim committed first
      throw UserFacingException.conflict(
          "Задачу только что взял в работу другой сотрудник (" + e.getTaskAssignee() + "). Обновите список задач.");
    } catch (NullValueException e) {
      throw UserFacingException.notFound(
          "Задача уже выполнена или удалена. Обновите список задач.");
    } catch (AuthorizationException e) {
      log.info("Отказано в доступе к задаче: {}", e.getMessage());
      throw UserFacingException.forbidden("Эта задача вам недоступна.");
    }
  }
}
