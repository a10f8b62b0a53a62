package io.skillgate.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What a caller without a valid login gets: a person opening a page (the dashboard, the intake
 * page) is sent to SkillGate's sign-in page, which logs in to the Camunda webapps (one session
 * serves Tasklist and these pages) and then returns to the page asked for; a program gets a JSON 401 with a Basic challenge
 * (the login throttling filter counts these); and when the identity service cannot be asked
 * at all, a 503 that says so instead of a misleading 401.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final String LOGIN_PAGE = "/dashboard/login.html";

  private final JsonErrors errors;

  ApiAuthenticationEntryPoint(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof AuthenticationServiceException) {
      errors.write(response, HttpStatus.SERVICE_UNAVAILABLE, "cannot check your credentials right now; try again shortly");
      return;
    }
    if (wantsPage(request)) {
      String asked = request.getRequestURI().substring(request.getContextPath().length())
          + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
          + URLEncoder.encode(asked, StandardCharsets.UTF_8));
      return;
    }
    if (!isBrowserBackgroundRequest(request)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"SkillGate\"");
    }
    errors.write(response, HttpStatus.UNAUTHORIZED, "log in (HTTP Basic or the Camunda webapp login) to use this API");
  }

  /**
   * A script, style sheet or fetch of a page (the dashboard's) whose session has ended: no Basic
   * challenge, or the browser would open its own login dialog over the page (and a headless one
   * would wait on it forever); the dashboard says "log in to Tasklist" instead. Browsers mark
   * such requests with {@code Sec-Fetch-Mode}; scripts and other systems still get the challenge.
   */
  private static boolean isBrowserBackgroundRequest(HttpServletRequest request) {
    String mode = request.getHeader("Sec-Fetch-Mode");
    return mode != null && !"navigate".equals(mode) && request.getHeader("Authorization") == null;
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod())
        && request.getRequestURI().startsWith(request.getContextPath() + "/dashboard")
        && accept != null && accept.contains("text/html") && request.getHeader("Authorization") == null;
  }
}
