package io.skillgate.platform.login;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webapps' login form, read ahead of the webapps so the throttle knows the user, and handed on
 * unchanged: the body is replayed byte for byte. Reading it through the servlet's own parameter
 * parsing instead would leave Jersey an empty body (it then warns on every login).
 */
record LoginForm(HttpServletRequest request, Optional<String> username) {

  /** A login form is a few dozen bytes; a bigger body is handed on unread (the password check still applies the throttle). */
  static final int MAX_BYTES = 16 * 1024;

  static LoginForm read(HttpServletRequest request) throws IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")
        || request.getContentLengthLong() > MAX_BYTES) {
      return new LoginForm(request, Optional.empty());
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      // Sent chunked and bigger than any login form: handed on whole (what was read, then the rest), unread.
      return new LoginForm(new Replayed(request, body, request.getInputStream()), Optional.empty());
    }
    Map<String, List<String>> fields = parse(new String(body, StandardCharsets.UTF_8));
    Optional<String> username = Optional.ofNullable(fields.get("username")).map(v -> v.get(0));
    return new LoginForm(new Replayed(request, body, null), username);
  }

  static Map<String, List<String>> parse(String form) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        fields.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
      } catch (IllegalArgumentException malformed) {
        // Jersey will refuse the same malformed pair; nothing to learn from it here.
      }
    }
    return fields;
  }

  /** The request with its body read once and served again; what was not read is served after it. */
  private static final class Replayed extends HttpServletRequestWrapper {

    private final byte[] head;
    private final ServletInputStream rest;
    private Map<String, String[]> parameters;

    Replayed(HttpServletRequest request, byte[] head, ServletInputStream rest) {
      super(request);
      this.head = head;
      this.rest = rest;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(head);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          int b = in.read();
          return b >= 0 || rest == null ? b : rest.read();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0 && (rest == null || rest.isFinished());
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    // Parameters from the query string and the replayed body, as the container would give them.
    @Override
    public String getParameter(String name) {
      String[] values = getParameterMap().get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      if (parameters == null) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        String query = getQueryString();
        if (query != null) {
          parse(query).forEach((k, v) -> all.computeIfAbsent(k, n -> new java.util.ArrayList<>()).addAll(v));
        }
        if (rest == null) {
          parse(new String(head, StandardCharsets.UTF_8))
              .forEach((k, v) -> all.computeIfAbsent(k, n -> new java.util.ArrayList<>()).addAll(v));
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        all.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
        parameters = Collections.unmodifiableMap(map);
      }
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return getParameterMap().get(name);
    }
  }
}
