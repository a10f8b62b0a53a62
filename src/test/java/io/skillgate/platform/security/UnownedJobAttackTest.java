package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 3: jobs that belong to no process (the notices' reminder and overdue jobs, the
 * engine's history cleanup) have no authorization in the engine. Every job operation of the REST
 * API, on every such job, as a vendor and as the reviewer, through /engine-rest and the webapps'
 * API: refused, and the job is still there, unchanged, when the admin reads it back.
 * (Delivery jobs exist only with SMTP configured: NoticeDeliveryJobAttackTest.)
 */
@Tag("security")
class UnownedJobAttackTest {

  private final PackagedApp app = PackagedApp.get();
  private final AdminReads admin = new AdminReads(app);

  /** Every job operation; {@code {job}} is the attacked job's id, {@code {definition}} its job definition's. */
  static final List<String> OPERATIONS = List.of(
      "GET /job?maxResults=50", "POST /job?maxResults=50 {}", "GET /job/count", "POST /job/count {}",
      "GET /job/{job}", "GET /job/{job}/stacktrace", "POST /job/{job}/execute",
      "PUT /job/{job}/duedate {\"duedate\":\"2030-01-01T00:00:00.000+0000\"}", "POST /job/{job}/duedate/recalculate",
      "PUT /job/{job}/retries {\"retries\":0}", "PUT /job/{job}/suspended {\"suspended\":true}",
      "PUT /job/{job}/priority {\"priority\":999}", "DELETE /job/{job}",
      "PUT /job/suspended {\"processDefinitionKey\":\"ContractProgrammeProcess\",\"suspended\":true}",
      "POST /job/retries {\"jobIds\":[\"{job}\"],\"retries\":0}",
      "GET /job-definition?maxResults=50", "GET /job-definition/count",
      "PUT /job-definition/suspended {\"processDefinitionKey\":\"ContractProgrammeProcess\",\"suspended\":true,\"includeJobs\":true}",
      "POST /history/cleanup?immediatelyDue=true {}", "GET /history/cleanup/jobs");

  static Stream<Arguments> attacks() {
    return Stream.of(PackagedApp.VENDOR_A, PackagedApp.REVIEWER)
        .flatMap(user -> OPERATIONS.stream().map(op -> Arguments.of(user, op)));
  }

  @Test
  void thereAreJobsOfEveryKindToAttack() throws Exception {
    Map<String, List<String>> kinds = kinds();
    assertThat(kinds.get("history cleanup")).isNotEmpty();
    assertThat(kinds.get("task reminder")).isNotEmpty();
    assertThat(kinds.get("task overdue")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("attacks")
  void aJobOfNoProcessIsNeitherSeenNorChanged(String user, String operation) throws Exception {
    // The packaged app runs on this machine's clock; a second of slack for the log's rounding.
    Instant checkStarted = Instant.now().minusSeconds(1);
    Map<String, JsonNode> before = new LinkedHashMap<>();
    for (JsonNode job : admin.jobsOfNoProcess()) {
      before.put(job.get("id").asText(), job);
    }
    admin.historyCleanupJobIds().forEach(id -> before.computeIfAbsent(id, this::jobOrNull));
    assertThat(before).isNotEmpty();
    Caller basic = app.as(user);
    Caller session = app.session(user);

    for (String jobId : before.keySet()) {
      String[] parts = operation.split(" ", 3);
      String method = parts[0];
      String path = parts[1].replace("{job}", jobId);
      String body = parts.length > 2 ? parts[2].replace("{job}", jobId) : null;
      for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default")) {
        Caller.Reply reply = basic.send(request(basic, method, prefix + path, body));
        EngineApiAllowlistAttackTest.assertPlainRefusal(reply, user + " " + method + " " + prefix + path);
      }
      Caller.Reply viaWebapp = session.send(request(session, method, "/camunda/api/engine/engine/default" + path, body));
      EngineApiAllowlistAttackTest.assertPlainRefusal(viaWebapp, user + " webapp " + method + " " + path);
    }

    for (Map.Entry<String, JsonNode> job : before.entrySet()) {
      JsonNode after = admin.job(job.getKey());
      assertThat(after).as("job " + job.getKey() + " still there").isNotNull();
      if (admin.ranSince(job.getKey(), checkStarted)) {
        assertNoAttackerValue(job.getKey(), after);
        continue;
      }
      for (String field : List.of("retries", "dueDate", "suspended", "priority", "exceptionMessage")) {
        assertThat(after.get(field)).as(job.getKey() + " " + field).isEqualTo(job.getValue().get(field));
      }
    }
  }

  /**
   * A job the engine itself ran during the check (the history cleanup job, inside its batch window)
   * has a new due date of the engine's choosing; none of the values the attacks send may show.
   */
  private static void assertNoAttackerValue(String jobId, JsonNode after) {
    assertThat(after.get("dueDate").asText()).as(jobId + " dueDate").doesNotStartWith("2030-01-01");
    assertThat(after.get("retries").asInt()).as(jobId + " retries").isPositive();
    assertThat(after.get("suspended").asBoolean()).as(jobId + " suspended").isFalse();
    assertThat(after.get("priority").asLong()).as(jobId + " priority").isNotEqualTo(999L);
  }

  private JsonNode jobOrNull(String id) {
    try {
      return admin.job(id);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The jobs of no process by kind: the admin's history cleanup list; the others are SkillGate's
   * task deadlines (without SMTP, the embedded default, notices are held and no delivery job
   * exists). A deadline due when an open task is due is its overdue escalation, one due earlier
   * its reminder.
   */
  private Map<String, List<String>> kinds() throws Exception {
    List<String> cleanup = admin.historyCleanupJobIds();
    List<String> taskDues = new ArrayList<>();
    admin.admin().get("/engine-rest/task?maxResults=500").json().forEach(t -> taskDues.add(t.get("due").asText()));
    List<String> reminders = new ArrayList<>();
    List<String> overdue = new ArrayList<>();
    for (JsonNode job : admin.jobsOfNoProcess()) {
      String id = job.get("id").asText();
      if (!cleanup.contains(id)) {
        (taskDues.contains(job.get("dueDate").asText()) ? overdue : reminders).add(id);
      }
    }
    return Map.of("history cleanup", cleanup, "task reminder", reminders, "task overdue", overdue);
  }

  private static HttpRequest.Builder request(Caller caller, String method, String path, String body) {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
    return caller.request(path).header("Content-Type", "application/json").method(method, publisher);
  }
}
