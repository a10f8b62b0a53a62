package io.skillgate.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session}: who is signed in, and the session's CSRF token for SkillGate's own pages
 * (sign-in, intake) to send with their writes. Camunda hands a session's token out once, with the
 * read that creates it, as a header and a cookie scoped to {@code /camunda}; a page under
 * {@code /dashboard} sees neither later. Another site's page cannot read this answer (no CORS),
 * so the token stays with the pages of this origin, as Camunda's cookie does with its own.
 */
@RestController
class SessionController {

  record SessionInfo(String userId, List<String> groups, String csrfToken) {}

  @GetMapping("/api/session")
  SessionInfo session(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(WebappSessionAuthenticationFilter.CSRF_TOKEN_ATTRIBUTE);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    SkillGateUser user = auth != null && auth.getPrincipal() instanceof SkillGateUser u ? u : null;
    return new SessionInfo(user == null ? null : user.id(), user == null ? List.of() : user.groups(),
        token instanceof String t ? t : null);
  }
}
