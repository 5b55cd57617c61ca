package ru.nastavnik.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.nastavnik.program.DefinitionResolver;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramProcess;
import ru.nastavnik.questionnaire.QuestionnaireProcess;

/**
 * The engine side of leaving a program (runs as system): the processes of the pairs that ended are
 * stopped without leaving their callers stuck — an inner instance of a multi-instance activity is
 * cancelled, and when it was the last one the caller moves on past the activity; a mentee whose
 * mentor left goes back to the search. The person's own support process and open interview go.
 */
@Component
class ProcessExit {

  private static final Logger log = LoggerFactory.getLogger(ProcessExit.class);
  private static final String MULTI_INSTANCE_BODY = "multiInstanceBody";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final DefinitionResolver definitions;
  private final ManagementService management;

  ProcessExit(RuntimeService runtime, HistoryService history, TaskService tasks, DefinitionResolver definitions,
      ManagementService management) {
    this.management = management;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.definitions = definitions;
  }

  static String supportKey(MentoringProgram program, Long menteeId) {
    return program.getBusinessKey() + "-support-" + menteeId;
  }

  /** The person's support process while they waited for a mentor (with its pair, if any): deleted. */
  void endSupport(List<MentoringProgram> programs, Long staffId, String reason) {
    for (MentoringProgram program : programs) {
      for (ProcessInstance pi : runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(supportKey(program, staffId))
          .processDefinitionKey(ProgramProcess.MENTEE_SUPPORT).list()) {
        runtime.deleteProcessInstance(pi.getId(), reason, false, true);
      }
    }
  }

  /** Every process instance, finished or not, of the person's support (business key) and their sub-instances. */
  List<String> supportInstances(List<MentoringProgram> programs, Long staffId) {
    List<String> ids = new ArrayList<>();
    for (MentoringProgram program : programs) {
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(supportKey(program, staffId)).list()
          .forEach(h -> ids.add(h.getId()));
    }
    return ids;
  }

  /** Stops the process of a pair that ended early; the caller continues without it. */
  void endPair(ProgramExit.EndedPair pair, MentoringProgram program, String reason) {
    ProcessInstance instance = pair.processInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(pair.processInstanceId()).singleResult();
    boolean inSupport = false;
    if (instance != null) {
      ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(instance.getId()).singleResult();
      if (caller == null) {
        runtime.deleteProcessInstance(instance.getId(), reason, false, true);
      } else {
        HistoricActivityInstance call = history.createHistoricActivityInstanceQuery()
            .processInstanceId(caller.getId()).unfinished().list().stream()
            .filter(a -> instance.getId().equals(a.getCalledProcessInstanceId()))
            .findFirst().orElseThrow(() -> new IllegalStateException("Не найден вызов процесса пары " + pair.pairId()));
        inSupport = ProgramProcess.MENTEE_SUPPORT.equals(definitionKey(caller.getId()));
        // a mentee whose mentor left goes back to the search within their own support process
        cancel(caller.getId(), call.getId(),
            inSupport && pair.mentorLeft() ? ProgramProcess.Support.CONTINUE_SEARCH : null, reason);
      }
    } else {
      // not started yet: an inner instance of stage V waiting for its asynchronous start
      for (Execution e : runtime.createExecutionQuery().variableValueEquals(ProgramProcess.PAIR_ID, pair.pairId()).list()) {
        String transition = transitionInstanceOf(e);
        if (transition != null) {
          cancel(e.getProcessInstanceId(), transition, null, reason);
        }
      }
    }
    if (pair.mentorLeft() && !inSupport) {
      for (Long mentee : pair.menteesToSupport()) {
        startSupport(program, mentee);
      }
    }
  }

  /** An open interview with the person as a candidate mentor (an inner instance of the interviews). */
  void endInterviews(Long staffId, String reason) {
    endInnerTasks(ProgramProcess.MentorSelection.INTERVIEW, ProgramProcess.MentorSelection.CANDIDATE_ID, staffId, reason);
  }

  /**
   * The person's open questionnaire tasks (an inner instance of «Сбор анкет»): cancelled, the other
   * respondents go on; when it was the last task open, the collection closes as if all had answered.
   */
  void endQuestionnaires(Long staffId, String reason) {
    endInnerTasks(QuestionnaireProcess.FILL, QuestionnaireProcess.RESPONDENT_ID, staffId, reason);
  }

  private void endInnerTasks(String taskKey, String personVariable, Long staffId, String reason) {
    for (Task task : tasks.createTaskQuery().taskDefinitionKey(taskKey).list()) {
      Object person = runtime.getVariable(task.getExecutionId(), personVariable);
      if (person != null && staffId.toString().equals(person.toString())) {
        ActivityInstance tree = runtime.getActivityInstance(task.getProcessInstanceId());
        ActivityInstance node = findByExecution(tree, task.getExecutionId());
        if (node != null) {
          cancel(task.getProcessInstanceId(), node.getId(), null, reason);
        }
      }
    }
  }

