package io.skillgate.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.env.Environment;

/** HTTP calls to the running test application, as a given user (or anonymous with null). */
public class Api {

  private final Environment env;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  Api(Environment env, ObjectMapper json) {
    this.env = env;
    this.json = json;
  }

  public String baseUrl() {
    return "http://localhost:" + env.getProperty("local.server.port");
  }

  public Response get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String user, String path, Object body) {
    return send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
  }

  public Response send(String user, HttpRequest.Builder request) {
    if (user != null) {
      String token = user + ":" + TestSupport.passwordOf(user);
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A status, a body, and the body as JSON. */
  public record Response(int status, String body, HttpResponse<byte[]> raw, ObjectMapper mapper) {
    public JsonNode json() {
      try {
        return mapper.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
