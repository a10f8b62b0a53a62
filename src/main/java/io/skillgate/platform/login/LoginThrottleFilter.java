package io.skillgate.platform.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request. It tells {@link LoginGuard} who is calling from where, and
 * answers 429 with {@code Retry-After}, without checking the password, when a login attempt (an
 * HTTP Basic header on any path, or the webapps' login form) must still wait. Whether an attempt
 * failed is learnt where the engine checks the password, so this filter does not depend on how
 * each channel (Camunda's REST filter, SkillGate's {@code /api} security, the webapps) answers.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  /** The Camunda webapps' login form: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}. */
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");

  private final LoginGuard guard;

  LoginThrottleFilter(LoginGuard guard) {
    this.guard = guard;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    ClientRequest client = new ClientRequest(request.getRemoteAddr(), channel(path));
    HttpServletRequest forward = request;
    Optional<String> user = basicUser(request);
    if (user.isEmpty() && "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      LoginForm form = LoginForm.read(request);
      forward = form.request();
      user = form.username();
    }
    ClientRequest.begin(client);
    try {
      if (user.isPresent()) {
        Optional<Duration> wait = guard.mustWait(user.get(), client);
        if (wait.isPresent()) {
          tooManyAttempts(response, wait.get());
          return;
        }
      }
      chain.doFilter(forward, response);
    } finally {
      ClientRequest.end();
    }
  }

  /** The request path as the servlets match it (decoded, normalised, without {@code ;params}). */
  private static String path(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    return servletPath + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  static String channel(String path) {
    if (path.startsWith("/engine-rest")) {
      return "engine-rest";
    }
    if (path.startsWith("/api") || path.startsWith("/dashboard") || path.startsWith("/actuator")) {
      return "api";
    }
    if (path.startsWith("/camunda")) {
      return "webapp";
    }
    return "other";
  }

  /**
   * The user named by an HTTP Basic header. Decoded leniently (MIME decoder: stray characters are
   * skipped) as Camunda's own Basic provider does, so a header cannot be crafted that this filter
   * overlooks but the engine still checks.
   */
  static Optional<String> basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getMimeDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
  }

  private static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = LoginGuard.seconds(wait);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    // Says nothing about whether the user exists or the password was right: it was not checked.
    response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"type\":\"LoginThrottled\","
        + "\"message\":\"too many failed logins for this user from your address; try again in " + seconds + " s\"}");
  }
}
