package ru.nastavnik.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/**
 * Answers a task's Camunda Form the way an agreeable person would, from the form itself
 * ({@code GET /engine-rest/task/{id}/deployed-form}): every required field gets a valid value —
 * «yes»/«recommend»/«approve»/«keep» where offered, else the highest score, else the first option;
 * options taken from the form or from the view variable the field names; text, numbers and dates.
 * Used by drivers that run whole programs through tasks they do not know one by one.
 */
public final class FormAutoAnswer {

  private static final List<String> AGREEABLE = List.of("yes", "recommend", "approve", "keep", "select");

  private FormAutoAnswer() {}

  /** The form's id (e.g. {@code questionnaire-feedback-mentee-v1}) and the answers. */
  public record Answers(String formId, Map<String, Object> values) {}

  public static Answers answer(ApiClient client, String taskId) {
    ResponseEntity<String> form = client.get("/engine-rest/task/" + taskId + "/deployed-form");
    if (form.getStatusCode().value() != 200 || form.getBody() == null) {
      return new Answers(null, new HashMap<>());
    }
    JsonNode schema = ApiClient.read(form.getBody());
    Map<String, String> shown = client.formVariables(taskId);
    Map<String, Object> values = new HashMap<>();
    fill(schema.path("components"), shown, values);
    return new Answers(schema.path("id").asText(null), values);
  }

  private static void fill(JsonNode components, Map<String, String> shown, Map<String, Object> values) {
    for (JsonNode c : components) {
      if (c.has("components")) {
        fill(c.path("components"), shown, values);
      }
      String key = c.path("key").asText(null);
      if (key == null || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
        continue;
      }
      String type = c.path("type").asText();
      boolean required = c.path("validate").path("required").asBoolean(false);
      if (!required && !type.equals("radio")) {
        continue;
      }
      List<String> options = options(c, shown);
      switch (type) {
        case "radio", "select" -> {
          if (!options.isEmpty()) {
            values.put(key, pick(options));
          }
        }
        case "checklist", "taglist" -> {
          if (!options.isEmpty()) {
            values.put(key, List.of(options.get(0)));
          }
        }
        case "number" -> values.put(key, Math.max(1, c.path("validate").path("min").asInt(1)));
        case "datetime" -> values.put(key, LocalDate.now().toString());
        case "checkbox" -> values.put(key, true);
        default -> values.put(key, "Ответ: " + c.path("label").asText(key));
      }
    }
  }

  private static List<String> options(JsonNode c, Map<String, String> shown) {
    List<String> options = new java.util.ArrayList<>();
    c.path("values").forEach(v -> options.add(v.path("value").asText()));
    String valuesKey = c.path("valuesKey").asText(null);
    if (options.isEmpty() && valuesKey != null && shown.get(valuesKey) != null) {
      ApiClient.read(shown.get(valuesKey)).forEach(v -> options.add(v.path("value").asText()));
    }
    return options;
  }

  private static String pick(List<String> options) {
    for (String agreeable : AGREEABLE) {
      if (options.contains(agreeable)) {
        return agreeable;
      }
    }
    if (options.stream().allMatch(o -> o.matches("-?\\d+"))) {
      return options.stream().max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
    }
    return options.get(0);
  }
}
