package ru.nastavnik.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every file in processes/ and forms/ follows the conventions that make it open in Camunda
 * Modeler, render in Cockpit and run: full diagram interchange, stable ids, history time-to-live
 * and version tag, resolvable form references, a role or assignee on every user task, Russian
 * names, forms whose fields all have labels.
 */
class ModelConventionsTest {

  private static final Set<String> FLOW_NODES = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
      "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess", "startEvent", "endEvent",
      "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "sequenceFlow");
  private static final Pattern MODELER_RANDOM_ID = Pattern.compile("_[0-9a-z]{7}$");
  private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How a user task names an embedded form deployed from forms/. */
  private static final String EMBEDDED = "embedded:deployment:nastavnik/forms/";

  @Test
  void everyDiagramIsCompleteAndFollowsTheConventions() throws Exception {
    Set<String> formIds = new HashSet<>();
    for (Path form : ModelFiles.files(ModelFiles.FORMS, ".form")) {
      formIds.add(JSON.readTree(form.toFile()).path("id").asText());
    }
    List<String> problems = new ArrayList<>();
    List<Path> bpmns = ModelFiles.files(ModelFiles.PROCESSES, ".bpmn");
    assertThat(bpmns).hasSizeGreaterThanOrEqualTo(9);
    for (Path file : bpmns) {
      Document doc = ModelFiles.parse(file);
      Set<String> drawn = new HashSet<>();
      for (String tag : List.of("BPMNShape", "BPMNEdge")) {
        NodeList di = doc.getElementsByTagNameNS(ModelFiles.BPMNDI, tag);
        for (int i = 0; i < di.getLength(); i++) {
          drawn.add(((Element) di.item(i)).getAttribute("bpmnElement"));
        }
      }
      NodeList processes = doc.getElementsByTagNameNS(ModelFiles.BPMN, "process");
      for (int i = 0; i < processes.getLength(); i++) {
        Element p = (Element) processes.item(i);
        String expectedId = file.getFileName().toString().replace(".bpmn", "");
        if (!p.getAttribute("id").equals(expectedId)) {
          problems.add(file + ": process id " + p.getAttribute("id") + " differs from the file name");
        }
        for (String attr : List.of("historyTimeToLive", "versionTag")) {
          if (p.getAttributeNS(ModelFiles.CAMUNDA, attr).isBlank()) {
            problems.add(file + ": no camunda:" + attr);
          }
        }
        if (!CYRILLIC.matcher(p.getAttribute("name")).find()) {
          problems.add(file + ": process has no Russian name");
        }
      }
      NodeList all = doc.getElementsByTagNameNS(ModelFiles.BPMN, "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element el = (Element) all.item(i);
        String type = el.getLocalName();
        if (!FLOW_NODES.contains(type)) {
          continue;
        }
        String id = el.getAttribute("id");
        if (!drawn.contains(id)) {
          problems.add(file + ": " + type + " " + id + " has no diagram shape/edge");
        }
        if (MODELER_RANDOM_ID.matcher(id).find()) {
          problems.add(file + ": " + type + " " + id + " has a Modeler-random id");
        }
        if (type.endsWith("Task") || type.equals("callActivity")) {
          if (!CYRILLIC.matcher(el.getAttribute("name")).find()) {
            problems.add(file + ": " + id + " has no Russian name");
          }
        }
        if (type.equals("scriptTask")) {
          problems.add(file + ": " + id + " is a script task; use a delegate");
        }
        if (type.equals("userTask")) {
          if (el.getAttributeNS(ModelFiles.CAMUNDA, "candidateGroups").isBlank()
              && el.getAttributeNS(ModelFiles.CAMUNDA, "assignee").isBlank()) {
            problems.add(file + ": user task " + id + " has neither candidate groups nor assignee");
          }
          String ref = el.getAttributeNS(ModelFiles.CAMUNDA, "formRef");
          String key = el.getAttributeNS(ModelFiles.CAMUNDA, "formKey");
          if (ref.isBlank() && key.startsWith(EMBEDDED)) {
            // an embedded HTML form where a Camunda Form cannot do the job (a file upload): it must be
            // a file of forms/ deployed with the processes
            if (!java.nio.file.Files.exists(ModelFiles.FORMS.resolve(key.substring(EMBEDDED.length())))) {
              problems.add(file + ": user task " + id + " refers to missing embedded form " + key);
            }
          } else if (ref.isBlank()) {
            problems.add(file + ": user task " + id + " has no Camunda Form");
          } else if (!ref.startsWith("${") && !formIds.contains(ref)) {
            // an expression (the questionnaire form of a collection's template version) is resolved
            // at run time; QuestionnaireFormsTest checks that every template version has its form
            problems.add(file + ": user task " + id + " refers to missing form " + ref);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** processes.xml lists its resources (a class-path scan finds nothing in the executable jar). */
  @Test
  void theProcessArchiveListsEveryProcessDecisionAndForm() throws Exception {
    String xml = java.nio.file.Files.readString(Path.of("src/main/resources/META-INF/processes.xml"));
    List<String> listed = new ArrayList<>();
    java.util.regex.Matcher m = Pattern.compile("<resource>nastavnik/([^<]+)</resource>").matcher(xml);
    while (m.find()) {
      listed.add(m.group(1));
    }
    List<String> files = new ArrayList<>();
    for (Path p : ModelFiles.files(ModelFiles.PROCESSES, "")) {
      String name = p.toString().replace('\\', '/');
      if ((name.endsWith(".bpmn") || name.endsWith(".dmn")) && !name.startsWith("processes/schools/")) {
        files.add(name);
      }
    }
    ModelFiles.files(ModelFiles.FORMS, ".form").forEach(p -> files.add(p.toString().replace('\\', '/')));
    ModelFiles.files(ModelFiles.FORMS, ".html").forEach(p -> files.add(p.toString().replace('\\', '/')));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyFormHasRussianLabelsAndUniqueFieldIds() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, Path> ids = new java.util.HashMap<>();
    for (Path file : ModelFiles.files(ModelFiles.FORMS, ".form")) {
      JsonNode form = JSON.readTree(file.toFile());
      String id = form.path("id").asText();
      if (ids.put(id, file) != null) {
        problems.add(file + ": form id " + id + " used twice");
      }
      Set<String> fieldIds = new HashSet<>();
      checkComponents(file, form.path("components"), fieldIds, problems);
    }
    assertThat(ids).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  private void checkComponents(Path file, JsonNode components, Set<String> fieldIds, List<String> problems) {
    for (JsonNode c : components) {
      if (!fieldIds.add(c.path("id").asText())) {
        problems.add(file + ": component id " + c.path("id").asText() + " repeated");
      }
      String type = c.path("type").asText();
      if (c.has("key") || type.equals("dynamiclist")) {
        String label = c.has("dateLabel") ? c.path("dateLabel").asText() : c.path("label").asText();
        if (!CYRILLIC.matcher(label).find()) {
          problems.add(file + ": field " + c.path("key").asText() + " has no Russian label");
        }
      }
      if (c.has("components")) {
        checkComponents(file, c.path("components"), fieldIds, problems);
      }
    }
  }
}
