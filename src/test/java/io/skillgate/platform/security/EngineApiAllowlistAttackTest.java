package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: non-admins get from /engine-rest and the webapps' API only what Tasklist needs.
 * Every refused call is tried under each of its addresses, as a vendor and as the reviewer, and
 * with the usual tricks to make a path look like another one.
 */
@Tag("security")
class EngineApiAllowlistAttackTest {

  private final PackagedApp app = PackagedApp.get();
  private final AdminReads admin = new AdminReads(app);

  /** Calls no vendor or reviewer may make ({@code {task}} is a task of theirs). */
  static final List<String> REFUSED = List.of(
      "GET /job?maxResults=5", "GET /job/count", "GET /job-definition?maxResults=5",
      "GET /process-definition/statistics", "GET /process-definition/statistics?incidents=true",
      "GET /incident?maxResults=5", "GET /deployment?maxResults=5", "GET /batch?maxResults=5",
      "GET /batch/statistics?maxResults=5", "POST /history/cleanup", "GET /history/cleanup/jobs",
      "GET /history/cleanup/configuration", "GET /metrics/activity-instance-end/sum", "GET /telemetry/data",
      "GET /external-task?maxResults=5", "POST /external-task/fetchAndLock", "GET /process-instance?maxResults=5",
      "GET /execution?maxResults=5", "GET /variable-instance?maxResults=5",
      "GET /history/variable-instance?maxResults=5", "GET /history/process-instance?maxResults=5",
      "GET /history/activity-instance?maxResults=5", "GET /history/detail?maxResults=5",
      "POST /migration/generate", "POST /modification/execute", "POST /process-instance/delete",
      "POST /process-instance/suspended-async", "PUT /process-definition/suspended",
      "GET /user?maxResults=50", "GET /group?maxResults=50", "GET /authorization?maxResults=50",
      "GET /tenant?maxResults=50", "POST /user/create", "POST /group/create", "POST /authorization/create",
      "PUT /user/oscar/credentials", "PUT /user/oscar/profile", "DELETE /user/oscar",
      "PUT /group/vendor-oakfield/members/nora", "POST /filter/create", "POST /message", "POST /signal",
      "POST /process-definition/key/ContractProgrammeProcess/start",
      "PUT /task/{task}/variables/planReviewerGroup", "POST /task/{task}/variables",
      "POST /task/{task}/identity-links", "POST /task/{task}/delegate", "DELETE /task/{task}",
      "GET /task/{task}/variables/x/data", "POST /task/create", "GET /decision-definition?maxResults=5",
      "POST /decision-definition/key/PlanReviewerDecision/evaluate", "GET /schema/log", "GET /version");

