package ru.nastavnik.roadmap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.engine.EngineContext;
import ru.nastavnik.program.DefinitionResolver;

/**
 * Everything the roadmap asks of the engine on its own behalf — starting the roadmap and its rows,
 * correlating messages to a row or to the roadmap — run without the caller's authorization and
 * tenant checks (the caller's right to act was checked before). A message is correlated only
 * where an instance waits for it, so a row in another state is left alone rather than failing the
 * caller's transaction.
 */
@Component
public class RoadmapSignals {

  private static final Logger log = LoggerFactory.getLogger(RoadmapSignals.class);
  private static final Object CLOSED_ROWS = new Object();

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final DefinitionResolver definitions;
  private final TransactionTemplate newTransaction;

  public RoadmapSignals(RuntimeService runtime, TaskService tasks, IdentityService identity,
      DefinitionResolver definitions, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.definitions = definitions;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Tells the roadmap that a row closed, once the transaction that closed it has committed (one
   * message per roadmap and transaction). Several rows often close in one transaction — a program
   * stage closes all its rows — and within one transaction the roadmap's next wait for the message
   * is not yet visible to a second correlation; after the commit the roadmap recounts its open rows
   * from what was committed.
   */
  public void rowClosed(String roadmapInstanceId) {
    if (roadmapInstanceId == null) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      correlate(roadmapInstanceId, RoadmapProcess.MSG_ROW_CLOSED, Map.of());
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(CLOSED_ROWS);
    if (pending == null) {
      Set<String> roadmaps = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(CLOSED_ROWS, roadmaps);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CLOSED_ROWS);
          if (status != STATUS_COMMITTED) {
            return;
          }
          for (String roadmap : roadmaps) {
            tellRoadmap(roadmap);
          }
        }
      });
      pending = roadmaps;
    }
    pending.add(roadmapInstanceId);
  }

  /** A row of another transaction may be telling the same roadmap at the same time: try again. */
  private void tellRoadmap(String roadmap) {
    for (int attempt = 1; ; attempt++) {
      try {
        newTransaction.executeWithoutResult(t -> correlate(roadmap, RoadmapProcess.MSG_ROW_CLOSED, Map.of()));
        return;
      } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
        if (attempt == 3) {
          log.warn("Дорожная карта {} не узнала о закрытии пункта: {}; узнает при закрытии следующего", roadmap,
              e.getMessage());
          return;
        }
      } catch (RuntimeException e) {
        log.warn("Дорожная карта {} не узнала о закрытии пункта: {}", roadmap, e.getMessage());
        return;
      }
    }
  }

  /** Starts the annual roadmap process; its start listener registers the roadmap. */
  public String startRoadmap(String schoolCode, String academicYear, Map<String, Object> variables) {
    return system(() -> {
      ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(RoadmapProcess.KEY)
          .businessKey(RoadmapProcess.businessKey(schoolCode, academicYear))
          .setVariable(RoadmapProcess.SCHOOL_CODE, schoolCode)
          .setVariable(RoadmapProcess.ACADEMIC_YEAR, academicYear)
          .setVariables(variables);
      return tenant(builder, schoolCode, RoadmapProcess.KEY).execute().getId();
    });
  }

  /** Starts the process of one row. */
  public String startRow(RoadmapRow row, Map<String, Object> variables) {
    Roadmap roadmap = row.getRoadmap();
    String school = roadmap.getSchool().getCode();
    return system(() -> {
      ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(RoadmapProcess.ROW_KEY)
          .businessKey(roadmap.getBusinessKey())
          .setVariable(RoadmapProcess.ROW_ID, row.getId())
          .setVariable(RoadmapProcess.ROADMAP_ID, roadmap.getId())
          .setVariable(RoadmapProcess.SCHOOL_CODE, school)
          .setVariable(RoadmapProcess.ACADEMIC_YEAR, roadmap.getAcademicYear())
          .setVariables(variables);
      return tenant(builder, school, RoadmapProcess.ROW_KEY).execute().getId();
    });
  }

  /** Correlates the message if the instance waits for it; tells whether it did. */
  public boolean correlate(String processInstanceId, String message, Map<String, Object> variables) {
    if (processInstanceId == null) {
      return false;
    }
    return system(() -> {
      long waiting = runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
          .eventType("message").eventName(message).count();
      if (waiting == 0) {
        return false;
      }
      runtime.createMessageCorrelation(message).processInstanceId(processInstanceId)
          .setVariables(variables).correlateWithResult();
      return true;
    });
  }

  /** The open task(s) of a row's process with this definition key. */
  public List<Task> openTasks(String processInstanceId, String taskKey) {
    if (processInstanceId == null) {
      return List.of();
    }
    return system(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).list());
  }

  /** The newest task of the roadmap instance with this key (the edit task just opened). */
  public Task newestTask(String processInstanceId, String taskKey) {
    return system(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst().orElse(null));
  }

  /** Runs work on a task as the application (follow-up date, candidate groups, name). */
  public void onTask(Task task, java.util.function.Consumer<TaskService> work) {
    system(() -> {
      work.accept(tasks);
      return null;
    });
  }

  private ProcessInstantiationBuilder tenant(ProcessInstantiationBuilder builder, String schoolCode, String key) {
    return definitions.hasOwn(schoolCode, key)
        ? builder.processDefinitionTenantId(schoolCode)
        : builder.processDefinitionWithoutTenantId();
  }

  private <T> T system(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    EngineContext.asSystem(identity, () -> result.set(work.get()));
    return result.get();
  }
}
