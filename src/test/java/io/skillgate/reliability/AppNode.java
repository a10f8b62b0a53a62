package io.skillgate.reliability;

import io.skillgate.support.PackagedJar;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One SkillGate node as operators run it: the packaged jar in its own JVM with the postgres
 * profile and the job executor on, configured through the environment only. Its log goes to a
 * file the tests read afterwards (secrets must not appear in it).
 */
final class AppNode implements AutoCloseable {

  static final String ADMIN = "admin";

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private final String adminPassword;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AppNode(String name, int port, Path log, Process process, String adminPassword) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
    this.adminPassword = adminPassword;
  }

  static AppNode start(String name, Map<String, String> environment, String adminPassword) throws IOException {
    int port = PrivatePostgres.freePort();
    Path logs = Path.of("target", "fault-logs");
    Files.createDirectories(logs);
    Path log = logs.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-jar", PackagedJar.path().toString(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        // The engine writes this into ACT_HI_JOB_LOG.HOSTNAME_, so the tests see which node ran a job.
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("SKILLGATE_ADMIN_PASSWORD", adminPassword);
    builder.environment().put("SKILLGATE_PROCESSES_DIR", Path.of("processes").toAbsolutePath().toString());
    return new AppNode(name, port, log, builder.start(), adminPassword);
  }

  /** Waits for the health endpoint; fails with the log's tail when the node does not come up. */
  AppNode awaitUp(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        if (get(null, "/actuator/health").status() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(name + " did not start within " + timeout + ":\n" + logTail());
  }

  String name() {
    return name;
  }

  /** kill -9: no shutdown hook, no graceful stop of the job executor, locks stay in the database. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private String logTail() {
    try {
      String all = log();
      return all.substring(Math.max(0, all.length() - 4000));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  Reply get(String user, String path) throws IOException, InterruptedException {
    return send(user, null, HttpRequest.newBuilder(uri(path)).GET());
  }

  Reply post(String user, String path, String json) throws IOException, InterruptedException {
    return send(user, null, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply send(String user, String password, HttpRequest.Builder request) throws IOException, InterruptedException {
    if (user != null) {
      String secret = password != null ? password : ADMIN.equals(user) ? adminPassword : user + "-pw";
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers().allValues("Set-Cookie"));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  record Reply(int status, String body, List<String> cookies) {}
}
