package ru.nastavnik.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark, run on demand against a running application (not part of {@code mvn verify}):
 * N simulated staff users of the demo school do what Tasklist does — list their tasks, claim one,
 * complete it — for a fixed time, while a feeder keeps work available. Prints throughput,
 * p50/p95/p99 latency per operation and the error count (409/404 are expected conflicts when two
 * users pick the same task).
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" ru.nastavnik.load.TasklistLoadBenchmark \
 *     http://127.0.0.1:8080 50 60 Nastavnik#2025 Nastavnik#Kl1uch2025
 * </pre>
 * Arguments: base URL, users, seconds, demo password, admin password.
 */
public final class TasklistLoadBenchmark {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://nastavnik.ru/bench">
        <bpmn:process id="loadBenchmark" name="Нагрузочный тест" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
          <bpmn:userTask id="work" name="Отметить встречу" camunda:candidateGroups="load-benchmark"/>
          <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  record Sample(String op, long nanos, int status) {
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    String password = args.length > 3 ? args[3] : "Nastavnik#2025";
    String adminPassword = args.length > 4 ? args[4] : "Nastavnik#Kl1uch2025";
    List<String> logins = demoLogins();
    String admin = basic("admin", adminPassword);

    deploy(base, admin);
    // a group of all demo staff, so that every simulated user sees the benchmark's tasks
    send(base, "POST", "/engine-rest/group/create", Map.of("id", "load-benchmark", "name", "Нагрузочный тест",
        "type", "WORKFLOW"), admin);
    for (String login : logins) {
      send(base, "PUT", "/engine-rest/group/load-benchmark/members/" + login, null, admin);
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong started = new AtomicLong();
    Thread feeder = new Thread(() -> {
      while (running.get()) {
        try {
          long open = JSON.readTree(send(base, "GET", "/engine-rest/task/count?processDefinitionKey=loadBenchmark",
              null, admin).body()).path("count").asLong();
          for (long i = open; i < 400 && running.get(); i++) {
            send(base, "POST", "/engine-rest/process-definition/key/loadBenchmark/start", Map.of("variables", Map.of(
                "schoolCode", Map.of("value", "starica", "type", "String"))), admin);
            started.incrementAndGet();
          }
          Thread.sleep(200);
        } catch (Exception e) {
          if (running.get()) {
            System.err.println("feeder: " + e);
          }
        }
      }
    });
    feeder.start();
    Thread.sleep(3000);

    List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    AtomicLong completed = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      String auth = basic(logins.get(u % logins.size()), password);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          try {
            HttpResponse<String> list = timed(samples, statuses, "list", () -> send(base, "GET", "/api/tasks", null, auth));
            List<String> free = new ArrayList<>();
            for (JsonNode task : JSON.readTree(list.body())) {
              if ("work".equals(task.path("taskDefinitionKey").asText()) && task.path("assignee").isNull()) {
                free.add(task.path("id").asText());
              }
            }
            if (free.isEmpty()) {
              Thread.sleep(50);
              continue;
            }
            String id = free.get(ThreadLocalRandom.current().nextInt(Math.min(free.size(), 20)));
            HttpResponse<String> claim = timed(samples, statuses, "claim",
                () -> send(base, "POST", "/api/tasks/" + id + "/claim", null, auth));
            if (claim.statusCode() != 204) {
              continue;
            }
            HttpResponse<String> done = timed(samples, statuses, "complete",
                () -> send(base, "POST", "/api/tasks/" + id + "/complete", Map.of("note", "ok"), auth));
            if (done.statusCode() == 204) {
              completed.incrementAndGet();
            }
          } catch (Exception e) {
            statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    running.set(false);
    feeder.join();

    System.out.printf("%n%d users, %d s against %s: %d tasks completed (%.1f /s), %d instances started%n",
        users, seconds, base, completed.get(), completed.get() / (double) seconds, started.get());
    for (String op : List.of("list", "claim", "complete")) {
      List<Long> ms = new ArrayList<>();
      synchronized (samples) {
        samples.stream().filter(s -> s.op().equals(op)).forEach(s -> ms.add(s.nanos()));
      }
      Collections.sort(ms);
      if (ms.isEmpty()) {
        continue;
      }
      System.out.printf("  %-8s %6d requests %7.1f /s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms%n", op, ms.size(),
          ms.size() / (double) seconds, pct(ms, 50), pct(ms, 95), pct(ms, 99));
    }
    System.out.println("  HTTP statuses (409/404 = expected conflicts, -1 = I/O errors): " + statuses);
  }

  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  static HttpResponse<String> timed(List<Sample> samples, Map<Integer, AtomicLong> statuses, String op, Call call)
      throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r = call.run();
    samples.add(new Sample(op, System.nanoTime() - t0, r.statusCode()));
    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
    return r;
  }

  static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
  }

  static void deploy(String base, String admin) throws Exception {
    String boundary = "----nastavnik" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nload-benchmark\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"loadBenchmark.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + BPMN + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
        .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("deployment failed: " + r.statusCode() + " " + r.body());
    }
  }

  static HttpResponse<String> send(String base, String method, String path, Object body, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", auth).header("Accept", "application/json").header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Logins of the demo school's staff, from the demo staff file. */
  static List<String> demoLogins() throws Exception {
    List<String> logins = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TasklistLoadBenchmark.class.getResourceAsStream("/demo/staff-starica.csv"), StandardCharsets.UTF_8))) {
      String[] header = in.readLine().replace("\uFEFF", "").split(";");
      int column = List.of(header).indexOf("Логин");
      String line;
      while ((line = in.readLine()) != null) {
        // quoted fields contain "; " — split on ; outside quotes
        String[] cells = line.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        if (cells.length > column && !cells[column].isBlank()) {
          logins.add(cells[column].trim());
        }
      }
    }
    return logins;
  }
}
