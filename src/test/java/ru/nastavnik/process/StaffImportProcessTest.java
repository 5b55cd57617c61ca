package ru.nastavnik.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.common.UserFacingException;

/**
 * «Загрузка списка сотрудников»: the task goes to whoever started the upload, its form is the
 * deployed embedded form with the file field, and the task listener decides: a refused file keeps
 * the task open, an accepted one ends the process. (The import itself runs in
 * {@code StaffImportTaskTest} against the real application.)
 */
@Deployment(resources = {"nastavnik/processes/staff-import.bpmn", "nastavnik/forms/staff-import.html"})
class StaffImportProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion.builder(
      ProcessTestDoubles.ENGINE_CONFIG).assertClassCoverageAtLeast(0.9).build();

  final List<String> received = new ArrayList<>();

  @BeforeEach
  void listener() {
    // stands for the import: refuses a file whose text says so, accepts any other and removes it
    Mocks.register("staffImportTasks", (TaskListener) task -> {
      FileValue file = task.getExecution().getVariableTyped("uiStaffFile");
      try (InputStream in = file.getValue()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains("ошибка")) {
          throw new UserFacingException("Файл не загружен: найдено ошибок — 1.\nСтрока 2, столбец «Фамилия»: не указана.");
        }
        received.add(file.getFilename());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      task.getExecution().removeVariable("uiStaffFile");
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    identityService().clearAuthentication();
  }

  @Test
  void theUploadGoesToWhoStartedItAndEndsOnceAFileIsAccepted() {
    identityService().setAuthenticatedUserId("kurator");
    ProcessInstance upload = runtimeService().startProcessInstanceByKey("staff-import");
    assertThat(upload).isWaitingAt("Task_UploadStaffFile");
    assertThat(task(upload)).isAssignedTo("kurator").hasName("Загрузить список сотрудников")
        .hasFormKey("embedded:deployment:nastavnik/forms/staff-import.html");
    org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(task(upload).getId()))
        .extracting(l -> l.getGroupId()).contains("curator", "deputy", "director");
    String html = new String(readAll(formService().getDeployedTaskForm(task(upload).getId())), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(html).contains("cam-variable-type=\"File\"", "cam-variable-name=\"uiStaffFile\"");

    String taskId = task(upload).getId();
    assertThatThrownBy(() -> formService().submitTaskForm(taskId, file("ошибка в строке")))
        .hasRootCauseInstanceOf(UserFacingException.class).hasMessageContaining("Строка 2, столбец «Фамилия»");
    assertThat(upload).isWaitingAt("Task_UploadStaffFile");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(upload.getId(), "uiStaffFile")).isNull();

    formService().submitTaskForm(taskId, file("Табельный номер;Фамилия"));
    assertThat(upload).isEnded().hasPassed("EndEvent_StaffImported").variables().doesNotContainKey("uiStaffFile");
    org.assertj.core.api.Assertions.assertThat(received).containsExactly("staff.csv");
    org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
  }

  static Map<String, Object> file(String content) {
    return Variables.createVariables().putValue("uiStaffFile", Variables.fileValue("staff.csv")
        .file(content.getBytes(StandardCharsets.UTF_8)).mimeType("text/csv").create());
  }

  static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