  static Stream<Arguments> refusedCalls() {
    return Stream.of(PackagedApp.VENDOR_A, PackagedApp.REVIEWER)
        .flatMap(user -> REFUSED.stream().map(call -> Arguments.of(user, call)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedCalls")
  void refusedUnderEveryAddress(String user, String call) throws Exception {
    String task = admin.taskOf("HMI-NW-2027-01").get("id").asText();
    String method = call.substring(0, call.indexOf(' '));
    String path = call.substring(call.indexOf(' ') + 1).replace("{task}", task);
    Caller basic = app.as(user);
    Caller session = app.session(user);

    for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default")) {
      assertPlainRefusal(basic.send(request(basic, method, prefix + path)), prefix + path);
    }
    assertPlainRefusal(session.send(request(session, method, "/camunda/api/engine/engine/default" + path)),
        "webapp " + path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"//engine-rest/job?maxResults=5", "/engine-rest//job?maxResults=5",
      "/engine-rest/job;x=y?maxResults=5", "/engine-rest/%6Aob?maxResults=5", "/engine-rest/job/?maxResults=5",
      "/engine-rest/JOB?maxResults=5", "/engine-rest/./job?maxResults=5", "/engine-rest/task/../job?maxResults=5",
      "/engine-rest/engine/default/./job?maxResults=5", "/engine-rest;x=y/job?maxResults=5",
      "/engine-rest/process-definition/statistics/", "/engine-rest/process-definition;a=b/statistics",
      "/engine-rest/process-definition/%73tatistics"})
  void pathTricksAreRefused(String path) throws Exception {
    for (String user : List.of(PackagedApp.VENDOR_A, PackagedApp.REVIEWER)) {
      Caller.Reply reply = app.as(user).get(path);
      assertThat(reply.status()).as(user + " " + path + " " + reply).isIn(400, 403, 404);
      assertThat(reply.body()).as(path).doesNotContain("\"id\"").doesNotContain("jobDefinitionId");
    }
  }

  @Test
  void headOptionsAndMethodOverridesAreRefused() throws Exception {
    Caller vendor = app.as(PackagedApp.VENDOR_A);
    String task = admin.taskOf("HMI-NW-2027-01").get("id").asText();
    assertThat(vendor.send(vendor.request("/engine-rest/job?maxResults=5")
        .method("HEAD", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
    assertThat(vendor.send(vendor.request("/engine-rest/job")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
    // An allowed call (POST to the task query) with an override to something else.
    for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
      Caller.Reply reply = vendor.send(vendor.request("/engine-rest/task/" + task)
          .header(header, "DELETE").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(reply.status()).as(header + " " + reply).isEqualTo(403);
    }
    assertThat(admin.task(task)).as("the task survives").isNotNull();
  }

  @Test
  void identityWritesChangeNothing() throws Exception {
    Caller vendor = app.as(PackagedApp.VENDOR_A);
    String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
    vendor.post("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + intruder + "\",\"firstName\":\"I\","
        + "\"lastName\":\"N\",\"email\":\"i@n.example\"},\"credentials\":{\"password\":\"Intruder-pw-123!\"}}");
    vendor.put("/engine-rest/user/" + PackagedApp.VENDOR_B + "/credentials",
        "{\"password\":\"Taken-over-123!\",\"authenticatedUserPassword\":\"nora\"}");
    vendor.put("/engine-rest/group/vendor-oakfield/members/" + PackagedApp.VENDOR_A, "");
    app.session(PackagedApp.VENDOR_A).post("/camunda/api/engine/engine/default/group/create",
        "{\"id\":\"" + intruder + "\",\"name\":\"x\",\"type\":\"x\"}");

    assertThat(admin.admin().get("/engine-rest/user/" + intruder + "/profile").status()).isEqualTo(404);
    assertThat(admin.admin().get("/engine-rest/group/" + intruder).status()).isEqualTo(404);
    assertThat(app.as(PackagedApp.VENDOR_B).get("/engine-rest/task?maxResults=1").status())
        .as("oscar still logs in with his password").isEqualTo(200);
    JsonNode members = admin.admin().get("/engine-rest/user?memberOfGroup=vendor-oakfield&maxResults=50").json();
    assertThat(members.findValuesAsText("id")).doesNotContain(PackagedApp.VENDOR_A);
  }

  @Test
  void ownProfileOnly() throws Exception {
    Caller vendor = app.as(PackagedApp.VENDOR_A);
    assertThat(vendor.get("/engine-rest/user/" + PackagedApp.VENDOR_A + "/profile").status()).isEqualTo(200);
    assertThat(vendor.get("/engine-rest/user/" + PackagedApp.VENDOR_B + "/profile").status()).isEqualTo(403);
    assertThat(vendor.get("/engine-rest/identity/groups?userId=" + PackagedApp.VENDOR_B).status()).isEqualTo(403);
    assertThat(vendor.get("/engine-rest/identity/groups?userId=" + PackagedApp.VENDOR_A).status()).isEqualTo(200);
    // The welcome page's profile lists one's own groups, nobody else's.
    assertThat(vendor.get("/engine-rest/group?member=" + PackagedApp.VENDOR_A + "&maxResults=25").status()).isEqualTo(200);
    assertThat(vendor.get("/engine-rest/group?member=" + PackagedApp.VENDOR_B + "&maxResults=25").status()).isEqualTo(403);
    assertThat(vendor.get("/engine-rest/group?maxResults=25").status()).isEqualTo(403);
  }

  @Test
  void tasklistsCallsStillWorkForVendorsAndTheReviewer() throws Exception {
    for (String user : List.of(PackagedApp.VENDOR_A, PackagedApp.VENDOR_B, PackagedApp.REVIEWER)) {
      Caller session = app.session(user);
      assertThat(session.get("/camunda/api/admin/auth/user/default").status()).as(user).isEqualTo(200);
      Caller.Reply filters = session.get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=false&maxResults=50");
      assertThat(filters.status()).as(user + " " + filters).isEqualTo(200);
      for (JsonNode filter : filters.json()) {
        String id = filter.get("id").asText();
        assertThat(session.get("/camunda/api/engine/engine/default/filter/" + id + "/count").status()).isEqualTo(200);
        assertThat(session.post("/camunda/api/engine/engine/default/filter/" + id + "/list?firstResult=0&maxResults=15",
            "{}").status()).isEqualTo(200);
      }
      assertThat(session.post("/camunda/api/admin/auth/user/default/logout", "").status()).as(user).isIn(200, 204);
    }
  }

  @Test
  void theReviewerHasNoCockpitAnyMore() throws Exception {
    Caller rita = app.session(PackagedApp.REVIEWER);
    assertThat(rita.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status()).isEqualTo(403);
    assertThat(rita.get("/camunda/api/admin/auth/user/default").json().get("authorizedApps").toString())
        .doesNotContain("cockpit").contains("tasklist");
    JsonNode grants = admin.admin().get("/engine-rest/authorization?groupIdIn=reviewers&resourceType=0&maxResults=50").json();
    assertThat(grants.findValuesAsText("resourceId")).doesNotContain("cockpit");
  }

  private static HttpRequest.Builder request(Caller caller, String method, String path) {
    HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
    return caller.request(path).header("Content-Type", "application/json").method(method, body);
  }

  static void assertPlainRefusal(Caller.Reply reply, String what) {
    assertThat(reply.status()).as(what + " " + reply).isEqualTo(403);
    assertThat(reply.json().get("message").asText()).as(what).isEqualTo("you are not allowed to do this");
  }
}
