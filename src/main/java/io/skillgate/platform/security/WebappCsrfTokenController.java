package io.skillgate.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session/csrf-token}: the webapps' CSRF token of the caller's Tasklist session,
 * for SkillGate's own pages (the evidence upload page) to send with their uploads. Camunda hands
 * the token out only once per session, in a cookie scoped to its own path; this answer is as safe
 * as that cookie: another site's page cannot read it (no cross-origin reads of {@code /api}), and
 * it names nothing but the token of the session that asks.
 */
@RestController
class WebappCsrfTokenController {

  @GetMapping("/api/session/csrf-token")
  ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(WebappSessionAuthenticationFilter.CSRF_TOKEN_ATTRIBUTE);
    if (!(token instanceof String value)) {
      return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", value));
  }
}
