package ru.nastavnik.documents;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.UserFacingException;

/**
 * Generates one document in a process:
 *
 * <pre>{@code
 * <bpmn:serviceTask id="Task_IssuePairsOrder" name="Сформировать приказ о закреплении пар"
 *     camunda:asyncBefore="true" camunda:delegateExpression="${generateDocument}">
 *   <bpmn:extensionElements><camunda:inputOutput>
 *     <camunda:inputParameter name="documentKind">ORDER_PAIRS</camunda:inputParameter>
 *   </camunda:inputOutput></bpmn:extensionElements>
 * </bpmn:serviceTask>
 * <bpmn:boundaryEvent id="Error_MissingRequisites" attachedToRef="Task_IssuePairsOrder">
 *   <bpmn:errorEventDefinition errorRef="Error_MISSING_REQUISITES"/>  <!-- errorCode MISSING_REQUISITES -->
 * </bpmn:boundaryEvent>
 * }</pre>
 *
 * <p>Reads {@code schoolCode} and {@code programId}; {@code pairId} for kinds about a pair; the
 * person's id from the variable named by the optional input parameter {@code staffIdVariable}
 * (default {@code staffId}) for kinds about a person — and, when the parameter is given and the
 * variable is set, for a program's kind made about one person of it (a mentorship's plan names its
 * young teacher). Sets {@code <kind>DocumentId} (Long),
 * {@code <kind>DocumentNumber} for orders, and the file variable {@code <kind>File} — e.g.
 * {@code orderPairsDocumentId}, {@code orderPairsFile} — so the next user task («Подписать приказ»)
 * shows a download link in Tasklist. With the input parameter {@code documentVariableScope=local}
 * they are set on the activity's execution instead (multi-instance per person).
 *
 * <p>Idempotent: the request key is process instance + activity + kind (+ pair/person) + the
 * document this activity made before ({@code 0} the first time). A retried job — its transaction
 * rolled back, or the document committed apart from the job — gets the same document and number;
 * the process coming back to the activity later (order rejected, pairs changed) makes a new one and,
 * unless {@code cancelPrevious=false}, marks the replaced one cancelled (it keeps its number).
 *
 * <p>Missing school requisites become the BPMN error {@code MISSING_REQUISITES} when a boundary
 * event or event subprocess around the task catches it (a «fix requisites» task); otherwise, and for
 * any other failure, the job fails, is retried with back-off and ends as an incident in Cockpit.
 */
@Component("generateDocument")
public class GenerateDocumentDelegate implements JavaDelegate {

  public static final String KIND = "documentKind";
  public static final String STAFF_ID_VARIABLE = "staffIdVariable";
  public static final String SCOPE = "documentVariableScope";
  public static final String CANCEL_PREVIOUS = "cancelPrevious";
  public static final String SCHOOL_CODE = "schoolCode";
  public static final String PROGRAM_ID = "programId";
  public static final String PAIR_ID = "pairId";

  private final DocumentService documents;

