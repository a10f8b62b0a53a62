package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: 403 messages named the other vendor's process-instance ids. A vendor reaching for the
 * other vendor's task, on both APIs, gets a refusal that names nothing of it, and the task is
 * untouched.
 */
@Tag("security")
class RefusalBodyAttackTest {

  private final PackagedApp app = PackagedApp.get();
  private final AdminReads admin = new AdminReads(app);

  @Test
  void aRefusalNamesNothingOfTheOtherVendor() throws Exception {
    JsonNode theirs = admin.taskOf("HMI-OAK-2027-02");
    String taskId = theirs.get("id").asText();
    // (The task id is the caller's own input; the definition is shared by every contract.)
    List<String> secrets = List.of(theirs.get("processInstanceId").asText(), theirs.get("executionId").asText(),
        "oakfield", "Oakfield", PackagedApp.VENDOR_B, "HMI-OAK");
    Caller nora = app.as(PackagedApp.VENDOR_A);
    Caller session = app.session(PackagedApp.VENDOR_A);

    List<Caller.Reply> replies = List.of(
        nora.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"nora\"}"),
        nora.post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":{}}"),
        nora.post("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":{}}"),
        nora.get("/engine-rest/task/" + taskId + "/form-variables"),
        nora.get("/engine-rest/task/" + taskId + "/variables"),
        nora.post("/engine-rest/task/" + taskId + "/comment/create", "{\"message\":\"hi\"}"),
        session.post("/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\":\"nora\"}"),
        session.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", "{\"variables\":{}}"),
        session.get("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables"));

    for (Caller.Reply reply : replies) {
      assertThat(reply.status()).as(reply.toString()).isIn(400, 403, 404);
      for (String secret : secrets) {
        assertThat(reply.body()).as(reply.toString()).doesNotContain(secret);
      }
      if (reply.status() == 403) {
        assertThat(reply.json().get("message").asText()).isEqualTo("you are not allowed to do this");
      }
    }
    assertThat(replies).as("at least the claims are refusals, not 'not found'")
        .filteredOn(r -> r.status() == 403).isNotEmpty();
    JsonNode after = admin.task(taskId);
    assertThat(after).as("the other vendor's task is still open").isNotNull();
    assertThat(after.get("assignee")).isEqualTo(theirs.get("assignee"));
  }
}
