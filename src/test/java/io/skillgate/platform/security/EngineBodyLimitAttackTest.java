package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6: a 50 MB body to submit-form on /engine-rest (or the webapps' API) is answered
 * 413 before it is read whole, in the same JSON shape as /api's, and the task is unchanged.
 */
@Tag("security")
class EngineBodyLimitAttackTest {

  private static final int FIFTY_MB = 50 * 1024 * 1024;

  private final PackagedApp app = PackagedApp.get();
  private final AdminReads admin = new AdminReads(app);

  @Test
  void fiftyMegabytesToSubmitFormIsA413AndTheTaskIsUnchanged() throws Exception {
    JsonNode task = admin.taskOf("HMI-NW-2027-01");
    String id = task.get("id").asText();
    JsonNode variablesBefore = admin.taskVariables(id);
    Caller nora = app.as(PackagedApp.VENDOR_A);

    Caller.Reply declared = tolerateEarlyClose(() -> nora.send(nora.request("/engine-rest/task/" + id + "/submit-form")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(hugeJson()))));
    Caller.Reply chunked = tolerateEarlyClose(() -> nora.send(nora.request("/engine-rest/task/" + id + "/submit-form")
        .header("Content-Type", "application/json").POST(chunkedBody(hugeJson()))));
    Caller session = app.session(PackagedApp.VENDOR_A);
    Caller.Reply webapp = tolerateEarlyClose(() -> session.send(session.request(
            "/camunda/api/engine/engine/default/task/" + id + "/submit-form")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(hugeJson()))));

    for (Caller.Reply reply : new Caller.Reply[] {declared, chunked, webapp}) {
      if (reply != null) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.json().get("status").asInt()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isEqualTo("Payload Too Large");
      }
    }
    assertThat(declared).as("the declared-length attack got an answer").isNotNull();
    JsonNode after = admin.task(id);
    assertThat(after).as("the task is still open").isNotNull();
    assertThat(after.get("assignee")).isEqualTo(task.get("assignee"));
    assertThat(admin.taskVariables(id)).isEqualTo(variablesBefore);
  }

  @Test
  void aNormalSubmissionStillFits() throws Exception {
    // Just under the limit is not refused for its size (the engine then judges its content).
    Caller nora = app.as(PackagedApp.VENDOR_A);
    Caller.Reply reply = nora.post("/engine-rest/task/count", "{\"name\":\"" + "x".repeat(500_000) + "\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static byte[] hugeJson() {
    byte[] body = new byte[FIFTY_MB];
    Arrays.fill(body, (byte) 'a');
    byte[] head = "{\"variables\":{\"vendorComment\":{\"value\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}}}".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
    return body;
  }

  /** A body without Content-Length (sent chunked). */
  private static HttpRequest.BodyPublisher chunkedBody(byte[] bytes) {
    HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofByteArray(bytes);
    return new HttpRequest.BodyPublisher() {
      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
        known.subscribe(subscriber);
      }
    };
  }

  interface Call {
    Caller.Reply send() throws Exception;
  }

  /**
   * The server answers and closes the connection without reading the rest of the body, so the
   * client may see the connection reset before it reads the 413: both mean the body was not read.
   */
  private static Caller.Reply tolerateEarlyClose(Call call) throws Exception {
    try {
      return call.send();
    } catch (IOException reset) {
      return null;
    }
  }
}