  public GenerateDocumentDelegate(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object kindName = execution.getVariable(KIND);
    DocumentKind kind = kindName == null ? null : DocumentKind.byName(kindName.toString().trim()).orElse(null);
    if (kind == null) {
      throw new UserFacingException("У задачи «" + execution.getCurrentActivityName() + "» не задан или неверен"
          + " параметр documentKind («" + kindName + "»): укажите вид документа, например ORDER_PAIRS.");
    }
    String schoolCode = string(execution.getVariable(SCHOOL_CODE));
    Long programId = number(execution.getVariable(PROGRAM_ID), PROGRAM_ID);
    Long pairId = null;
    Long staffId = null;
    String subject = "";
    if (kind.subject() == DocumentKind.Subject.PAIR) {
      pairId = number(execution.getVariable(PAIR_ID), PAIR_ID);
      subject = ":pair" + pairId;
    } else {
      String named = execution.hasVariable(STAFF_ID_VARIABLE) ? string(execution.getVariable(STAFF_ID_VARIABLE)) : null;
      // a kind about a person needs one (variable staffId unless named); a program's kind may be about
      // one person of it when the parameter names a variable that is set (a mentorship's young teacher)
      String name = named == null && kind.subject() == DocumentKind.Subject.PERSON ? "staffId" : named;
      Object person = name == null ? null : execution.getVariable(name);
      if (kind.subject() == DocumentKind.Subject.PERSON || person != null) {
        staffId = number(person, name);
        subject = ":staff" + staffId;
      }
    }
    boolean local = "local".equals(execution.getVariable(SCOPE));
    Object previous = local ? execution.getVariableLocal(kind.documentIdVariable())
        : execution.getVariable(kind.documentIdVariable());
    String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + kind.name()
        + subject + ":" + (previous == null ? "0" : previous);

    GeneratedDocument doc;
    try {
      doc = documents.generate(new GenerationRequest(kind, schoolCode, programId, pairId, staffId, key,
          execution.getProcessInstanceId(), "process"));
    } catch (MissingRequisitesException e) {
      if (caught(execution)) {
        throw new BpmnError(MissingRequisitesException.ERROR_CODE, e.getMessage());
      }
      throw e;
    }
    if (previous instanceof Number prev && prev.longValue() != doc.id()
        && !"false".equals(String.valueOf(execution.getVariable(CANCEL_PREVIOUS)))) {
      documents.supersede(prev.longValue(), doc);
    }

    FileValue file = Variables.fileValue(doc.asciiFileName()).file(doc.docx())
        .mimeType(DocumentService.DOCX_MIME).create();
    if (local) {
      execution.setVariableLocal(kind.documentIdVariable(), doc.id());
      execution.setVariableLocal(kind.fileVariable(), file);
      if (doc.number() != null) {
        execution.setVariableLocal(kind.variablePrefix() + "DocumentNumber", doc.number());
      }
    } else {
      execution.setVariable(kind.documentIdVariable(), doc.id());
      execution.setVariable(kind.fileVariable(), file);
      if (doc.number() != null) {
        execution.setVariable(kind.variablePrefix() + "DocumentNumber", doc.number());
      }
    }
  }

  /** True when a boundary event on the task (or an enclosing subprocess) or an error event subprocess catches the code. */
  static boolean caught(DelegateExecution execution) {
    BpmnModelInstance model = execution.getBpmnModelInstance();
    FlowElement element = execution.getBpmnModelElementInstance();
    if (model == null || element == null) {
      return false;
    }
    for (ModelElementInstance scope = element; scope != null; scope = scope.getParentElement()) {
      if (scope instanceof Activity activity) {
        for (BoundaryEvent b : model.getModelElementsByType(BoundaryEvent.class)) {
          if (b.getAttachedTo() != null && activity.getId().equals(b.getAttachedTo().getId())
              && catchesCode(b.getEventDefinitions())) {
            return true;
          }
        }
      }
      for (ModelElementInstance child : scope.getChildElementsByType(SubProcess.class)) {
        SubProcess sp = (SubProcess) child;
        if (sp.triggeredByEvent()) {
          for (StartEvent start : sp.getChildElementsByType(StartEvent.class)) {
            if (catchesCode(start.getEventDefinitions())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean catchesCode(java.util.Collection<EventDefinition> definitions) {
    for (EventDefinition d : definitions) {
      if (d instanceof ErrorEventDefinition e && (e.getError() == null || e.getError().getErrorCode() == null
          || MissingRequisitesException.ERROR_CODE.equals(e.getError().getErrorCode()))) {
        return true;
      }
    }
    return false;
  }

  private static String string(Object v) {
    return v == null ? null : v.toString().trim();
  }

  private static Long number(Object v, String name) {
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && !s.isBlank()) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    throw new UserFacingException("Для формирования документа нужна переменная процесса " + name
        + " (число), получено: " + v + ".");
  }
}
