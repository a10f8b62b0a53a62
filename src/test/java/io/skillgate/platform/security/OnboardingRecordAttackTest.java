package io.skillgate.platform.security;

import static io.skillgate.support.PackagedApp.ADMIN;
import static io.skillgate.support.PackagedApp.REVIEWER;
import static io.skillgate.support.PackagedApp.VENDOR_A;
import static io.skillgate.support.PackagedApp.VENDOR_B;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Caller;
import io.skillgate.support.PackagedApp;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14, item 2, the record part: Nora completes her "Provision access and tools" task with
 * {@code onboardingId} set to Oakfield's record (ids are sequential), which wrote into Oscar's
 * record. Two contracts of this class's own (one per vendor, two members each) go through the
 * plan's round trip first: Nora confirms in Tasklist, cannot take the reviewer's approval, Rita
 * approves; the same for Oscar. The demo contracts stay as they were for the other attacks. Last,
 * the upload page's evidence write with a Tasklist session: only the vendor's own, with its token.
 */
@Tag("security")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingRecordAttackTest {

  static final String REST = "/engine-rest";
  static final String WEBAPP = "/camunda/api/engine/engine/default";
  static final String PROVISION = "UserTask_ProvisionAccess";

  private final PackagedApp app = PackagedApp.get();
  private final ObjectMapper json = new ObjectMapper();
  private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String northwind = "SEC-NW-" + suffix;
  private final String oakfield = "SEC-OAK-" + suffix;

  @BeforeAll
  void registerOneContractPerVendor() throws Exception {
    register("demo/harbor-northwind.json", northwind, "NWS");
    register("demo/harbor-oakfield.json", oakfield, "OAS");
  }

  /** The plan's round trip: the vendor confirms, the reviewer approves; the vendor never can. */
  @Test
  @Order(1)
  void theVendorConfirmsHerPlanButOnlyTheReviewerApprovesIt() throws Exception {
    JsonNode confirm = openTask(northwind, "UserTask_ConfirmUpskillingPlan");
    Caller.Reply confirmed = app.session(VENDOR_A).post(WEBAPP + "/task/" + id(confirm) + "/submit-form",
        "{\"variables\":{\"vendorComment\":{\"value\":\"we confirm\"}}}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);

    JsonNode approve = openTask(northwind, "UserTask_ApproveUpskillingPlan");
    assertThat(app.as(VENDOR_A).get(REST + "/task?processInstanceBusinessKey=" + northwind + "&maxResults=5").json())
        .as("Nora's task list").isEmpty();
    for (String surface : new String[] {REST, WEBAPP}) {
      Caller nora = REST.equals(surface) ? app.as(VENDOR_A) : app.session(VENDOR_A);
      Caller.Reply selfApproval = nora.post(surface + "/task/" + id(approve) + "/submit-form",
          "{\"variables\":{\"planDecision\":{\"value\":\"approve\"}}}");
      assertThat(selfApproval.status()).as(surface + " " + selfApproval).isEqualTo(403);
      assertThat(selfApproval.body()).doesNotContain(oakfield);
    }
    assertThat(openTask(northwind, "UserTask_ApproveUpskillingPlan").path("id").asText()).isEqualTo(id(approve));
    assertThat(app.as(ADMIN).get(REST + "/task/" + id(approve) + "/identity-links?type=candidate").json()
        .findValuesAsText("groupId")).containsExactly("reviewers");

    Caller.Reply approved = app.session(REVIEWER).post(WEBAPP + "/task/" + id(approve) + "/submit-form",
        "{\"variables\":{\"planDecision\":{\"value\":\"approve\"}}}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);

    agreePlan(oakfield, VENDOR_B);
    assertThat(openTasks(northwind, PROVISION).size()).isEqualTo(2);
    assertThat(openTasks(oakfield, PROVISION).size()).isEqualTo(2);
  }

  @Test
  @Order(2)
  void herProvisioningTaskDoesNotWriteIntoOakfieldsOnboarding() throws Exception {
    JsonNode task = openTasks(northwind, PROVISION).get(0);
    String oscarsMember = memberOf(openTasks(oakfield, PROVISION).get(0));
    long oscarsOnboarding = onboardingIdOf(openTasks(oakfield, PROVISION).get(0));
    String norasMember = memberOf(task);

    for (String surface : new String[] {REST, WEBAPP}) {
      Caller nora = REST.equals(surface) ? app.as(VENDOR_A) : app.session(VENDOR_A);
      for (String action : new String[] {"complete", "submit-form"}) {
        Caller.Reply reply = nora.post(surface + "/task/" + id(task) + "/" + action,
            "{\"variables\":{\"accessProvisioned\":{\"value\":true},\"accessNote\":{\"value\":\"done\"},"
                + "\"onboardingId\":{\"value\":" + oscarsOnboarding + ",\"type\":\"Long\"}}}");
        assertThat(reply.status()).as(surface + " " + action + " " + reply).isEqualTo(400);
        assertThat(reply.body()).contains("onboardingId: is set by SkillGate, no task may write it");
      }
      Caller.Reply put = nora.put(surface + "/task/" + id(task) + "/variables/onboardingId",
          "{\"value\":" + oscarsOnboarding + ",\"type\":\"Long\"}");
      assertThat(put.status()).as(surface + " " + put).isEqualTo(403);
    }

    assertThat(onboarding(oakfield, oscarsMember).path("accessProvisionedBy").isMissingNode()).isTrue();
    assertThat(onboarding(northwind, norasMember).path("accessProvisionedBy").isMissingNode()).isTrue();
    assertThat(onboardingIdOf(task)).isNotEqualTo(oscarsOnboarding);
    assertThat(app.as(ADMIN).get(REST + "/task/" + id(task)).status()).isEqualTo(200);

    // Her own record, with the form's fields only: written, and only hers.
    Caller.Reply done = app.session(VENDOR_A).post(WEBAPP + "/task/" + id(task) + "/submit-form",
        "{\"variables\":{\"accessProvisioned\":{\"value\":true},\"accessNote\":{\"value\":\"laptop and VPN\"}}}");
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
    assertThat(onboarding(northwind, norasMember).path("accessProvisionedBy").asText()).isEqualTo(VENDOR_A);
    assertThat(onboarding(oakfield, oscarsMember).path("accessProvisionedBy").isMissingNode()).isTrue();
  }

  /** A checkbox given text is refused, naming the field; nothing is recorded. */
  @Test
  @Order(3)
  void aCheckboxGivenTextIsRefused() throws Exception {
    JsonNode task = openTasks(northwind, PROVISION).get(0);
    Caller.Reply reply = app.as(VENDOR_A).post(REST + "/task/" + id(task) + "/complete",
        "{\"variables\":{\"accessProvisioned\":{\"value\":\"yes\"}}}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.body()).contains("“Access and tools are provisioned” must be true or false")
        .contains("\"field\":\"accessProvisioned\"");
    assertThat(onboarding(northwind, memberOf(task)).path("accessProvisionedBy").isMissingNode()).isTrue();
    assertThat(app.as(ADMIN).get(REST + "/task/" + id(task)).status()).isEqualTo(200);
  }

  /**
   * The upload page records an item's evidence with the Tasklist session and its CSRF token. Only
   * Northwind's own session writes it, and only with the token; Oakfield's session does not reach
   * Northwind's member, and a reviewer's session records no vendor evidence. Nothing changes until
   * Nora's own write.
   */
  @Test
  @Order(4)
  void theUploadPagesEvidenceNeedsTheVendorsOwnSessionAndItsToken() throws Exception {
    JsonNode task = openTask(northwind, "UserTask_RecordOnboardingEvidence");
    String member = memberOf(task);
    long item = member(northwind, member).path("learningPath").get(0).path("id").asLong();
    String path = "/api/contracts/" + northwind + "/members/" + member + "/items/" + item + "/evidence";
    String evidence = "{\"date\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"durationMinutes\":30,"
        + "\"with\":\"Harbor trainer\",\"reference\":\"LMS record 7\"}";

    Caller.Reply oscar = app.session(VENDOR_B).post(path, evidence);
    assertThat(oscar.status()).as(oscar.toString()).isEqualTo(404);
    assertThat(oscar.body()).doesNotContain("Harbor trainer");
    Caller.Reply forged = app.session(VENDOR_A).withoutCsrfToken().post(path, evidence);
    assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
    Caller.Reply reviewer = app.session(REVIEWER).post(path, evidence);
    assertThat(reviewer.status()).as(reviewer.toString()).isEqualTo(403);
    JsonNode untouched = itemOf(northwind, member, item);
    assertThat(untouched.path("status").asText()).isEqualTo("OPEN");
    assertThat(untouched.path("evidence")).isEmpty();

    Caller.Reply nora = app.session(VENDOR_A).post(path, evidence);
    assertThat(nora.status()).as(nora.toString()).isEqualTo(200);
    JsonNode recorded = itemOf(northwind, member, item);
    assertThat(recorded.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(recorded.path("evidence").get(0).path("recordedBy").asText()).isEqualTo(VENDOR_A);
  }

  // --- helpers ------------------------------------------------------------------------------

  /** A copy of a demo contract under a new id, with two members, registered by the reviewer. */
  private void register(String demo, String id, String memberPrefix) throws Exception {
    ObjectNode contract;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(demo)) {
      contract = (ObjectNode) json.readTree(in);
    }
    contract.put("id", id);
    ArrayNode members = json.createArrayNode();
    for (int i = 0; i < 2; i++) {
      ObjectNode m = ((ObjectNode) contract.withArray("members").get(i)).deepCopy();
      m.put("id", memberPrefix + "-" + suffix + "-" + i);
      m.put("email", "m" + i + "-" + suffix.toLowerCase() + "@" + memberPrefix.toLowerCase() + ".example");
      members.add(m);
    }
    contract.set("members", members);
    Caller.Reply reply = app.as(REVIEWER).post("/api/contracts", json.writeValueAsString(contract));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  private void agreePlan(String contract, String vendor) throws Exception {
    Caller.Reply confirmed = app.as(vendor).post(REST + "/task/" + id(openTask(contract, "UserTask_ConfirmUpskillingPlan"))
        + "/complete", "{\"variables\":{\"vendorComment\":{\"value\":\"we confirm\"}}}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
    Caller.Reply approved = app.as(REVIEWER).post(REST + "/task/" + id(openTask(contract, "UserTask_ApproveUpskillingPlan"))
        + "/complete", "{\"variables\":{\"planDecision\":{\"value\":\"approve\"}}}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
  }

  private JsonNode openTask(String contract, String definitionKey) throws Exception {
    JsonNode tasks = openTasks(contract, definitionKey);
    assertThat(tasks.size()).as("open " + definitionKey + " of " + contract).isEqualTo(1);
    return tasks.get(0);
  }

  /** Open tasks as the admin sees them, waited for a while (onboarding starts behind the approval). */
  private JsonNode openTasks(String contract, String definitionKey) throws Exception {
    JsonNode tasks = null;
    for (int i = 0; i < 30; i++) {
      tasks = app.as(ADMIN).get(REST + "/task?processInstanceBusinessKey=" + contract + "&taskDefinitionKey="
          + definitionKey + "&sortBy=id&sortOrder=asc&maxResults=50").json();
      if (tasks.size() > 0) {
        return tasks;
      }
      Thread.sleep(500);
    }
    return tasks;
  }

  private static String id(JsonNode task) {
    return task.path("id").asText();
  }

  private String variableOf(JsonNode task, String name) throws Exception {
    return app.as(ADMIN).get(REST + "/process-instance/" + task.path("processInstanceId").asText() + "/variables/" + name)
        .json().path("value").asText();
  }

  private String memberOf(JsonNode task) throws Exception {
    return variableOf(task, "memberId");
  }

  private long onboardingIdOf(JsonNode task) throws Exception {
    return Long.parseLong(variableOf(task, "onboardingId"));
  }

  /** The member's onboarding record, as SkillGate's API shows it to the admin. */
  private JsonNode onboarding(String contract, String member) throws Exception {
    return member(contract, member).path("onboarding");
  }

  /** The member with their onboarding and learning path, as SkillGate's API shows them to the admin. */
  private JsonNode member(String contract, String member) throws Exception {
    Caller.Reply reply = app.as(ADMIN).get("/api/contracts/" + contract + "/members/" + member);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private JsonNode itemOf(String contract, String member, long item) throws Exception {
    for (JsonNode i : member(contract, member).path("learningPath")) {
      if (i.path("id").asLong() == item) {
        return i;
      }
    }
    throw new AssertionError("no item " + item + " on " + member + "'s learning path");
  }
}
