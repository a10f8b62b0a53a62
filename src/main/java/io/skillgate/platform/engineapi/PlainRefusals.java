package io.skillgate.platform.engineapi;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Every 403 of the engine's APIs says the same plain sentence. Camunda's own refusal names the
 * resources the caller lacked permissions on (another vendor's process instance ids, task ids,
 * the user id); its body is replaced here, on both APIs, whatever produced it.
 */
final class PlainRefusals {

  static final String NOT_YOURS = "you are not allowed to do this";

  private PlainRefusals() {}

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    byte[] body = ("{\"type\":\"" + type + "\",\"message\":\"" + message + "\",\"code\":" + status + "}")
        .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The response, with whatever body a 403 would have had swallowed and replaced by the plain one. */
  static HttpServletResponse wrap(HttpServletResponse response) {
    return new Wrapper(response);
  }

  /** Called after the chain: writes the plain body if the answer became a 403. */
  static void finish(HttpServletResponse response) throws IOException {
    if (!(response instanceof Wrapper wrapper)) {
      return;
    }
    if (wrapper.refused) {
      if (!wrapper.getResponse().isCommitted()) {
        write((HttpServletResponse) wrapper.getResponse(), 403, "Forbidden", NOT_YOURS);
      }
    } else if (wrapper.writer != null) {
      wrapper.writer.flush();
    }
  }

  private static final class Wrapper extends HttpServletResponseWrapper {
    private boolean refused;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Wrapper(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      refused = sc == 403;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      if (sc == 403) {
        refused = true;
        super.setStatus(403);
      } else {
        super.sendError(sc, msg);
      }
    }

    @Override
    public void setContentLength(int len) {
      if (!refused) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!refused) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(refused && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(refused && "Content-Length".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!refused) {
        super.flushBuffer();
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream real = super.getOutputStream();
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) throws IOException {
            if (!refused) {
              real.write(b);
            }
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (!refused) {
              real.write(b, off, len);
            }
          }

          @Override
          public void flush() throws IOException {
            if (!refused) {
              real.flush();
            }
          }

          @Override
          public boolean isReady() {
            return real.isReady();
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            real.setWriteListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }
  }
}
