package io.skillgate.platform.security;

import static io.skillgate.support.PackagedApp.ADMIN;
import static io.skillgate.support.PackagedApp.REVIEWER;
import static io.skillgate.support.PackagedApp.VENDOR_A;
import static io.skillgate.support.PackagedApp.VENDOR_B;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 2: a vendor steering her own process by writing variables. Nora (Northwind) works
 * on the demo contract HMI-NW-2027-01 from her own "Confirm upskilling plan" task; everything she
 * tries is refused and shown refused by what it left behind, read back as the admin: the
 * variables unchanged, the task still hers and open, Oscar's (Oakfield's) task list unchanged.
 * The same attacks go through {@code /engine-rest}, the named engine path and Tasklist's own API
 * with a webapp session. Only refused calls touch the demo contracts, so other attack classes
 * find them as the demo left them.
 */
@Tag("security")
class VariableAttackTest {

  static final String CONTRACT = "HMI-NW-2027-01";
  static final String OTHER_CONTRACT = "HMI-OAK-2027-02";
  static final String CONFIRM = "UserTask_ConfirmUpskillingPlan";
  /** How each surface names the engine's resources. */
  /**
   * Every 403 of the engine APIs says only this (PlainRefusals): whether the allowlist or the engine's
   * variable guard refused, the side effects below show that nothing was written.
   */
  static final String REFUSED = "you are not allowed to do this";
  static final String REST = "/engine-rest";
  static final String NAMED = "/engine-rest/engine/default";
  static final String WEBAPP = "/camunda/api/engine/engine/default";

  private final PackagedApp app = PackagedApp.get();

  /** Nora through one of the three surfaces: Basic on the REST API, the Tasklist session on the webapps' API. */
  private Caller nora(String surface) throws Exception {
    return WEBAPP.equals(surface) ? app.session(VENDOR_A) : app.as(VENDOR_A);
  }

