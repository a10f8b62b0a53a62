package io.skillgate.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an {@code /api} body over {@code skillgate.api.max-body-bytes} with 413 before anything
 * reads it. On {@code /api} multipart uploads have their own limit (spring.servlet.multipart); the
 * engine's APIs parse multipart themselves, so there a second, larger limit applies to them.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final long maxMultipartBytes;
  private final ObjectMapper json;

  /** Multipart bodies are left to Spring's multipart limits. */
  public RequestBodyLimitFilter(long maxBytes, ObjectMapper json) {
    this(maxBytes, -1, json);
  }

  /** Multipart bodies are limited to {@code maxMultipartBytes} (negative: left to Spring's limits). */
  public RequestBodyLimitFilter(long maxBytes, long maxMultipartBytes, ObjectMapper json) {
    this.maxBytes = maxBytes;
    this.maxMultipartBytes = maxMultipartBytes;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    long maxBytes = this.maxBytes;
    if (type != null && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
      if (maxMultipartBytes < 0) {
        chain.doFilter(request, response);
        return;
      }
      maxBytes = maxMultipartBytes;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response, maxBytes);
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response);
      return;
    }
    // Chunked body of unknown length: read at most one byte past the limit.
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (body.length > maxBytes) {
      refuse(response, maxBytes);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletResponse response, long maxBytes) throws IOException {
    response.setStatus(413);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(),
        ApiError.of(413, "Payload Too Large", "the request body is larger than " + maxBytes + " bytes"));
  }

  private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return false;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
