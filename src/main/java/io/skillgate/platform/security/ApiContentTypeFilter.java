package io.skillgate.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api} write carries JSON, or a multipart form where the API documents an upload;
 * anything else is refused with 415 naming what is accepted, before a controller runs. The
 * types a browser form or a "simple" cross-site fetch can send without a preflight
 * ({@code application/x-www-form-urlencoded}, {@code text/plain}, and multipart outside the
 * upload paths) never reach an operation, even where the operation itself takes no body.
 * A write without a body (re-send a notice, confirm a statement) needs no content type.
 */
class ApiContentTypeFilter extends OncePerRequestFilter {

  private static final Set<String> WRITES = Set.of(HttpMethod.POST.name(), HttpMethod.PUT.name(),
      HttpMethod.PATCH.name(), HttpMethod.DELETE.name());

  private final RequestMatcher uploads;
  private final JsonErrors errors;

  /** @param uploadPaths the path patterns that take {@code multipart/form-data} (documented uploads) */
  ApiContentTypeFilter(List<String> uploadPaths, JsonErrors errors) {
    this.uploads = new OrRequestMatcher(uploadPaths.stream()
        .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !WRITES.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean upload = uploads.matches(request);
    String header = request.getContentType();
    if (header == null ? !hasBody(request) : accepted(header, upload)) {
      chain.doFilter(request, response);
      return;
    }
    errors.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as "
        + (upload ? MediaType.MULTIPART_FORM_DATA_VALUE : MediaType.APPLICATION_JSON_VALUE)
        + (header == null ? " (the request has a body but no Content-Type)" : ", not " + header));
  }

  private static boolean accepted(String header, boolean upload) {
    MediaType type;
    try {
      type = MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    return upload ? MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)
        : MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
  }

  /** A body of unknown length (chunked) counts as a body. */
  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() != 0 && (request.getContentLengthLong() > 0
        || request.getHeader("Transfer-Encoding") != null);
  }
}
