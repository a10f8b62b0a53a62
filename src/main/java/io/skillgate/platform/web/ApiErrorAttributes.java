package io.skillgate.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of the errors no controller advice sees (a path with no handler, a failure in a filter
 * after security): Spring Boot's error page answers them with its own fields (timestamp, path).
 * Under {@code /api} they get the one documented shape of {@link ApiError} instead; elsewhere
 * (the webapps, the dashboard) Spring Boot's default stays.
 */
@Component
public class ApiErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> defaults = super.getErrorAttributes(request, options);
    Object path = request.getAttribute("jakarta.servlet.error.request_uri", WebRequest.SCOPE_REQUEST);
    if (!(path instanceof String uri) || !(uri.equals("/api") || uri.startsWith("/api/"))) {
      return defaults;
    }
    int status = defaults.get("status") instanceof Integer s ? s : 500;
    HttpStatus known = HttpStatus.resolve(status);
    String reason = known == null ? "Error" : known.getReasonPhrase();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", reason);
    // Spring Boot hides exception messages by default; a sentence by status says enough and leaks nothing.
    body.put("message", status == 404 ? "no such resource" : reason.toLowerCase(Locale.ROOT));
    body.put("fieldErrors", List.of());
    return body;
  }
}
