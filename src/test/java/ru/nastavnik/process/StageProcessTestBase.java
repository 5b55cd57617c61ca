package ru.nastavnik.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Common set-up of the stage process tests: the test doubles and a start with the program's variables. */
abstract class StageProcessTestBase {

  ProcessTestDoubles.Registered doubles;

  @BeforeEach
  void registerDoubles() {
    doubles = ProcessTestDoubles.register();
  }

  @AfterEach
  void resetDoubles() {
    Mocks.reset();
  }

  /** Runs the instance's due jobs (order generation, matching) as the job executor would. */
  static void runJobs(ProcessInstance instance) {
    var management = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService();
    for (int i = 0; i < 10; i++) {
      var jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  static ProcessInstance start(String key, Object... extra) {
    Map<String, Object> vars = withVariables("programId", 1L, "schoolCode", "starica", "academicYear", "2025/26");
    for (int i = 0; i < extra.length; i += 2) {
      vars.put((String) extra[i], extra[i + 1]);
    }
    return runtimeService().startProcessInstanceByKey(key, "starica-2025/26", vars);
  }
}
