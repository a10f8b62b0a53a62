package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.contract.ContractRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The onboarding API over the whole application: learning paths by role from the decision table,
 * evidence and approvals in the member view, vendor isolation, and bad input refused unchanged.
 */
@SkillGateTest
class OnboardingApiTest {

  static final String AGENT = "NW-A01";
  static final String LEAD = "NW-L01";

  @Autowired Api api;
  @Autowired OnboardingService onboarding;
  @Autowired OnboardingRepository onboardings;
  @Autowired ContractRepository contracts;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  String id;
  OnboardingTestSteps steps;

  @BeforeEach
  void registerContract() {
    steps = new OnboardingTestSteps(tasks, management, onboarding);
    id = Fixtures.uniqueId("ONB");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
  }

  @Test
  void membersOfTwoRolesGetTheLearningPathsOfTheirRoles() {
    onboarding.start(id, AGENT, Fixtures.VENDOR_A_GROUP);
    onboarding.start(id, LEAD, Fixtures.VENDOR_A_GROUP);

    Map<String, JsonNode> agent = itemsByKey(view(TestSupport.VENDOR_A, AGENT));
    assertThat(agent.keySet()).containsExactlyInAnyOrder(
        "competency:data-protection", "competency:claims-standards", "competency:fraud-awareness",
        "document:claims-manual", "document:fraud-playbook", "document:system-runbook",
        "workshop:workshop-1", "workshop:workshop-2", "workshop:workshop-3",
        "shadowing", "role:security-induction", "role:claims-desk-walkthrough");
    assertThat(agent.get("shadowing").get("buddy").asText()).isEqualTo("Harbor handler 1");
    assertThat(agent.get("shadowing").get("delivery").asText()).isEqualTo("ON_THE_JOB");
    assertThat(agent.get("document:claims-manual").get("delivery").asText()).isEqualTo("SELF_PACED");
    assertThat(agent.get("workshop:workshop-1").get("delivery").asText()).isEqualTo("LIVE");
    // Workshops of the transition phase are due by that phase's end.
    assertThat(agent.get("workshop:workshop-1").get("dueDate").asText()).isEqualTo("2027-04-30");
    assertThat(agent.get("role:claims-desk-walkthrough").get("source").asText()).isEqualTo("DECISION");
    assertThat(agent.get("competency:data-protection").get("source").asText()).isEqualTo("CONTRACT");

    Map<String, JsonNode> lead = itemsByKey(view(TestSupport.REVIEWER, LEAD));
    assertThat(lead.keySet())
        .contains("competency:data-protection", "document:claims-manual", "workshop:workshop-3",
            "role:security-induction", "role:escalation-procedures", "role:workforce-planning")
        .doesNotContain("shadowing", "role:claims-desk-walkthrough")
        .hasSize(12);
    assertThat(lead.get("role:workforce-planning").get("delivery").asText()).isEqualTo("SELF_PACED");
  }

