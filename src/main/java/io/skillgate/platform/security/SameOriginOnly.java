package io.skillgate.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.web.ApiError;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The Origin check of {@code /api}: Spring's CORS filter with an empty list of allowed origins.
 * A request whose {@code Origin} header names another site (or {@code null}, as sandboxed frames
 * send) is refused with 403 before it is authenticated, so a page elsewhere cannot use Basic
 * credentials a browser has cached, whatever content type it sends. A request without
 * {@code Origin} (scripts, curl, same-origin GETs) or with this application's own origin passes.
 *
 * <p>"Own origin" is compared with the scheme, host and port of the request as Tomcat sees them,
 * which behind the TLS proxy come from {@code X-Forwarded-Proto/-Host/-Port}
 * ({@code server.forward-headers-strategy: native}, trusted from private addresses only).
 */
final class SameOriginOnly {

  private SameOriginOnly() {}

  static CorsFilter filter(String pathPattern, ObjectMapper json) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    // No allowed origins: every cross-origin request (and every preflight) under the path is refused.
    source.registerCorsConfiguration(pathPattern, new CorsConfiguration());
    CorsFilter filter = new CorsFilter(source);
    filter.setCorsProcessor(new RefuseWithApiError(json));
    return filter;
  }

  private static final class RefuseWithApiError extends DefaultCorsProcessor {
    private final ObjectMapper json;

    RefuseWithApiError(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
      json.writeValue(response.getBody(), ApiError.of(403, "Forbidden",
          "requests from another site's pages are refused; call this API from SkillGate itself or without an Origin header"));
      response.flush();
    }
  }
}
