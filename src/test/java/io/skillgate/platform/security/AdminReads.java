package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the attacks read back as the admin to prove that nothing changed. */
final class AdminReads {

  /** The REST API's date format (Camunda's default, e.g. 2026-12-07T02:34:51.051+0000). */
  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final Caller admin;

  AdminReads(PackagedApp app) {
    this.admin = app.as(PackagedApp.ADMIN);
  }

  /** The open task of a demo contract (its "Confirm upskilling plan" until someone completes it). */
  JsonNode taskOf(String businessKey) throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&maxResults=5");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().size()).as("open tasks of " + businessKey).isGreaterThan(0);
    return reply.json().get(0);
  }

  JsonNode task(String id) throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/task/" + id);
    return reply.status() == 200 ? reply.json() : null;
  }

  JsonNode taskVariables(String id) throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/task/" + id + "/variables?deserializeValues=false");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  JsonNode job(String id) throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/job/" + id);
    return reply.status() == 200 ? reply.json() : null;
  }

  /** Every job that belongs to no process instance (SkillGate's notice jobs, history cleanup). */
  List<JsonNode> jobsOfNoProcess() throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/job?maxResults=500");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonNode> jobs = new ArrayList<>();
    reply.json().forEach(job -> {
      if (job.get("processInstanceId").isNull()) {
        jobs.add(job);
      }
    });
    return jobs;
  }

  /** The history cleanup jobs, scheduled first (not due now) if the engine has none yet. */
  List<String> historyCleanupJobIds() throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/history/cleanup/jobs");
    if (reply.status() == 404) {
      Caller.Reply scheduled = admin.post("/engine-rest/history/cleanup?immediatelyDue=false", "");
      assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
      reply = admin.get("/engine-rest/history/cleanup/jobs");
    }
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    reply.json().forEach(job -> ids.add(job.get("id").asText()));
    return ids;
  }

  /**
   * Whether the job executor ran this job (successfully or not) at or after {@code since}, by the
   * engine's job log. The history cleanup job runs inside its batch window (01:00-05:00) and
   * reschedules itself each time; that is the engine's change, not an attacker's.
   */
  boolean ranSince(String jobId, Instant since) throws Exception {
    Caller.Reply reply = admin.get("/engine-rest/history/job-log?jobId=" + jobId + "&sortBy=timestamp&sortOrder=desc&maxResults=50");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    for (JsonNode entry : reply.json()) {
      boolean executed = entry.get("successLog").asBoolean() || entry.get("failureLog").asBoolean();
      Instant at = OffsetDateTime.parse(entry.get("timestamp").asText(), ENGINE_DATE).toInstant();
      if (executed && !at.isBefore(since)) {
        return true;
      }
    }
    return false;
  }

  Caller admin() {
    return admin;
  }
}