  /** A new search for a mentee whose mentor left (stage IV support process). */
  void startSupport(MentoringProgram program, Long menteeId) {
    if (program.getStatus() != MentoringProgram.Status.RUNNING) {
      return;
    }
    String businessKey = supportKey(program, menteeId);
    if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ProgramProcess.MENTEE_SUPPORT).count() > 0) {
      return;
    }
    String school = program.getSchool().getCode();
    var builder = runtime.createProcessInstanceByKey(ProgramProcess.MENTEE_SUPPORT)
        .businessKey(businessKey)
        .setVariable(ProgramProcess.SCHOOL_CODE, school)
        .setVariable(ProgramProcess.ACADEMIC_YEAR, program.getAcademicYear())
        .setVariable(ProgramProcess.PROGRAM_ID, program.getId())
        .setVariable(ProgramProcess.MENTEE_ID, menteeId);
    (definitions.hasOwn(school, ProgramProcess.MENTEE_SUPPORT)
        ? builder.processDefinitionTenantId(school) : builder.processDefinitionWithoutTenantId()).execute();
  }

  /**
   * Cancels one activity (or asynchronous transition) instance. Inside a multi-instance activity
   * the other instances go on; when it was the last one, the whole activity is left as if
   * completed. Elsewhere, {@code restartBefore} names the activity the process goes back to.
   */
  void cancel(String processInstanceId, String instanceId, String restartBefore, String reason) {
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    ActivityInstance parent = parentOf(tree, instanceId);
    boolean transition = isTransition(tree, instanceId);
    ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
        .setAnnotation(reason);
    if (parent != null && MULTI_INSTANCE_BODY.equals(parent.getActivityType())) {
      if (openInstances(parent) > 1) {
        modification = transition ? modification.cancelTransitionInstance(instanceId)
            : modification.cancelActivityInstance(instanceId);
      } else {
        log.info("Последний экземпляр многоэкземплярного действия {} отменён: процесс {} идёт дальше",
            parent.getActivityId(), processInstanceId);
        modification = modification.cancelActivityInstance(parent.getId()).startAfterActivity(parent.getActivityId());
      }
    } else {
      modification = transition ? modification.cancelTransitionInstance(instanceId)
          : modification.cancelActivityInstance(instanceId);
      if (restartBefore != null) {
        modification = modification.startBeforeActivity(restartBefore);
      }
    }
    modification.execute();
  }

  /**
   * The inner instances of a multi-instance body still to run: activity instances, and transitions
   * waiting for their asynchronous continuation (a job). The tree also shows the instances that
   * already completed as transitions (inactive executions kept until the whole body ends): they
   * have no job and do not count.
   */
  private int openInstances(ActivityInstance body) {
    int open = body.getChildActivityInstances().length;
    for (TransitionInstance t : body.getChildTransitionInstances()) {
      if (management.createJobQuery().executionId(t.getExecutionId()).count() > 0) {
        open++;
      }
    }
    return open;
  }

  private String definitionKey(String processInstanceId) {
    HistoricProcessInstance h = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return h == null ? null : h.getProcessDefinitionKey();
  }

  private String transitionInstanceOf(Execution execution) {
    ActivityInstance tree = runtime.getActivityInstance(execution.getProcessInstanceId());
    return tree == null ? null : findTransition(tree, execution.getId());
  }

  private static String findTransition(ActivityInstance node, String executionId) {
    for (TransitionInstance t : node.getChildTransitionInstances()) {
      if (executionId.equals(t.getExecutionId())) {
        return t.getId();
      }
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      String found = findTransition(child, executionId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static ActivityInstance findByExecution(ActivityInstance node, String executionId) {
    for (ActivityInstance child : node.getChildActivityInstances()) {
      if (Set.of(child.getExecutionIds()).contains(executionId) && child.getChildActivityInstances().length == 0) {
        return child;
      }
      ActivityInstance found = findByExecution(child, executionId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static ActivityInstance parentOf(ActivityInstance node, String instanceId) {
    for (ActivityInstance child : node.getChildActivityInstances()) {
      if (child.getId().equals(instanceId)) {
        return node;
      }
    }
    for (TransitionInstance t : node.getChildTransitionInstances()) {
      if (t.getId().equals(instanceId)) {
        return node;
      }
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      ActivityInstance found = parentOf(child, instanceId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean isTransition(ActivityInstance node, String instanceId) {
    for (TransitionInstance t : node.getChildTransitionInstances()) {
      if (t.getId().equals(instanceId)) {
        return true;
      }
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      if (isTransition(child, instanceId)) {
        return true;
      }
    }
    return false;
  }
}
