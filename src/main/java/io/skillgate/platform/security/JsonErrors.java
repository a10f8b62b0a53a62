package io.skillgate.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.web.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes the refusals of the security chain in the body every {@code /api} error has ({@link ApiError}). */
final class JsonErrors {

  private final ObjectMapper json;

  JsonErrors(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), ApiError.of(status.value(), status.getReasonPhrase(), message));
  }
}
