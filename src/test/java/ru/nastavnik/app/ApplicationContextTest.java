package ru.nastavnik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import ru.nastavnik.model.ModelFiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationContextTest {

  /** Attributes whose expressions call beans (conditions read variables and are not checked here). */
  private static final List<String> BEAN_ATTRIBUTES = List.of("delegateExpression", "collection", "assignee",
      "dueDate", "followUpDate", "calledElementTenantId", "candidateGroups");
  private static final Pattern EXPRESSION_ROOT = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  @Autowired
  RepositoryService repository;

  @Autowired
  ApplicationContext context;

  @Test
  void deploysEveryProcessDecisionAndFormAsOneProcessApplication() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .extracting(d -> d.getKey())
        .contains("mentoring-program", "stage-preparation", "stage-mentee-base", "stage-mentor-selection",
            "stage-pairs", "mentee-support", "stage-pair-work", "mentoring-pair", "stage-completion");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("effectiveness-level").count()).isOne();
    var deployment = repository.createDeploymentQuery().deploymentName("nastavnik-shared").list();
    assertThat(deployment).hasSize(1);
    List<String> resources = repository.getDeploymentResourceNames(deployment.get(0).getId());
    assertThat(resources).contains("nastavnik/processes/mentoring-program.bpmn", "nastavnik/forms/form-form-pairs.form",
        "nastavnik/processes/effectiveness-level.dmn");
    assertThat(resources.stream().filter(r -> r.endsWith(".form")))
        .hasSize(ModelFiles.files(ModelFiles.FORMS, ".form").size());
  }

  @Test
  void everyExpressionInTheDiagramsCallsAnExistingBean() {
    List<String> missing = new ArrayList<>();
    for (Path file : ModelFiles.files(ModelFiles.PROCESSES, ".bpmn")) {
      Document doc = ModelFiles.parse(file);
      NodeList all = doc.getElementsByTagName("*");
      // the variable a start event's camunda:initiator names holds the starting user
      List<String> initiators = new ArrayList<>();
      for (int i = 0; i < all.getLength(); i++) {
        String initiator = ((Element) all.item(i)).getAttributeNS("http://camunda.org/schema/1.0/bpmn", "initiator");
        if (!initiator.isEmpty()) {
          initiators.add(initiator);
        }
      }
      for (int i = 0; i < all.getLength(); i++) {
        NamedNodeMap attrs = ((Element) all.item(i)).getAttributes();
        for (int j = 0; j < attrs.getLength(); j++) {
          Attr attr = (Attr) attrs.item(j);
          String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
          if (!BEAN_ATTRIBUTES.contains(local)) {
            continue;
          }
          Matcher m = EXPRESSION_ROOT.matcher(attr.getValue());
          while (m.find()) {
            String root = m.group(1);
            if (!root.equals("execution") && !root.equals("task") && !isVariable(root) && !initiators.contains(root)
                && !context.containsBean(root)) {
              missing.add(file.getFileName() + ": " + attr.getValue());
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Variables a diagram may read directly in these attributes. */
  private static boolean isVariable(String name) {
    return List.of("noMeetingsPeriod", "rowGroup", "rowDue", "rowFollowUp",
        "introductoryDeadline", "mentorUsername").contains(name);
  }
}
