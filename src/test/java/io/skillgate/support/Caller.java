package io.skillgate.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One caller of the {@link PackagedApp}: a user with HTTP Basic credentials, a webapp session
 * (cookie and CSRF token), or nobody. Requests time out after 30 s, so an attack that makes the
 * server hang fails the test instead of blocking it.
 */
public final class Caller {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PackagedApp app;
  private final String user;
  private final String password;
  private final String cookies;
  private final String csrf;
  private final String clientAddress;

  Caller(PackagedApp app, String user, String password, String cookies, String csrf) {
    this(app, user, password, cookies, csrf, null);
  }

  private Caller(PackagedApp app, String user, String password, String cookies, String csrf, String clientAddress) {
    this.app = app;
    this.user = user;
    this.password = password;
    this.cookies = cookies;
    this.csrf = csrf;
    this.clientAddress = clientAddress;
  }

  /**
   * The same caller seen by the app as coming from another client address. The app trusts
   * X-Forwarded-For from proxies on loopback and private networks (as behind its TLS proxy), and
   * the test connects from loopback, so the header sets the address the app sees.
   */
  public Caller from(String address) {
    return new Caller(app, user, password, cookies, csrf, address);
  }

  /** The same session without its CSRF token (a forged cross-site request carries the cookie only). */
  public Caller withoutCsrfToken() {
    return new Caller(app, user, password, cookies, null, clientAddress);
  }

  /** The same user with another password (a wrong one, for login attacks). */
  public Caller withPassword(String otherPassword) {
    return new Caller(app, user, otherPassword, cookies, csrf, clientAddress);
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  public Reply delete(String path) throws IOException, InterruptedException {
    return send(request(path).DELETE());
  }

  public Reply post(String path, String json) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request to the app with this caller's credentials added by {@link #send}. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30));
  }

  public Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (cookies != null && !cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    if (clientAddress != null) {
      request.header("X-Forwarded-For", clientAddress);
    }
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  /** A status, a body, headers, and the body as JSON. */
  public record Reply(int status, String body, HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
