package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.documents.DemoSchool.Demo;

/**
 * The delegate in a real engine sharing the application's transaction manager: the order is
 * attached to the process for the signing task, a failed job rolls its number back, a retry takes
 * the same number, re-entering the task replaces the order, and missing requisites take the error
 * path.
 */
@DocumentsTest
class GenerateDocumentDelegateTest {

  private static final String PROCESS = "documents-delegate-test";
  private static final String PROCESS_UNCAUGHT = "documents-delegate-uncaught";
  private static final String TASK = "Task_IssuePairsOrder";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;
  @Autowired FailOnce failOnce;
  @Autowired DocumentsTestConfig.MutableClock clock;

  @BeforeEach
  void deploy() {
    clock.set(LocalDate.of(2025, 8, 15));
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repository.createDeployment().addModelInstance(PROCESS + ".bpmn", withErrorPath())
          .addModelInstance(PROCESS_UNCAUGHT + ".bpmn", withoutErrorPath()).deploy();
    }
  }

  @Test
  void theOrderIsAttachedForSigningAndAFailedJobsRetryKeepsTheNumber() throws IOException {
    Demo demo = demoSchool.create();
    failOnce.arm();
    ProcessInstance pi = start(PROCESS, demo.code(), demo.programId());
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("simulated failure");
    assertThat(documents.register(demo.code(), 2025)).as("rolled back with the job").isEmpty();

    management.executeJob(job.getId());

    Task sign = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(sign.getName()).isEqualTo("Подписать приказ");
    FileValue file = tasks.getVariableTyped(sign.getId(), "orderPairsFile");
    assertThat(file.getMimeType()).isEqualTo(DocumentService.DOCX_MIME);
    assertThat(file.getFilename()).startsWith("Prikaz_1-od_ot_15.08.2025").endsWith(".docx");
    try (InputStream in = file.getValue()) {
      assertThat(DocxRead.text(in.readAllBytes())).contains("№ 1-од", "О закреплении наставнических пар (групп)");
    }
    Long id = (Long) runtime.getVariable(pi.getId(), "orderPairsDocumentId");
    assertThat(runtime.getVariable(pi.getId(), "orderPairsDocumentNumber")).isEqualTo("1-од");
    assertThat(documents.register(demo.code(), 2025)).singleElement().satisfies(d -> {
      assertThat(d.getId()).isEqualTo(id);
      assertThat(d.getNumber()).isEqualTo("1-од");
      assertThat(d.getProcessInstanceId()).isEqualTo(pi.getId());
    });
  }

  @Test
  void comingBackToTheTaskMakesANewOrderAndCancelsTheReplacedOne() {
    Demo demo = demoSchool.create();
    ProcessInstance pi = start(PROCESS, demo.code(), demo.programId());
    runJob(pi);
    Task sign = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    tasks.complete(sign.getId(), Variables.putValue("redo", true));
    runJob(pi);
    sign = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    tasks.complete(sign.getId(), Variables.putValue("redo", false));

    assertThat(documents.register(demo.code(), 2025))
        .extracting(Document::getNumber, Document::getStatus, Document::getCancelReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1-од", Document.Status.CANCELLED, "Заменён документом № 2-од от 15.08.2025"),
            org.assertj.core.groups.Tuple.tuple("2-од", Document.Status.ACTIVE, null));
  }

  @Test
  void missingRequisitesTakeTheErrorPathToTheFixTask() {
    Demo demo = demoSchool.create();
    var school = demoSchool.createWithoutRequisites();
    ProcessInstance pi = start(PROCESS, school.getCode(), demo.programId());
    runJob(pi);
    Task fix = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(fix.getTaskDefinitionKey()).isEqualTo("Task_FixRequisites");
    assertThat(runtime.getVariable(pi.getId(), "requisitesMessage").toString())
        .contains("фамилия, имя, отчество руководителя", "адрес");
  }

  @Test
  void withoutAnErrorPathMissingRequisitesFailTheJobWithTheMessage() {
    Demo demo = demoSchool.create();
    var school = demoSchool.createWithoutRequisites();
    ProcessInstance pi = start(PROCESS_UNCAUGHT, school.getCode(), demo.programId());
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> management.executeJob(job.getId()))
        .isInstanceOf(MissingRequisitesException.class).hasMessageContaining("Не заполнены реквизиты школы");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getRetries()).isEqualTo(2);
  }

  private ProcessInstance start(String key, String schoolCode, Long programId) {
    return runtime.startProcessInstanceByKey(key,
        Variables.putValue("schoolCode", schoolCode).putValue("programId", programId));
  }

  private void runJob(ProcessInstance pi) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    management.executeJob(job.getId());
  }

  private static BpmnModelInstance withErrorPath() {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .exclusiveGateway("Gateway_Again")
        .serviceTask(TASK).name("Сформировать приказ о закреплении пар").camundaAsyncBefore()
        .camundaDelegateExpression("${generateDocument}")
        .camundaInputParameter("documentKind", "ORDER_PAIRS")
        .camundaExecutionListenerDelegateExpression("end", "${failOnce}")
        .boundaryEvent("Error_MissingRequisites").errorEventDefinition().error("MISSING_REQUISITES")
        .errorMessageVariable("requisitesMessage").errorEventDefinitionDone()
        .userTask("Task_FixRequisites").name("Исправить реквизиты школы").endEvent("EndEvent_Fix")
        .moveToActivity(TASK)
        .userTask("Task_SignOrder").name("Подписать приказ")
        .exclusiveGateway("Gateway_Redo")
        .condition("переделать", "${redo}").connectTo("Gateway_Again")
        .moveToNode("Gateway_Redo").condition("подписан", "${!redo}").endEvent("EndEvent_Signed")
        .done();
  }

  private static BpmnModelInstance withoutErrorPath() {
    return Bpmn.createExecutableProcess(PROCESS_UNCAUGHT).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask(TASK).name("Сформировать приказ о закреплении пар").camundaAsyncBefore()
        .camundaDelegateExpression("${generateDocument}")
        .camundaInputParameter("documentKind", "ORDER_PAIRS")
        .userTask("Task_SignOrder").name("Подписать приказ")
        .endEvent()
        .done();
  }
}
