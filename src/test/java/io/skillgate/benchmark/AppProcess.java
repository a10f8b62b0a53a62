package io.skillgate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An application started as its own JVM (like `java -jar`), with the project's runtime classpath,
 * timed from process start until /actuator/health answers UP. Stopped by its own process handle.
 */
final class AppProcess implements AutoCloseable {

  static final Path TARGET = Path.of(System.getProperty("skillgate.benchmark.target", "target"));

  private final Process process;
  final int port;
  final long readyMillis;
  final Path log;

  private AppProcess(Process process, int port, long readyMillis, Path log) {
    this.process = process;
    this.port = port;
    this.readyMillis = readyMillis;
    this.log = log;
  }

  /** SkillGate itself: target/classes plus the runtime dependencies. */
  static List<String> skillGateClasspath() {
    return List.of(TARGET.resolve("classes").toString(), dependencies());
  }

  /** The same dependencies without any SkillGate class or resource, plus the benchmark's bare app class. */
  static List<String> bareClasspath() {
    return List.of(TARGET.resolve("test-classes").toString(), dependencies());
  }

  private static String dependencies() {
    Path file = TARGET.resolve("benchmark-classpath.txt");
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks with -Pbenchmark: it writes " + file, e);
    }
  }

  static AppProcess start(String name, List<String> classpath, String mainClass, Map<String, String> env,
      List<String> args) throws Exception {
    int port = freePort();
    Path log = TARGET.resolve("benchmark-" + name + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(java.io.File.pathSeparator, classpath), mainClass, "--server.port=" + port));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start-up; see " + log);
      }
      if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " not ready after 3 minutes; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    return new AppProcess(process, port, (System.nanoTime() - start) / 1_000_000, log);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Resident memory of the JVM now, from /proc (Linux). */
  long rssMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS for " + process.pid());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