  @ParameterizedTest
  @ValueSource(strings = {REST, NAMED, WEBAPP})
  void herTaskDoesNotLetHerChooseWhoReviewsHerPlan(String surface) throws Exception {
    JsonNode task = openTask(CONTRACT, CONFIRM);
    String oscarsBefore = taskIdsOf(VENDOR_B);

    Caller.Reply reply = nora(surface).put(surface + "/task/" + id(task) + "/variables/planReviewerGroup",
        "{\"value\":\"vendor-northwind\",\"type\":\"String\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.body()).contains(REFUSED);
    assertThat(adminVariable(task, "planReviewerGroup")).isEqualTo("reviewers");
    assertStillOpenAndHers(task);
    assertThat(taskIdsOf(VENDOR_B)).isEqualTo(oscarsBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {REST + "|complete", NAMED + "|complete", REST + "|submit-form", WEBAPP + "|submit-form",
      WEBAPP + "|complete"})
  void completingHerTaskWithAnotherVendorGroupIsRefused(String surfaceAndAction) throws Exception {
    String surface = surfaceAndAction.split("\\|")[0];
    String action = surfaceAndAction.split("\\|")[1];
    JsonNode task = openTask(CONTRACT, CONFIRM);
    String oscarsBefore = taskIdsOf(VENDOR_B);

    Caller.Reply reply = nora(surface).post(surface + "/task/" + id(task) + "/" + action,
        "{\"variables\":{\"vendorComment\":{\"value\":\"we confirm\"},"
            + "\"vendorGroup\":{\"value\":\"vendor-oakfield\",\"type\":\"String\"}}}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.body()).contains("vendorGroup: is set by SkillGate, no task may write it");
    assertThat(adminVariable(task, "vendorGroup")).isEqualTo("vendor-northwind");
    assertThat(adminVariable(task, "vendorComment")).isNull();
    assertStillOpenAndHers(task);
    assertThat(taskIdsOf(VENDOR_B)).isEqualTo(oscarsBefore);
  }

  /** A field the form does not have, and a value of the wrong type, are 400 naming the field (by its label, if the form has it). */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"colour\":{\"value\":\"red\"}}|colour: is not a field of form 'confirm-upskilling-plan'",
      "{\"vendorComment\":{\"value\":5}}|“Comment for the client's reviewer” must be text",
      "{\"vendorComment\":{\"value\":true}}|“Comment for the client's reviewer” must be text",
      "{\"vendorComment\":{\"value\":\"[1]\",\"type\":\"Json\"}}|“Comment for the client's reviewer” must be text",
      "{\"planReviewerGroup\":{\"value\":\"vendor-northwind\"}}|planReviewerGroup: is set by SkillGate"})
  void extraAndMistypedFieldsAreRefusedOnCompletion(String variablesAndReason) throws Exception {
    String variables = variablesAndReason.split("\\|")[0];
    String reason = variablesAndReason.split("\\|")[1];
    JsonNode task = openTask(CONTRACT, CONFIRM);

    for (String surface : List.of(REST, WEBAPP)) {
      Caller.Reply reply = nora(surface).post(surface + "/task/" + id(task) + "/submit-form",
          "{\"variables\":" + variables + "}");
      assertThat(reply.status()).as(surface + " " + reply).isEqualTo(400);
      assertThat(reply.body()).contains(reason);
    }
    assertThat(adminVariable(task, "vendorComment")).isNull();
    assertThat(adminVariable(task, "colour")).isNull();
    assertThat(adminVariable(task, "planReviewerGroup")).isEqualTo("reviewers");
    assertStillOpenAndHers(task);
  }

  /**
   * Resolve, BPMN error and escalation also finish a task. Tasklist uses none of them, so the engine
   * API allowlist refuses them before the engine sees them; behind it, the completion guard refuses
   * their routing variables as well (TaskCompletionGuardTest). Either way nothing changes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"resolve|{", "bpmnError|{\"errorCode\":\"Err_Any\",", "bpmnEscalation|{\"escalationCode\":\"Esc_Any\","})
  void otherWaysOfFinishingHerTaskCarryNoRoutingVariable(String actionAndBody) throws Exception {
    String action = actionAndBody.split("\\|")[0];
    String body = actionAndBody.split("\\|")[1] + "\"variables\":{\"vendorGroup\":{\"value\":\"vendor-oakfield\"}}}";
    JsonNode task = openTask(CONTRACT, CONFIRM);

    for (String surface : List.of(REST, WEBAPP)) {
      Caller.Reply reply = nora(surface).post(surface + "/task/" + id(task) + "/" + action, body);
      assertThat(reply.status()).as(surface + " " + reply).isEqualTo(403);
      assertThat(reply.body()).contains(REFUSED);
    }
    assertThat(adminVariable(task, "vendorGroup")).isEqualTo("vendor-northwind");
    assertStillOpenAndHers(task);
  }

  /** Every engine resource that takes variables, as Nora, on her own open task and its process. */
  static Stream<Arguments> variableWrites() {
    String value = "{\"value\":\"vendor-oakfield\",\"type\":\"String\"}";
    String modification = "{\"modifications\":{\"vendorGroup\":" + value + ",\"x\":" + value + "}}";
    String deletion = "{\"deletions\":[\"vendorGroup\"]}";
    String vars = "{\"variables\":{\"vendorGroup\":" + value + ",\"x\":" + value + "}}";
    List<Arguments> writes = new ArrayList<>();
    for (String surface : List.of(REST, WEBAPP)) {
      writes.addAll(List.of(
          Arguments.of(surface, "PUT", "/task/{task}/variables/x", value),
          Arguments.of(surface, "POST", "/task/{task}/variables", modification),
          Arguments.of(surface, "POST", "/task/{task}/variables", deletion),
          Arguments.of(surface, "DELETE", "/task/{task}/variables/vendorGroup", null),
          Arguments.of(surface, "PUT", "/task/{task}/localVariables/x", value),
          Arguments.of(surface, "POST", "/task/{task}/localVariables", modification),
          Arguments.of(surface, "DELETE", "/task/{task}/localVariables/x", null),
          Arguments.of(surface, "MULTIPART", "/task/{task}/variables/x/data", null),
          Arguments.of(surface, "MULTIPART", "/task/{task}/localVariables/x/data", null),
          Arguments.of(surface, "PUT", "/execution/{execution}/localVariables/vendorGroup", value),
          Arguments.of(surface, "POST", "/execution/{execution}/localVariables", modification),
          Arguments.of(surface, "POST", "/execution/{execution}/signal", vars),
          Arguments.of(surface, "POST", "/execution/{execution}/messageSubscriptions/ContractTerminated/trigger", vars),
          Arguments.of(surface, "PUT", "/process-instance/{instance}/variables/vendorGroup", value),
          Arguments.of(surface, "POST", "/process-instance/{instance}/variables", modification),
          Arguments.of(surface, "POST", "/process-instance/{instance}/variables", deletion),
          Arguments.of(surface, "DELETE", "/process-instance/{instance}/variables/vendorGroup", null),
          Arguments.of(surface, "MULTIPART", "/process-instance/{instance}/variables/x/data", null),
          Arguments.of(surface, "POST", "/process-instance/{instance}/modification",
              "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_ApproveUpskillingPlan\","
                  + "\"variables\":{\"planReviewerGroup\":{\"value\":\"vendor-northwind\"}}}]}"),
          Arguments.of(surface, "POST", "/message",
              "{\"messageName\":\"ContractTerminated\",\"businessKey\":\"" + OTHER_CONTRACT + "\",\"all\":true,"
                  + "\"processVariables\":{\"terminationReason\":" + value + "}}"),
          Arguments.of(surface, "POST", "/signal", "{\"name\":\"AnySignal\",\"variables\":{\"x\":" + value + "}}"),
          Arguments.of(surface, "POST", "/condition", "{\"variables\":{\"x\":" + value + "}}"),
          Arguments.of(surface, "POST", "/process-definition/key/ContractProgrammeProcess/start",
              "{\"businessKey\":\"EVIL-1\",\"variables\":{\"vendorGroup\":" + value + "}}"),
          Arguments.of(surface, "POST", "/process-definition/key/ContractProgrammeProcess/submit-form",
              "{\"businessKey\":\"EVIL-1\",\"variables\":{\"vendorGroup\":" + value + "}}")));
    }
    return writes.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("variableWrites")
  void noOtherVariableWriteReachesTheEngine(String surface, String method, String path, String body) throws Exception {
    JsonNode task = openTask(CONTRACT, CONFIRM);
    String oscarsBefore = taskIdsOf(VENDOR_B);
    long instancesBefore = adminCount("/process-instance/count?processDefinitionKey=ContractProgrammeProcess");
    String resolved = surface + path.replace("{task}", id(task))
        .replace("{execution}", task.path("executionId").asText())
        .replace("{instance}", task.path("processInstanceId").asText());
    Caller nora = nora(surface);

    Caller.Reply reply = switch (method) {
      case "PUT" -> nora.put(resolved, body);
      case "POST" -> nora.post(resolved, body);
      case "DELETE" -> nora.delete(resolved);
      default -> nora.send(multipart(nora, resolved));
    };

    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.body()).contains(REFUSED);
    assertThat(reply.body()).doesNotContain(OTHER_CONTRACT);
    assertThat(adminVariable(task, "vendorGroup")).isEqualTo("vendor-northwind");
    assertThat(adminVariable(task, "planReviewerGroup")).isEqualTo("reviewers");
    assertThat(adminVariable(task, "x")).isNull();
    assertThat(app.as(ADMIN).get(REST + "/task/" + id(task) + "/localVariables").json().has("x")).isFalse();
    assertStillOpenAndHers(task);
    assertThat(adminCount("/process-instance/count?processDefinitionKey=ContractProgrammeProcess"))
        .isEqualTo(instancesBefore);
    assertThat(adminCount("/task/count?processInstanceBusinessKey=" + CONTRACT
        + "&taskDefinitionKey=UserTask_ApproveUpskillingPlan")).isZero();
    assertThat(adminCount("/process-instance/count?businessKey=EVIL-1")).isZero();
    JsonNode terminated = app.as(ADMIN).get(REST + "/variable-instance?variableName=terminationReason&maxResults=5").json();
    assertThat(terminated.findValuesAsText("value")).doesNotContain("vendor-oakfield");
    assertThat(taskIdsOf(VENDOR_B)).isEqualTo(oscarsBefore);
  }

  /** The client's reviewer is not a process admin either: no variable writes outside her own tasks. */
  @ParameterizedTest
  @ValueSource(strings = {REST, WEBAPP})
  void theReviewerWritesNoVariableOfAVendorsProcess(String surface) throws Exception {
    JsonNode task = openTask(CONTRACT, CONFIRM);
    Caller rita = WEBAPP.equals(surface) ? app.session(REVIEWER) : app.as(REVIEWER);

    Caller.Reply reply = rita.put(surface + "/process-instance/" + task.path("processInstanceId").asText()
        + "/variables/vendorGroup", "{\"value\":\"reviewers\",\"type\":\"String\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.body()).contains(REFUSED);
    assertThat(adminVariable(task, "vendorGroup")).isEqualTo("vendor-northwind");
    assertStillOpenAndHers(task);
  }

  /** Her task does not take the reviewer's decision either: "approve" is not one of its fields. */
  @Test
  void herTaskDoesNotTakeTheReviewersDecision() throws Exception {
    JsonNode task = openTask(CONTRACT, CONFIRM);
    Caller.Reply reply = app.as(VENDOR_A).post(REST + "/task/" + id(task) + "/complete",
        "{\"variables\":{\"planDecision\":{\"value\":\"approve\"}}}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.body()).contains("planDecision: is not a field of form 'confirm-upskilling-plan'");
    assertStillOpenAndHers(task);
    assertThat(adminVariable(task, "planDecision")).isNull();
  }

  // --- helpers ------------------------------------------------------------------------------

  /** The open task of that contract and definition, as the admin sees it. */
  private JsonNode openTask(String contract, String definitionKey) throws Exception {
    JsonNode tasks = app.as(ADMIN).get(REST + "/task?processInstanceBusinessKey=" + contract
        + "&taskDefinitionKey=" + definitionKey + "&maxResults=5").json();
    assertThat(tasks.size()).as("open " + definitionKey + " of " + contract).isEqualTo(1);
    return tasks.get(0);
  }

  private static String id(JsonNode task) {
    return task.path("id").asText();
  }

  /** A process variable as the admin reads it (null when the process has none of that name). */
  private String adminVariable(JsonNode task, String name) throws Exception {
    Caller.Reply reply = app.as(ADMIN).get(REST + "/process-instance/" + task.path("processInstanceId").asText()
        + "/variables/" + name);
    if (reply.status() == 404) {
      return null;
    }
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode value = reply.json().path("value");
    return value.isNull() ? null : value.asText();
  }

  private long adminCount(String path) throws Exception {
    return app.as(ADMIN).get(REST + path).json().path("count").asLong();
  }

  /** The ids of the tasks this user's task list shows. */
  private String taskIdsOf(String user) throws Exception {
    JsonNode tasks = app.as(user).get(REST + "/task?maxResults=500&sortBy=id&sortOrder=asc").json();
    return tasks.findValuesAsText("id").toString();
  }

  /** The task is still open, still offered to Northwind only, and Nora still sees it. */
  private void assertStillOpenAndHers(JsonNode task) throws Exception {
    assertThat(app.as(ADMIN).get(REST + "/task/" + id(task)).status()).isEqualTo(200);
    JsonNode links = app.as(ADMIN).get(REST + "/task/" + id(task) + "/identity-links?type=candidate").json();
    assertThat(links.findValuesAsText("groupId")).containsExactly("vendor-northwind");
    assertThat(app.as(VENDOR_A).get(REST + "/task/" + id(task)).status()).isEqualTo(200);
    assertThat(app.as(VENDOR_B).get(REST + "/task/" + id(task)).status()).isIn(403, 404);
    assertThat(app.as(REVIEWER).get(REST + "/task/" + id(task)).status()).isIn(403, 404);
  }

  /** Binary variable data, posted as Camunda's REST API wants it (multipart, field "data"). */
  private static HttpRequest.Builder multipart(Caller caller, String path) {
    String boundary = "----skillgate-attack";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"x.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + "vendor-oakfield\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"valueType\"\r\n\r\n"
        + "Bytes\r\n"
        + "--" + boundary + "--\r\n";
    return caller.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }
}
