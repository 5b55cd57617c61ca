package ru.nastavnik.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import ru.nastavnik.program.ProgramDates;

/**
 * Test doubles for the beans the diagrams call, so each BPMN is tested on its own with the real
 * engine: listeners record nothing, queries answer what the test sets, delegates set the
 * variables their real counterparts set. The real beans are exercised by the end-to-end test.
 */
public final class ProcessTestDoubles {

  /** Engine configuration of the process tests. */
  public static final String ENGINE_CONFIG = "process-test.camunda.cfg.xml";

  public static final TaskListener NO_OP_TASKS = task -> { };

  /** {@code ${definitions.tenantFor(execution, key)}}: every school uses the shared definitions. */
  public static class SharedDefinitions {
    public String tenantFor(DelegateExecution execution, String key) {
      return null;
    }
  }

  /** {@code ${mentorBase.candidateIds(programId)}}, {@code ${mentorBase.trainedIds(programId)}}. */
  public static class MentorBase {
    public List<Long> candidates = new ArrayList<>(List.of(11L, 12L));
    public List<Long> trained = new ArrayList<>(List.of(11L, 12L));

    public List<Long> candidateIds(Long programId) {
      return candidates;
    }

    public List<Long> trainedIds(Long programId) {
      return trained;
    }
  }

  /** {@code ${pairWork.approvedPairIds(programId)}}, {@code ${pairWork.mentorUsername(pairId)}}. */
  public static class PairWork {
    public List<Long> pairs = new ArrayList<>(List.of(1L, 2L));

    public List<Long> approvedPairIds(Long programId) {
      return pairs;
    }

    public String mentorUsername(Long pairId) {
      return "mentor" + pairId;
    }

    public List<String> feedbackTemplates() {
      return List.of("feedback-mentee", "feedback-mentor");
    }

    /** The real bean answers a Spin JSON array; the process-test engine has no Spin, so text. */
    public String feedbackRespondents(Long pairId, String template) {
      return template.equals("feedback-mentee") ? "[" + (pairId + 100) + "]" : "[" + pairId + "]";
    }
  }

  /**
   * {@code ${nominees.…(programId)}}: two «Наставник года» mentors, the two members of one «Лучшая
   * пара», three mentors whose pairs worked.
   */
  public static class Nominees {
    public List<Long> staffIds(Long programId) {
      return List.of(11L, 12L);
    }

    public List<Long> bestPairMemberIds(Long programId) {
      return List.of(11L, 21L);
    }

    public List<Long> certifiedMentorIds(Long programId) {
      return List.of(11L, 12L, 13L);
    }
  }

  /** Registers the doubles; returns the mutable ones for the test to steer. */
  public static Registered register() {
    Registered r = new Registered();
    Mocks.register("definitions", new SharedDefinitions());
    Mocks.register("programDates", new ProgramDates("Europe/Moscow", 14));
    Mocks.register("mentorBase", r.mentorBase);
    Mocks.register("pairWork", r.pairWork);
    for (String listener : List.of("requisitesTasks", "preparationTasks", "menteeBaseTasks", "mentorSelectionTasks", "pairsTasks",
        "menteeSupportTasks", "pairWorkTasks", "completionTasks")) {
      Mocks.register(listener, NO_OP_TASKS);
    }
    Mocks.register("programLifecycle", (ExecutionListener) execution -> {
      if (execution.getVariable("programId") == null) {
        execution.setVariable("programId", 1L);
      }
    });
    Mocks.register("roadmapStageLink", (ExecutionListener) execution -> r.stagesCompleted.add(execution.getCurrentActivityId()));
    Mocks.register("pairLifecycle", (ExecutionListener) execution -> {
      if (execution.getVariable("noMeetingsPeriod") == null) {
        execution.setVariable("noMeetingsPeriod", "P28D");
      }
    });
    Mocks.register("countSelectedMentors", (JavaDelegate) execution ->
        execution.setVariable("selectedMentors", r.selectedMentors));
    Mocks.register("startMenteeSupport", (JavaDelegate) execution -> r.supportStarted++);
    Mocks.register("generateDocument", (JavaDelegate) execution -> {
      String kind = (String) execution.getVariable("documentKind");
      if (r.missingRequisites && kind.startsWith("ORDER_")) {
        r.missingRequisites = false;
        throw new org.camunda.bpm.engine.delegate.BpmnError("MISSING_REQUISITES", "Не заполнены реквизиты школы");
      }
      String prefix = ru.nastavnik.documents.DocumentKind.byName(kind).orElseThrow().variablePrefix();
      Object staffIdVariable = execution.getVariable("staffIdVariable");
      r.documents.add(staffIdVariable == null ? kind : kind + ":" + execution.getVariable(staffIdVariable.toString()));
      execution.setVariable(prefix + "DocumentId", (long) r.documents.size());
      execution.setVariable(prefix + "DocumentNumber", r.documents.size() + "-од");
    });
    Mocks.register("proposePairs", (JavaDelegate) execution -> {
      r.proposals++;
      execution.setVariable("rerunMatching", false);
    });
    Mocks.register("fixAdditionalPair", (JavaDelegate) execution -> execution.setVariable("pairId", 99L));
    Mocks.register("nominees", new Nominees());
    Mocks.register("endPairEarly", (JavaDelegate) execution ->
        r.endedEarly.add((String) execution.getVariable("uiEndReason")));
    Mocks.register("recordEffectiveness", (JavaDelegate) execution -> r.recordedLevel =
        (String) execution.getVariable("effectivenessLevel"));
    return r;
  }

  /** What the doubles observed or will answer. */
  public static class Registered {
    public final MentorBase mentorBase = new MentorBase();
    public final PairWork pairWork = new PairWork();
    public int selectedMentors = 1;
    public int supportStarted;
    public int proposals;
    public boolean missingRequisites;
    public final List<String> documents = new ArrayList<>();
    public String recordedLevel;
    /** Reasons the pairs ended early with. */
    public final List<String> endedEarly = new ArrayList<>();
    /** Call activities of the program whose end the roadmap heard of. */
    public final List<String> stagesCompleted = new ArrayList<>();
  }

  public static Date anyDate() {
    return new Date();
  }

  private ProcessTestDoubles() {}
}
