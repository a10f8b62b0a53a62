package io.skillgate.benchmark;

import static io.skillgate.benchmark.BenchmarkReport.f;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.support.TasklistSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Requests to an application started by {@link AppProcess}, as one of its users (HTTP Basic), and the
 * Tasklist filter timings the PostgreSQL benchmarks take: the page and the count, asked as Tasklist
 * asks them (logged in, over the webapps' API).
 */
final class AppRest {

  private static final String HAL = "application/hal+json";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final AppProcess app;
  private final UnaryOperator<String> passwords;
  /** Each user's Tasklist login, kept like a browser keeps its session. */
  private final Map<String, TasklistSession> sessions = new ConcurrentHashMap<>();

  AppRest(AppProcess app, UnaryOperator<String> passwords) {
    this.app = app;
    this.passwords = passwords;
  }

  String send(String user, String method, String path, String body, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + passwords.apply(user))
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", accept)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " as " + user + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** Sorted times of a GET after three warm-up requests. */
  long[] timeGet(String user, String path, int samples) throws Exception {
    for (int i = 0; i < 3; i++) {
      send(user, "GET", path, null, "application/json");
    }
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      send(user, "GET", path, null, "application/json");
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /**
   * A shared Tasklist filter as the user sees it in Tasklist: logged in once (session cookie and CSRF
   * token, as the browser is), the first page of 15 (HAL) and the count from the webapps' engine API,
   * sorted times.
   */
  QueryLatencyBenchmark.Samples filter(String user, String filterName, int samples, BenchmarkReport report)
      throws Exception {
    TasklistSession tasklist = sessions.computeIfAbsent(user,
        u -> TasklistSession.logIn(app.baseUrl(), u, passwords.apply(u)));
    JsonNode filters = json.readTree(ok(tasklist, "GET /filter",
        tasklist.get("/filter?resourceType=Task&firstResult=0&maxResults=50")));
    String id = null;
    for (JsonNode f : filters) {
      if (filterName.equals(f.get("name").asText())) {
        id = f.get("id").asText();
      }
    }
    if (id == null) {
      throw new IllegalStateException(user + " cannot see the filter " + filterName + ": " + filters);
    }
    // Tasklist asks for the page (HAL, with assignees and candidate groups embedded) and the count.
    String list = "/filter/" + id + "/list?firstResult=0&maxResults=15";
    String count = "/filter/" + id + "/count";
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    for (int i = 0; i < 3; i++) {
      ok(tasklist, list, tasklist.post(list, body, HAL));
      ok(tasklist, count, tasklist.post(count, body));
    }
    long[] listNanos = new long[samples];
    long[] countNanos = new long[samples];
    long seen = -1;
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      ok(tasklist, list, tasklist.post(list, body, HAL));
      listNanos[i] = System.nanoTime() - t;
      t = System.nanoTime();
      String n = ok(tasklist, count, tasklist.post(count, body));
      countNanos[i] = System.nanoTime() - t;
      if (i == 0) {
        seen = json.readTree(n).get("count").asLong();
        report.note(f("%s sees %d tasks in \"%s\".", user, seen, filterName));
      }
    }
    Arrays.sort(listNanos);
    Arrays.sort(countNanos);
    return new QueryLatencyBenchmark.Samples(listNanos, countNanos, seen);
  }

  private static String ok(TasklistSession tasklist, String what, HttpResponse<String> r) {
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(what + " in Tasklist as " + tasklist.user() + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }
}
