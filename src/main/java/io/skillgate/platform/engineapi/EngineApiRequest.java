package io.skillgate.platform.engineapi;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to the engine's APIs, reduced to what the allowlist judges: which API and the path
 * inside it. The same engine resource has three addresses ({@code /engine-rest/task},
 * {@code /engine-rest/engine/default/task}, {@code /camunda/api/engine/engine/default/task}); all
 * three become {@code ENGINE /task}. The webapps' own APIs become {@code ADMIN /auth/...},
 * {@code COCKPIT /plugin/...} and so on.
 *
 * <p>The path is the servlet container's (servlet path + path info: decoded, dot segments
 * resolved, {@code ;params} dropped). A request whose raw URI says something else (double slashes,
 * {@code ;x=y}, dot segments) is marked {@link #canonical() not canonical}: Jersey routes on the
 * raw URI, so such a request could reach a resource other than the one judged here.
 */
public record EngineApiRequest(Api api, String path, boolean canonical) {

  public enum Api { ENGINES, ENGINE, ADMIN, COCKPIT, TASKLIST, WELCOME, UNKNOWN }

  static final String ENGINE_NAME = "default";

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(/.*)?$");
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/([^/]+)(/.*)?$");
  private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/(admin|cockpit|tasklist|welcome)(/.*)?$");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine(/.*)?$");

  public static EngineApiRequest of(HttpServletRequest request) {
    String path = nullToEmpty(request.getServletPath()) + nullToEmpty(request.getPathInfo());
    return of(path, rawPath(request));
  }

  static EngineApiRequest of(String path, String rawPath) {
    boolean canonical = path.equals(rawPath);
    Matcher m = ENGINE_REST.matcher(path);
    if (m.matches()) {
      return engine(nullToEmpty(m.group(1)), canonical);
    }
    m = WEBAPP_ENGINE.matcher(path);
    if (m.matches()) {
      String rest = nullToEmpty(m.group(1));
      // The webapps always name the engine: /camunda/api/engine/engine/default/task.
      return rest.startsWith("/engine") ? engine(rest, canonical) : unknown(path, canonical);
    }
    m = WEBAPP_API.matcher(path);
    if (m.matches()) {
      Api api = Api.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      return new EngineApiRequest(api, nullToEmpty(m.group(2)), canonical);
    }
    return unknown(path, canonical);
  }

  /** {@code rest} is what follows /engine-rest (or /camunda/api/engine). */
  private static EngineApiRequest engine(String rest, boolean canonical) {
    if (rest.equals("/engine") || rest.equals("/engine/")) {
      return new EngineApiRequest(Api.ENGINES, "", canonical);
    }
    Matcher named = NAMED_ENGINE.matcher(rest);
    if (named.matches()) {
      if (!ENGINE_NAME.equals(named.group(1))) {
        return unknown(rest, canonical);
      }
      return new EngineApiRequest(Api.ENGINE, nullToEmpty(named.group(2)), canonical);
    }
    return new EngineApiRequest(Api.ENGINE, rest, canonical);
  }

  private static EngineApiRequest unknown(String path, boolean canonical) {
    return new EngineApiRequest(Api.UNKNOWN, path, canonical);
  }

  /**
   * The request URI without the context path, percent-decoded (so an encoded letter is no reason
   * to refuse, while {@code //}, {@code ;x=y} and dot segments still differ from the servlet path).
   */
  private static String rawPath(HttpServletRequest request) {
    String uri = nullToEmpty(request.getRequestURI());
    String context = nullToEmpty(request.getContextPath());
    if (uri.startsWith(context)) {
      uri = uri.substring(context.length());
    }
    try {
      return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return uri + "\u0000"; // never equal to the decoded servlet path
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    // Logged: a path is the caller's text, so no control characters (forged log lines) get through.
    String shown = path.isEmpty() ? "/" : path.replaceAll("\\p{Cntrl}", "?");
    return api + " " + shown + (canonical ? "" : " (not canonical)");
  }
}
