package io.skillgate.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * SkillGate as a newcomer runs it: the packaged jar on the embedded default (H2 file database,
 * demo users and contracts, job executor on), in its own JVM, reached over HTTP only. The
 * security tests attack it as the demo's vendors, reviewer and anonymous callers would.
 *
 * <p>One instance per test JVM, started on first use and stopped when the JVM exits. Its data
 * folder is fresh for every run; its log is {@code target/security-logs/app.log}.
 */
public final class PackagedApp {

  public static final String ADMIN = "admin";
  /** Harbor Mutual's reviewer (the client side). */
  public static final String REVIEWER = "rita";
  /** Northwind's vendor user. */
  public static final String VENDOR_A = "nora";
  /** Oakfield's vendor user: Northwind's competitor. */
  public static final String VENDOR_B = "oscar";

  private static PackagedApp running;

  private final int port;
  private final Path dataDir;
  private final Path log;
  private final String adminPassword;
  private final Process process;

  private PackagedApp(int port, Path dataDir, Path log, String adminPassword, Process process) {
    this.port = port;
    this.dataDir = dataDir;
    this.log = log;
    this.adminPassword = adminPassword;
    this.process = process;
  }

  /** The running app, started (and its demo data awaited) on first call. */
  public static synchronized PackagedApp get() {
    if (running == null) {
      try {
        running = start();
      } catch (Exception e) {
        throw new IllegalStateException("could not start the packaged app: " + e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
    }
    return running;
  }

  private static PackagedApp start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path root = Path.of("target", "security-run").toAbsolutePath();
    Path dataDir = root.resolve("data-" + UUID.randomUUID());
    Files.createDirectories(dataDir);
    Path log = root.resolve("app.log");
    // Meets the password policy (no user id or name in it), or the app refuses to create the admin.
    String adminPassword = "Sg-" + UUID.randomUUID() + "-Pw1!";
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-jar", PackagedJar.path().toAbsolutePath().toString(),
        "--server.port=" + port))
        .directory(dataDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("SKILLGATE_DATA_DIR", dataDir.toString());
    // No SKILLGATE_PROCESSES_DIR, and a working folder outside the repository: the jar runs on the models it carries.
    builder.environment().remove("SKILLGATE_PROCESSES_DIR");
    builder.environment().put("SKILLGATE_ADMIN_PASSWORD", adminPassword);
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    PackagedApp app = new PackagedApp(port, dataDir, log, adminPassword, builder.start());
    app.awaitDemoData(Duration.ofMinutes(3));
    return app;
  }

  /** Up means: health answers, and the demo contracts are there for their vendor. */
  private void awaitDemoData(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        Caller.Reply contracts = as(VENDOR_A).get("/api/contracts");
        if (contracts.status() == 200 && contracts.body().contains("HMI-NW")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the app did not come up within " + timeout + ":\n" + logTail());
  }

  public Caller as(String user) {
    return new Caller(this, user, passwordOf(user), null, null);
  }

  public Caller anonymous() {
    return new Caller(this, null, null, null, null);
  }

  /**
   * A user logged in to the Camunda webapps the way Tasklist logs in: the session cookie and the
   * CSRF token that the webapps' API wants on every state-changing call.
   */
  public Caller session(String user) throws IOException, InterruptedException {
    // As Tasklist does it: a GET hands out the CSRF token that the login POST must carry; the login
    // starts a new session, whose token the next GET hands out.
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).build();
    String token = csrfToken(browser);
    String form = "username=" + user + "&password=" + passwordOf(user);
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + user + " answered " + login.statusCode() + ": " + login.body());
    }
    String csrf = csrfToken(browser);
    String cookies = String.join("; ", ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
        .getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    return new Caller(this, null, null, cookies, csrf);
  }

  private String csrfToken(HttpClient browser) throws IOException, InterruptedException {
    HttpResponse<String> me = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return me.headers().firstValue("X-XSRF-TOKEN")
        .orElseThrow(() -> new IllegalStateException("no CSRF token from the webapp: " + me.statusCode()));
  }

  public String passwordOf(String user) {
    // The demo users' password is their user id (README, the tour).
    return ADMIN.equals(user) ? adminPassword : user;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The app's working and data folder: files an attack must not create would appear here or below. */
  public Path dataDir() {
    return dataDir;
  }

  public String log() throws IOException {
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

  private void stop() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
