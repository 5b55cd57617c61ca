package ru.nastavnik.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract rules on their own, without an engine. */
class VariantContractTest {

  /** Knows the shared keys; the shared mentoring-program expects the message «programCancelled». */
  static final VariantContract.Known KNOWN = new VariantContract.Known() {
    @Override
    public boolean processExists(String key, String tenantId) {
      return key.startsWith("stage-") && !key.equals("stage-unknown");
    }

    @Override
    public Set<String> sharedMessages(String key) {
      return key.equals("mentoring-program") ? Set.of("programCancelled") : Set.of();
    }
  };

  static final VariantContract.Known NO_MESSAGES = new VariantContract.Known() {
    @Override
    public boolean processExists(String key, String tenantId) {
      return KNOWN.processExists(key, tenantId);
    }

    @Override
    public Set<String> sharedMessages(String key) {
      return Set.of();
    }
  };

  static byte[] read(String file) throws Exception {
    return Files.readAllBytes(Path.of("processes/schools/" + file));
  }

  @Test
  void everySchoolsOwnDiagramKeepsTheContract() throws Exception {
    for (String school : List.of("iroso", "akbulak", "kz", "stepnoe")) {
      try (var files = Files.list(Path.of("processes/schools", school))) {
        Map<String, byte[]> bpmn = new java.util.TreeMap<>();
        for (Path p : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
          bpmn.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        assertThat(VariantContract.check(bpmn, school, NO_MESSAGES)).as(school).isEmpty();
      }
    }
  }

  @Test
  void aMissingEndListenerAndALostMessageAreNamed() throws Exception {
    String xml = new String(read("iroso/mentoring-program.bpmn"), StandardCharsets.UTF_8)
        .replace("<camunda:executionListener delegateExpression=\"${programLifecycle}\" event=\"end\" />", "");
    List<String> problems = VariantContract.check(Map.of("mentoring-program.bpmn", xml.getBytes(StandardCharsets.UTF_8)),
        "iroso", KNOWN);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).contains("конечное событие").contains("${programLifecycle}");
    assertThat(problems.get(1)).contains("programCancelled");
  }

  @Test
  void aCalledProcessMustExistAndReceiveTheProgramVariables() throws Exception {
    String xml = new String(read("kz/mentoring-program.bpmn"), StandardCharsets.UTF_8)
        .replace("<camunda:in source=\"academicYear\" target=\"academicYear\" />", "");
    // kz-mentorship and stage-introductory are deployed together with the program: found in the same deployment
    assertThat(VariantContract.check(Map.of("a.bpmn", xml.getBytes(StandardCharsets.UTF_8),
        "b.bpmn", read("kz/stage-introductory.bpmn"), "c.bpmn", read("kz/kz-mentorship.bpmn")), "kz", NO_MESSAGES))
        .singleElement().asString().contains("academicYear");
    // a mentorship without its stage in the deployment, the stage unknown to the engine: refused
    assertThat(VariantContract.check(Map.of("a.bpmn", read("kz/kz-mentorship.bpmn")), "kz",
        new VariantContract.Known() {
          @Override
          public boolean processExists(String key, String tenantId) {
            return false;
          }

          @Override
          public Set<String> sharedMessages(String key) {
            return Set.of();
          }
        })).singleElement().asString().contains("«stage-introductory» не найден");
  }

  @Test
  void theFormsOfUserTasksMustComeWithTheDeployment() throws Exception {
    Map<String, byte[]> bpmn = Map.of("kz/stage-introductory.bpmn", read("kz/stage-introductory.bpmn"));
    assertThat(VariantContract.missingForms(bpmn, Set.of("form-variant-step", "form-mentorship-diagnostics",
        "form-mentorship-plan", "form-mentorship-plan-review", "form-fix-requisites"))).isEmpty();
    assertThat(VariantContract.missingForms(bpmn, Set.of())).hasSize(6).first().asString()
        .contains("форма «form-mentorship-diagnostics» не входит в развёртывание");
    assertThat(VariantContract.missingForms(bpmn, Set.of("form-mentorship-diagnostics", "form-mentorship-plan",
        "form-mentorship-plan-review", "form-fix-requisites"))).singleElement().asString()
        .contains("Task_ReviewOverdueIntroductory").contains("форма «form-variant-step» не входит в развёртывание");
  }

  @Test
  void aFileThatIsNotBpmnIsRefused() {
    assertThat(VariantContract.check(Map.of("x.bpmn", "<not-bpmn/>".getBytes(StandardCharsets.UTF_8)), "kz", KNOWN))
        .singleElement().asString().contains("не читается");
  }
}
