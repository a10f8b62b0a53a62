package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person logged in to Tasklist, calling the webapps' engine API as Tasklist does: session cookie
 * and CSRF token, paths under {@code /camunda/api/engine/engine/default}.
 */
public final class TasklistSession {

  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private final String baseUrl;
  private final String user;
  private final HttpClient browser;
  private final CookieManager cookies;
  private String token;

  private TasklistSession(String baseUrl, String user, CookieManager cookies) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.cookies = cookies;
    this.browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Opens Tasklist (session and CSRF cookie) and logs in with the test user's password. */
  public static TasklistSession logIn(Api api, String user) {
    return logIn(api.baseUrl(), user, TestSupport.passwordOf(user));
  }

  /** The same, for an application at baseUrl (one the benchmarks start in its own JVM, say). */
  public static TasklistSession logIn(String baseUrl, String user, String password) {
    TasklistSession session = new TasklistSession(baseUrl, user, new CookieManager());
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + user + ": " + login.statusCode() + " " + login.body());
    }
    // The login starts a new session; its CSRF token comes with the next read, as Tasklist reads it.
    HttpResponse<String> me = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")).GET());
    session.token = me.headers().firstValue("X-XSRF-TOKEN").orElseGet(session::csrf);
    return session;
  }

  public String user() {
    return user;
  }

  /** GET of an engine resource, path after {@link #ENGINE}. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(ENGINE + path)).GET());
  }

  /** POST of JSON to an engine resource, path after {@link #ENGINE}. */
  public HttpResponse<String> post(String path, String json) {
    return post(path, json, "application/json");
  }

  /** The same, asking for a media type (Tasklist asks for task lists as HAL: application/hal+json). */
  public HttpResponse<String> post(String path, String json, String accept) {
    return send(HttpRequest.newBuilder(uri(ENGINE + path)).header("Content-Type", "application/json")
        .header("Accept", accept).header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
