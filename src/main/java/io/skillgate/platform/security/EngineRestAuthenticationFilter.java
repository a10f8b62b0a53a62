package io.skillgate.platform.security;

import io.skillgate.platform.engine.EngineRestErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's authentication filter of {@code /engine-rest}, plus a clear 503 when the password
 * cannot be checked because the database is down. Without this the servlet container answered
 * 500 and logged a stack trace per request during an outage (found by the database fault test),
 * while the same outage on {@code /api} is a 503.
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineRestAuthenticationFilter.class);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      super.doFilter(request, response, chain);
    } catch (RuntimeException e) {
      if (!EngineRestErrors.databaseUnreachable(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("engine REST call refused, database unreachable: {}", e.getMessage());
      HttpServletResponse http = (HttpServletResponse) response;
      http.resetBuffer();
      http.setStatus(503);
      http.setContentType("application/json");
      http.getWriter().write("{\"type\":\"DatabaseUnavailable\",\"message\":\"the database is not reachable right now;"
          + " nothing was changed, try again shortly\",\"code\":503}");
    }
  }
}
