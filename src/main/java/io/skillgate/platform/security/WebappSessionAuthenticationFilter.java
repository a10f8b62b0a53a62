package io.skillgate.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts the session of a user logged in to the Camunda webapps (Tasklist's login), so the
 * dashboard needs no second login. For reading (GET and HEAD): a browser sends the session
 * cookie with a forged cross-site request too, so nothing that changes state may rest on it alone.
 * Writes need HTTP Basic credentials, except the uploads a page of SkillGate's sends on the
 * user's behalf (the evidence upload page linked from a task): those also carry the webapps' own
 * CSRF token of that session in {@code X-XSRF-TOKEN}, which no other site can read, as Camunda's
 * webapp API requires for its own writes. Without the matching token the session is ignored.
 *
 * <p>The webapps authenticated the user when the session was created; this filter only reads
 * what they stored, the same way Camunda's own webapp filters do.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final String ENGINE = "default";

  /** Camunda's CsrfPreventionFilter keeps the session's token under this attribute (CsrfConstants). */
  static final String CSRF_TOKEN_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
  private final RequestMatcher sessionWrites;

  /** @param sessionWritePaths the POST paths a SkillGate page may call with the session and its CSRF token */
  WebappSessionAuthenticationFilter(List<String> sessionWritePaths) {
    this.sessionWrites = new OrRequestMatcher(sessionWritePaths.stream()
        .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, p)).toList());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !READS.contains(request.getMethod()) && !sessionWrites.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var current = contexts.getContext().getAuthentication();
    boolean write = !READS.contains(request.getMethod());
    if ((current == null || current instanceof AnonymousAuthenticationToken)
        && (!write || carriesSessionToken(request))) {
      SkillGateUser user = fromWebappSession(request.getSession(false));
      if (user != null) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new SkillGateAuthentication(user));
        contexts.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  /** The request's X-XSRF-TOKEN is the one Camunda issued to this very session (compared in constant time). */
  private static boolean carriesSessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(CSRF_TOKEN_HEADER);
    Object issued = session == null ? null : session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
    return sent != null && !sent.isBlank() && issued instanceof String token
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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
      return new SkillGateUser(user.getIdentityId(),
          user.getGroupIds() == null ? java.util.List.of() : user.getGroupIds());
    }
    return null;
  }
}
