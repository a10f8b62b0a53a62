package io.skillgate.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.support.Api;
import io.skillgate.support.TestSupport;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Tasklist's own calls, made as Tasklist makes them: logged in through the webapps' login with a
 * session cookie and CSRF token, reading filters and their task lists as HAL from the webapps' API.
 */
final class TasklistSession {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Api api;
  private final HttpClient browser;
  private final String csrf;

  private TasklistSession(Api api, HttpClient browser, String csrf) {
    this.api = api;
    this.browser = browser;
    this.csrf = csrf;
  }

  static TasklistSession logIn(Api api, String user) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            api.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
            + URLEncoder.encode(TestSupport.passwordOf(user), StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + user + ": " + login.statusCode() + " " + login.body());
    }
    // The login starts a new session, whose token comes with the next read.
    HttpResponse<String> me = browser.send(HttpRequest.newBuilder(api.uri("/camunda/api/admin/auth/user/default"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    return new TasklistSession(api, browser, me.headers().firstValue("X-XSRF-TOKEN").orElse(token(cookies)));
  }

  private static String token(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  /** GET /filter as Tasklist's filter list asks for it. */
  JsonNode filters() throws Exception {
    return get(ENGINE + "/filter?resourceType=Task&itemCount=false&firstResult=0&maxResults=50");
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> r = browser.send(HttpRequest.newBuilder(api.uri(path)).header("Accept", "application/json")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** One page of a filter's tasks, HAL with the filter's variables embedded, as Tasklist's list asks for it. */
  JsonNode list(String filterId, int firstResult, String searchBody) throws Exception {
    HttpResponse<String> r = browser.send(HttpRequest.newBuilder(
            api.uri(ENGINE + "/filter/" + filterId + "/list?firstResult=" + firstResult + "&maxResults=15"))
        .header("Accept", "application/hal+json, application/json; q=0.5").header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(searchBody)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError("filter " + filterId + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }
}
