package io.skillgate.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts the session of a user logged in to the Camunda webapps (Tasklist's login), so the
 * dashboard needs no second login. For reading only (GET and HEAD): a browser sends the session
 * cookie with a forged cross-site request too, so nothing that changes state may rest on it.
 * Writes need HTTP Basic credentials.
 *
 * <p>The webapps authenticated the user when the session was created; this filter only reads
 * what they stored, the same way Camunda's own webapp filters do.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final String ENGINE = "default";

  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !READS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var current = contexts.getContext().getAuthentication();
    if (current == null || current instanceof AnonymousAuthenticationToken) {
      SkillGateUser user = fromWebappSession(request.getSession(false));
      if (user != null) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new SkillGateAuthentication(user));
        contexts.setContext(context);
      }
    }
    chain.doFilter(request, response);
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