  @Test
  void evidenceSignOffsAndApprovalShowInTheMemberView() {
    ProcessInstance pi = onboarding.start(id, LEAD, Fixtures.VENDOR_A_GROUP);
    steps.provisionAccess(pi.getId());

    JsonNode before = view(TestSupport.VENDOR_A, LEAD);
    assertThat(before.get("onboarding").get("status").asText()).isEqualTo("IN_PROGRESS");
    for (JsonNode item : before.get("learningPath")) {
      Api.Response r = postEvidence(TestSupport.VENDOR_A, LEAD, item.get("id").asLong(), evidence());
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
    JsonNode submitted = view(TestSupport.VENDOR_A, LEAD);
    assertThat(submitted.get("learningPath")).allSatisfy(i -> {
      assertThat(i.get("status").asText()).isEqualTo("SUBMITTED");
      JsonNode e = i.get("evidence").get(0);
      assertThat(e.get("date").asText()).isEqualTo(LocalDate.now().minusDays(2).toString());
      assertThat(e.get("durationMinutes").asInt()).isEqualTo(45);
      assertThat(e.get("with").asText()).isEqualTo("Harbor QA lead");
      assertThat(e.get("reference").asText()).isEqualTo("https://lms.example/evidence/7");
      assertThat(e.get("recordedBy").asText()).isEqualTo(TestSupport.VENDOR_A);
    });

    // The last item's evidence completed the member's evidence task: the approval waits.
    assertThat(steps.open(pi.getId(), OnboardingTestSteps.EVIDENCE)).isEmpty();
    steps.approve(pi.getId(), TestSupport.REVIEWER);

    JsonNode done = view(TestSupport.VENDOR_A, LEAD);
    JsonNode o = done.get("onboarding");
    assertThat(o.get("status").asText()).isEqualTo("APPROVED");
    assertThat(o.get("approvedBy").asText()).isEqualTo(TestSupport.REVIEWER);
    assertThat(o.get("approvedAt").asText()).isNotBlank();
    assertThat(o.get("accessProvisionedAt").asText()).isNotBlank();
    assertThat(done.get("learningPath")).allSatisfy(i -> {
      assertThat(i.get("status").asText()).isEqualTo("ACCEPTED");
      assertThat(i.get("signedOffBy").asText()).isEqualTo(TestSupport.REVIEWER);
      assertThat(i.get("signedOffAt").asText()).isNotBlank();
    });
  }

  @Test
  void badEvidenceIsRefusedWithItsFieldsAndChangesNothing() {
    ProcessInstance pi = onboarding.start(id, LEAD, Fixtures.VENDOR_A_GROUP);
    steps.provisionAccess(pi.getId());
    long item = view(TestSupport.VENDOR_A, LEAD).get("learningPath").get(0).get("id").asLong();

    Api.Response empty = postEvidence(TestSupport.VENDOR_A, LEAD, item, Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(fields(empty)).containsExactlyInAnyOrder("date", "durationMinutes", "with", "reference");

    Map<String, Object> future = evidence();
    future.put("date", LocalDate.now().plusDays(1).toString());
    future.put("durationMinutes", 0);
    Api.Response wrong = postEvidence(TestSupport.VENDOR_A, LEAD, item, future);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(fields(wrong)).containsExactlyInAnyOrder("date", "durationMinutes");

    assertThat(postEvidence(TestSupport.VENDOR_B, LEAD, item, evidence()).status()).isEqualTo(404);
    assertThat(postEvidence(TestSupport.REVIEWER, LEAD, item, evidence()).status()).isEqualTo(403);
    assertThat(postEvidence(TestSupport.VENDOR_A, "NW-X99", item, evidence()).status()).isEqualTo(404);
    assertThat(postEvidence(TestSupport.VENDOR_A, LEAD, item + 100_000, evidence()).status()).isEqualTo(404);
    // An item of another member is not this member's.
    onboarding.start(id, AGENT, Fixtures.VENDOR_A_GROUP);
    long agentItem = view(TestSupport.VENDOR_A, AGENT).get("learningPath").get(0).get("id").asLong();
    assertThat(postEvidence(TestSupport.VENDOR_A, LEAD, agentItem, evidence()).status()).isEqualTo(404);

    long onboardingId = onboardings.findByMember(id, LEAD).orElseThrow().id();
    assertThat(onboardings.evidence(onboardingId)).isEmpty();
    String task = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE).getId();
    assertThat(OnboardingTestSteps.waitingItems(tasks, task)).hasSize(12).contains(item);

    assertThat(postEvidence(TestSupport.VENDOR_A, LEAD, item, evidence()).status()).isEqualTo(200);
    // The open task now waits only for the others; its checklist shows the item as recorded.
    assertThat(OnboardingTestSteps.waitingItems(tasks, task)).hasSize(11).doesNotContain(item);
    assertThat(OnboardingTestSteps.checklist(tasks, task)).containsOnlyOnce("Recorded: ");
    Api.Response again = postEvidence(TestSupport.VENDOR_A, LEAD, item, evidence());
    assertThat(again.status()).isEqualTo(409);
    assertThat(onboardings.evidence(onboardingId)).hasSize(1);
  }

  @Test
  void memberViewFollowsTheContractsAccessRules() {
    onboarding.start(id, AGENT, Fixtures.VENDOR_A_GROUP);

    assertThat(api.get(TestSupport.VENDOR_A, path(AGENT)).status()).isEqualTo(200);
    assertThat(api.get(TestSupport.ADMIN, path(AGENT)).status()).isEqualTo(200);
    assertThat(api.get(TestSupport.VENDOR_B, path(AGENT)).status()).isEqualTo(404);
    assertThat(api.get(null, path(AGENT)).status()).isEqualTo(401);
    assertThat(api.get(TestSupport.REVIEWER, path("NW-X99")).status()).isEqualTo(404);
    // A member whose onboarding has not started yet: the roster entry, no path.
    JsonNode notStarted = view(TestSupport.REVIEWER, LEAD);
    assertThat(notStarted.get("member").get("name").asText()).isEqualTo("Maya Lead");
    assertThat(notStarted.has("onboarding")).isFalse();
    assertThat(notStarted.get("learningPath")).isEmpty();
  }

  @Test
  void badJoinsAreRefusedAndChangeNothing() {
    Api.Response duplicate = join(TestSupport.VENDOR_A, member(AGENT, "claims-agent"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(fields(duplicate)).containsExactly("id");

    Api.Response unknownRole = join(TestSupport.VENDOR_A, member("NW-A50", "pilot"));
    assertThat(unknownRole.status()).isEqualTo(400);
    assertThat(fields(unknownRole)).containsExactly("role");

    Map<String, Object> noEmail = member("NW-A51", "claims-agent");
    noEmail.remove("email");
    Api.Response missing = join(TestSupport.VENDOR_A, noEmail);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).containsExactly("email");

    assertThat(join(TestSupport.VENDOR_B, member("NW-A52", "claims-agent")).status()).isEqualTo(404);
    assertThat(contracts.members(id)).hasSize(15);
    assertThat(contracts.events(id)).noneSatisfy(e -> assertThat(e.kind()).isEqualTo("MEMBER_JOINED"));
  }

  /** In BPO the vendor staffs the team and the client is told: a reviewer cannot add a member, the vendor can. */
  @Test
  void theVendorAddsMembersAndTheClientSeesThemInTheHistory() {
    Api.Response byClient = join(TestSupport.REVIEWER, member("NW-A60", "claims-agent"));
    assertThat(byClient.status()).as(byClient.body()).isEqualTo(403);
    assertThat(byClient.json().path("message").asText()).isEqualTo(OnboardingService.STAFFED_BY_VENDOR);
    assertThat(contracts.member(id, "NW-A60")).isEmpty();

    assertThat(join(TestSupport.VENDOR_A, member("NW-A60", "claims-agent")).status()).isEqualTo(201);
    assertThat(join(TestSupport.ADMIN, member("NW-A61", "claims-agent")).status()).isEqualTo(201);
    Api.Response seenByClient = api.get(TestSupport.REVIEWER, "/api/contracts/" + id);
    assertThat(seenByClient.body()).contains("NW-A60 (claims-agent) joined", "NW-A61 (claims-agent) joined");
  }

  @Test
  void departureIsRecordedOnceAndEndsTheMembersOnboarding() {
    ProcessInstance pi = onboarding.start(id, AGENT, Fixtures.VENDOR_A_GROUP);
    Map<String, Object> departure = Map.of("reason", "resigned", "date", LocalDate.now().toString());

    assertThat(api.post(TestSupport.VENDOR_B, path(AGENT) + "/departure", departure).status()).isEqualTo(404);
    assertThat(api.post(TestSupport.VENDOR_A, path("NW-X99") + "/departure", departure).status()).isEqualTo(404);
    Api.Response noReason = api.post(TestSupport.VENDOR_A, path(AGENT) + "/departure",
        Map.of("date", LocalDate.now().plusDays(3).toString()));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactlyInAnyOrder("reason", "date");
    assertThat(contracts.member(id, AGENT).orElseThrow().isActive()).isTrue();
    assertThat(steps.open(pi.getId(), "UserTask_ProvisionAccess")).hasSize(1);

    Api.Response left = api.post(TestSupport.VENDOR_A, path(AGENT) + "/departure", departure);
    assertThat(left.status()).as(left.toString()).isEqualTo(200);
    assertThat(left.json().get("status").asText()).isEqualTo("LEFT");
    assertThat(left.json().get("leftReason").asText()).isEqualTo("resigned");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    JsonNode view = view(TestSupport.REVIEWER, AGENT);
    assertThat(view.get("onboarding").get("status").asText()).isEqualTo("ENDED");
    assertThat(view.get("learningPath")).allSatisfy(i -> assertThat(i.get("status").asText()).isEqualTo("CANCELLED"));

    assertThat(api.post(TestSupport.VENDOR_A, path(AGENT) + "/departure", departure).status()).isEqualTo(409);
  }

  private String path(String memberId) {
    return "/api/contracts/" + id + "/members/" + memberId;
  }

  private JsonNode view(String user, String memberId) {
    Api.Response r = api.get(user, path(memberId));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private Api.Response postEvidence(String user, String memberId, long itemId, Map<String, Object> body) {
    return api.post(user, path(memberId) + "/items/" + itemId + "/evidence", body);
  }

  private Api.Response join(String user, Map<String, Object> member) {
    return api.post(user, "/api/contracts/" + id + "/members", member);
  }

  private static Map<String, Object> evidence() {
    Map<String, Object> e = new HashMap<>();
    e.put("date", LocalDate.now().minusDays(2).toString());
    e.put("durationMinutes", 45);
    e.put("with", "Harbor QA lead");
    e.put("reference", "https://lms.example/evidence/7");
    return e;
  }

  private static Map<String, Object> member(String memberId, String role) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", memberId);
    m.put("name", "New Member");
    m.put("email", "new.member@northwind.example");
    m.put("role", role);
    return m;
  }

  private static List<String> fields(Api.Response r) {
    return new ArrayList<>(r.json().get("fieldErrors").findValuesAsText("field"));
  }

  private static Map<String, JsonNode> itemsByKey(JsonNode view) {
    Map<String, JsonNode> byKey = new HashMap<>();
    StreamSupport.stream(view.get("learningPath").spliterator(), false).forEach(i -> byKey.put(i.get("key").asText(), i));
    return byKey;
  }
}
