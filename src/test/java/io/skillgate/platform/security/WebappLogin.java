package io.skillgate.platform.security;

import io.skillgate.support.Caller;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda webapps' login as a browser does it: open Tasklist (session and CSRF token), post
 * the form with the token; then, for calls of the webapps' API, fetch the token of the new session.
 */
final class WebappLogin {

  private WebappLogin() {}

  /** Posts the login form; {@code anonymous} decides the client address the app sees. */
  static Caller.Reply login(Caller anonymous, String user, String password) throws Exception {
    Caller.Reply page = anonymous.get("/camunda/app/tasklist/default/");
    Map<String, String> cookies = cookies(new LinkedHashMap<>(), page);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return anonymous.send(anonymous.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", header(cookies))
        .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Logs in and answers a request builder that carries the new session's cookies and CSRF token. */
  static Session session(Caller anonymous, String user, String password) throws Exception {
    Caller.Reply page = anonymous.get("/camunda/app/tasklist/default/");
    Map<String, String> cookies = cookies(new LinkedHashMap<>(), page);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Caller.Reply login = anonymous.send(anonymous.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", header(cookies))
        .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.status() != 200) {
      throw new IllegalStateException("login of " + user + ": " + login);
    }
    cookies(cookies, login);
    // The login starts a new session: its token comes with the next read.
    Caller.Reply me = anonymous.send(anonymous.request("/camunda/api/admin/auth/user/default")
        .header("Cookie", header(cookies)).GET());
    cookies(cookies, me);
    String token = me.headers().firstValue("X-XSRF-TOKEN").orElse(cookies.get("XSRF-TOKEN"));
    return new Session(anonymous, header(cookies), token);
  }

  record Session(Caller anonymous, String cookies, String token) {
    Caller.Reply post(String path, String json) throws Exception {
      return anonymous.send(anonymous.request(path).header("Content-Type", "application/json")
          .header("Cookie", cookies).header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(json)));
    }
  }

  private static Map<String, String> cookies(Map<String, String> into, Caller.Reply reply) {
    List<String> set = new ArrayList<>(reply.headers().allValues("Set-Cookie"));
    for (String c : set) {
      String pair = c.split(";", 2)[0];
      int eq = pair.indexOf('=');
      into.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return into;
  }

  private static String header(Map<String, String> cookies) {
    return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
