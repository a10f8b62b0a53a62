package io.skillgate.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Lets only process admins through; runs after {@link ApiAuthenticationFilter} has named the caller. */
class AdminOnlyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) instanceof SkillGateUser user && user.isAdmin()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(403);
    response.setContentType("application/json");
    response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"process admins only\"}");
  }
}
