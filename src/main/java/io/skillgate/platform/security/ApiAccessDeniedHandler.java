package io.skillgate.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A logged-in caller refused by a path rule. The only path rules a logged-in user can fail are
 * the admins' ({@code /api/admin/**}, the actuator's operational endpoints), so the body says
 * that and names nothing else. Method rules ({@link ClientOnly}, {@link AdminOnly}) are answered
 * by the API's error handler with their own sentence.
 */
class ApiAccessDeniedHandler implements AccessDeniedHandler {

  private final JsonErrors errors;

  ApiAccessDeniedHandler(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    errors.write(response, HttpStatus.FORBIDDEN, AdminOnly.MESSAGE);
  }
}
