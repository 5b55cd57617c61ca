package ru.nastavnik.variants;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * The contract a school's variant keeps with the shared parts of the application. Pure checks on
 * the diagrams of one deployment; what the engine already knows (shared keys, message names of the
 * shared definitions) is passed in. Every problem is a Russian sentence naming the file and element.
 */
public final class VariantContract {

  public static final String PROGRAM_KEY = "mentoring-program";
  public static final String LIFECYCLE = "${programLifecycle}";
  /** Variables the shared stages, listeners and delegates read. */
  public static final List<String> PASSED_VARIABLES = List.of("programId", "schoolCode", "academicYear");

  private VariantContract() {}

  /** What the engine knows when a deployment arrives. */
  public interface Known {
    /** A shared (tenant-less) definition or one of the tenant's own exists with this key. */
    boolean processExists(String key, String tenantId);

    /** Message names the shared definition of this key uses (empty when none or no shared one). */
    Set<String> sharedMessages(String key);
  }

  /** Problems of the BPMN files of one deployment for the tenant; empty when it keeps the contract. */
  public static List<String> check(Map<String, byte[]> bpmnFiles, String tenantId, Known known) {
    List<String> problems = new ArrayList<>();
    Map<String, BpmnModelInstance> models = new java.util.TreeMap<>();
    Set<String> deployedKeys = new HashSet<>();
    bpmnFiles.forEach((name, bytes) -> {
      try {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
        models.put(name, model);
        model.getModelElementsByType(Process.class).forEach(p -> deployedKeys.add(p.getId()));
      } catch (RuntimeException e) {
        problems.add(name + ": схема не читается как BPMN 2.0 (" + e.getMessage() + ").");
      }
    });
    models.forEach((name, model) -> {
      for (Process process : model.getModelElementsByType(Process.class)) {
        checkProcess(name, process, tenantId, deployedKeys, known, problems);
      }
    });
    return problems;
  }

  private static void checkProcess(String file, Process process, String tenantId, Set<String> deployedKeys,
      Known known, List<String> problems) {
    String key = process.getId();
    String where = file + ", процесс «" + key + "»";
    if (!process.isExecutable()) {
      return;
    }
    if (PROGRAM_KEY.equals(key)) {
      Collection<StartEvent> starts = process.getChildElementsByType(StartEvent.class);
      if (starts.isEmpty() || !starts.stream().allMatch(hasListener("start"))) {
        problems.add(where + ": начальное событие программы должно вызывать слушатель ${programLifecycle} "
            + "на событие start — без него программа не регистрируется (programId, школа, учебный год).");
      }
      Collection<EndEvent> ends = process.getChildElementsByType(EndEvent.class);
      if (ends.isEmpty() || !ends.stream().allMatch(hasListener("end"))) {
        problems.add(where + ": каждое конечное событие программы должно вызывать слушатель "
            + "${programLifecycle} на событие end — иначе программа не отмечается завершённой.");
      }
    }
    for (CallActivity call : process.getModelInstance().getModelElementsByType(CallActivity.class)) {
      if (!belongsTo(call, process)) {
        continue;
      }
      String calledKey = call.getCalledElement();
      String label = where + ", вызов «" + call.getId() + "»";
      Set<String> passed = new LinkedHashSet<>();
      if (call.getExtensionElements() != null) {
        for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          if ("all".equals(in.getCamundaVariables())) {
            passed.addAll(PASSED_VARIABLES);
          } else if (in.getCamundaSource() != null && in.getCamundaSource().equals(in.getCamundaTarget())) {
            passed.add(in.getCamundaSource());
          }
        }
      }
      List<String> missing = PASSED_VARIABLES.stream().filter(v -> !passed.contains(v)).toList();
      if (!missing.isEmpty()) {
        problems.add(label + ": вызываемому процессу не передаются переменные " + String.join(", ", missing)
            + " (нужен camunda:in source=… target=… с тем же именем) — общие этапы и слушатели их читают.");
      }
      if (calledKey == null || calledKey.isBlank()) {
        problems.add(label + ": не указан ключ вызываемого процесса (calledElement).");
      } else if (!calledKey.contains("${") && !calledKey.contains("#{")
          && !deployedKeys.contains(calledKey) && !known.processExists(calledKey, tenantId)) {
        problems.add(label + ": вызываемый процесс «" + calledKey + "» не найден ни среди общих, ни в этом "
            + "развёртывании школы.");
      }
    }
    Set<String> required = known.sharedMessages(key);
    if (!required.isEmpty()) {
      Set<String> own = new HashSet<>();
      process.getModelInstance().getModelElementsByType(Message.class).forEach(m -> own.add(m.getName()));
      List<String> lost = required.stream().filter(m -> !own.contains(m)).sorted().toList();
      if (!lost.isEmpty()) {
        problems.add(where + ": вариант не принимает сообщения " + String.join(", ", lost)
            + ", которые общий код отправляет процессу «" + key + "».");
      }
    }
  }

  /**
   * User tasks bind their Camunda Form to the deployment ({@code formRefBinding="deployment"}):
   * a form missing from the school's deployment would leave the task without a form in Tasklist.
   */
  public static List<String> missingForms(Map<String, byte[]> bpmnFiles, Set<String> deployedFormIds) {
    List<String> problems = new ArrayList<>();
    bpmnFiles.forEach((name, bytes) -> {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
      } catch (RuntimeException e) {
        return;
      }
      for (org.camunda.bpm.model.bpmn.instance.UserTask task
          : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
        String ref = task.getCamundaFormRef();
        String binding = task.getCamundaFormRefBinding();
        if (ref != null && !ref.contains("${") && "deployment".equals(binding) && !deployedFormIds.contains(ref)) {
          problems.add(name + ", задача «" + task.getId() + "»: форма «" + ref + "» не входит в развёртывание "
              + "(formRefBinding=deployment) — добавьте файл формы в то же развёртывание.");
        }
      }
    });
    return problems;
  }

  private static boolean belongsTo(BaseElement element, Process process) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = element.getParentElement();
    while (parent != null) {
      if (parent == process) {
        return true;
      }
      if (parent instanceof Process) {
        return false;
      }
      parent = parent.getParentElement();
    }
    return false;
  }

  private static Predicate<org.camunda.bpm.model.bpmn.instance.FlowNode> hasListener(String event) {
    return node -> node.getExtensionElements() != null
        && node.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
            .stream().anyMatch(l -> event.equals(l.getCamundaEvent())
                && (LIFECYCLE.equals(l.getCamundaDelegateExpression())
                    || LIFECYCLE.equals(l.getCamundaExpression())));
  }
}
