package io.skillgate.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every {@code /api} and {@code /dashboard} request against the engine's identity
 * service, so Tasklist and the APIs share one user store and one login throttle.
 *
 * <p>Two ways in: HTTP Basic (scripts, other systems), or the session of a user logged in to the
 * Camunda webapps (the dashboard). The session is accepted for reading only: a state-changing
 * call needs Basic credentials, so a forged cross-site request cannot ride on the cookie.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String USER_ATTRIBUTE = SkillGateUser.class.getName();
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String ENGINE = "default";
  private static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/#/login";

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SkillGateUser user;
    try {
      user = fromBasicHeader(request);
    } catch (RuntimeException e) {
      // The identity service could not be asked (typically the database is down): say so, don't 500.
      logger.warn("cannot check credentials: " + e.getMessage());
      response.setStatus(503);
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"cannot check your credentials right now; try again shortly\"}");
      return;
    }
    if (user == null && SAFE_METHODS.contains(request.getMethod())) {
      user = fromWebappSession(request.getSession(false));
    }
    if (user == null && wantsPage(request)) {
      // A person opening the dashboard logs in where they log in to Tasklist: the same session serves both.
      response.sendRedirect(request.getContextPath() + TASKLIST_LOGIN);
      return;
    }
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"SkillGate\"");
      response.setStatus(401);
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"log in (HTTP Basic or the Camunda webapp login) to use this API\"}");
      return;
    }
    request.setAttribute(USER_ATTRIBUTE, user);
    chain.doFilter(request, response);
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && request.getRequestURI().startsWith(request.getContextPath() + "/dashboard")
        && accept != null && accept.contains("text/html") && request.getHeader("Authorization") == null;
  }

  private SkillGateUser fromBasicHeader(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    // checkPassword applies the engine's login throttling (loginMaxAttempts, loginDelay*).
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return new SkillGateUser(userId, groups);
  }

  private static SkillGateUser fromWebappSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication auth = authentications.getAuthenticationForProcessEngine(ENGINE);
    if (auth instanceof UserAuthentication user) {
      return new SkillGateUser(user.getIdentityId(), user.getGroupIds());
    }
    return null;
  }
}
