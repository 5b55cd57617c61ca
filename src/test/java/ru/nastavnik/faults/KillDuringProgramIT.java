package ru.nastavnik.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.nastavnik.cluster.AppNode;
import ru.nastavnik.program.ProgramProcess.Preparation;

/**
 * kill -9 of the application (a separate JVM on the built classes, after {@code package}) in the middle of the demo program (H2 file database):
 * after a restart on the same data directory the acknowledged completion is there and the
 * program waits at the next task.
 */
class KillDuringProgramIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String DEMO_PASSWORD = "Nastavnik#2025";
  /** The demo profile's administrator password (application-demo.yaml). */
  static final String ADMIN_PASSWORD = "Nastavnik#Kl1uch2025";

  @TempDir Path dataDir;

  /** The application's arguments: the demo profile on an H2 file in {@link #dataDir}. */
  protected List<String> appArgs() {
    return List.of("--spring.profiles.active=demo", "--nastavnik.demo.password=" + DEMO_PASSWORD,
        "--nastavnik.demo.start-program=false");
  }

  protected String logName() {
    return "kill-nine-app.log";
  }

  @Test
  void anAcknowledgedCompletionSurvivesKillNineAndTheProgramContinues() throws Exception {
    Path log = Path.of("target", logName());
    Files.deleteIfExists(log);
    List<String> args = appArgs();

    String taskId;
    AppNode first = AppNode.fromClasspath(dataDir, log, args).awaitUp(Duration.ofMinutes(3));
    try {
      // the director starts the program (the demo loader may still be creating users: retried)
      HttpResponse<String> started = null;
      for (int i = 0; i < 60 && (started == null || started.statusCode() == 401); i++) {
        started = call(first, "POST", "/api/schools/starica/programs", Map.of("academicYear", "2030/31"));
        if (started.statusCode() == 401) {
          Thread.sleep(1000);
        }
      }
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      JsonNode order = task(first, Preparation.ISSUE_ORDER);
      taskId = order.path("id").asText();
      assertThat(call(first, "POST", "/api/tasks/" + taskId + "/claim", null).statusCode()).isEqualTo(204);
      HttpResponse<String> done = call(first, "POST", "/api/tasks/" + taskId + "/complete", Map.of(
          "regulationApproved", true));
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    } finally {
      first.kill(); // SIGKILL right after the acknowledgement
    }

    AppNode second = AppNode.fromClasspath(dataDir, log, args).awaitUp(Duration.ofMinutes(3));
    try {
      List<String> keys = new ArrayList<>();
      read(call(second, "GET", "/api/tasks", null)).forEach(t -> keys.add(t.path("taskDefinitionKey").asText()));
      assertThat(keys).doesNotContain(Preparation.ISSUE_ORDER).contains(Preparation.APPOINT_CURATOR);
      // history is the administrator's to read (the director has no history permissions)
      JsonNode history = read(callAs(second, "admin", ADMIN_PASSWORD, "GET", "/engine-rest/history/task?taskId=" + taskId, null));
      assertThat(history).hasSize(1);
      assertThat(history.get(0).path("endTime").isNull()).isFalse();
      assertThat(history.get(0).path("deleteReason").asText()).isEqualTo("completed");
    } finally {
      second.close();
    }
  }

  private static JsonNode task(AppNode node, String key) throws Exception {
    for (int i = 0; i < 120; i++) {
      HttpResponse<String> tasks = call(node, "GET", "/api/tasks", null);
      if (tasks.statusCode() != 200) {
        Thread.sleep(1000);
        continue;
      }
      for (JsonNode t : JSON.readTree(tasks.body())) {
        if (key.equals(t.path("taskDefinitionKey").asText())) {
          return t;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no task " + key);
  }

  private static HttpResponse<String> call(AppNode node, String method, String path, Object body) throws Exception {
    return callAs(node, "direktor", DEMO_PASSWORD, method, path, body);
  }

  private static HttpResponse<String> callAs(AppNode node, String user, String password, String method, String path,
      Object body) throws Exception {
    java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url(path)))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return java.net.http.HttpClient.newHttpClient().send(b.build(),
        HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static JsonNode read(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
