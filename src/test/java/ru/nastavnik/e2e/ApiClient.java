package ru.nastavnik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A staff member using the REST API the way Tasklist does: list tasks, claim, complete. */
public class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final String user;
  private final String password;

  public ApiClient(TestRestTemplate rest, String user, String password) {
    this.rest = rest;
    this.user = user;
    this.password = password;
  }

  public ResponseEntity<String> get(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  public ResponseEntity<String> post(String path, Object body) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class);
  }

  public JsonNode json(String path) {
    ResponseEntity<String> response = get(path);
    assertThat(response.getStatusCode().value()).as(user + " GET " + path + ": " + response.getBody()).isEqualTo(200);
    return read(response.getBody());
  }

  public List<JsonNode> tasks() {
    List<JsonNode> list = new java.util.ArrayList<>();
    json("/api/tasks").forEach(list::add);
    return list;
  }

  public List<JsonNode> tasks(String key) {
    return tasks().stream().filter(t -> key.equals(t.path("taskDefinitionKey").asText())).toList();
  }

  public JsonNode task(String key) {
    List<JsonNode> found = tasks(key);
    assertThat(found).as(user + " should have a task " + key + " among " + tasks().stream()
        .map(t -> t.path("taskDefinitionKey").asText()).toList()).isNotEmpty();
    return found.get(0);
  }

  public Map<String, String> formVariables(String taskId) {
    JsonNode node = json("/api/tasks/" + taskId + "/form-variables");
    Map<String, String> vars = new java.util.HashMap<>();
    node.fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asText()));
    return vars;
  }

  /** Claims and completes the task; asserts success. */
  public void complete(String taskId, Map<String, Object> values) {
    ResponseEntity<String> claim = post("/api/tasks/" + taskId + "/claim", null);
    assertThat(claim.getStatusCode().value()).as("claim: " + claim.getBody()).isEqualTo(204);
    ResponseEntity<String> done = post("/api/tasks/" + taskId + "/complete", values);
    assertThat(done.getStatusCode().value()).as(user + " completes " + taskId + ": " + done.getBody()).isEqualTo(204);
  }


  public void act(String key, Map<String, Object> values) {
    complete(task(key).path("id").asText(), values);
  }

  public static JsonNode read(String body) {
    try {
      return JSON.readTree(body == null ? "null" : body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }

  private HttpHeaders headers() {
    HttpHeaders h = new HttpHeaders();
    h.setBasicAuth(user, password);
    h.setContentType(MediaType.APPLICATION_JSON);
    h.setAccept(List.of(MediaType.APPLICATION_JSON));
    return h;
  }
}
