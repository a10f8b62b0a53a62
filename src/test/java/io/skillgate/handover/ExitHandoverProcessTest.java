package io.skillgate.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.ContractStage;
import io.skillgate.contract.TeamMember;
import io.skillgate.onboarding.OnboardingService;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ExitHandoverProcessIds;
import io.skillgate.support.bpmn.MemberOnboardingProcessIds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through ExitHandoverProcess, started as the programme's call activity would start it. */
@SkillGateTest
class ExitHandoverProcessTest {

  /** The demo contract's exit terms: 3 materials, 3 recordings, reverse shadowing, 2 certifications. */
  static final int DEMO_ITEMS = 9;
  static final List<String> DEMO_SYSTEMS = List.of("Claims system", "Document store", "Email distribution lists");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ContractRepository contracts;
  @Autowired HandoverRepository handovers;
  @Autowired Clock clock;
  @Autowired Api api;
  @Autowired OnboardingService onboarding;

  String id;
  ProcessInstance handover;

  @BeforeEach
  void registerContract() {
    id = Fixtures.uniqueId("EHP");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
  }

  @Test
  void regularEndEveryItemAcceptedAccessRevokedAndSignedOffClosesTheContract() {
    LocalDate end = today().plusDays(60);
    start(end, false);

    assertThat(handover).hasPassed(ExitHandoverProcessIds.SERVICE_TASK_PREPARE_HANDOVER_CHECKLIST).isWaitingAt(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM);
    assertThat(stage()).isEqualTo(ContractStage.EXIT_HANDOVER);
    List<Task> deliveries = open(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM);
    assertThat(deliveries).hasSize(DEMO_ITEMS).allSatisfy(t -> {
      assertThat(t).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
      // Due 14 days (skillgate.handover.delivery-lead-days) before the effective end date.
      assertThat(t.getDueDate()).isEqualTo(date(end.minusDays(14)));
    });
    assertThat(deliveries).extracting(t -> tasks.getVariable(t.getId(), "itemTitle"))
        .contains("Updated system runbook", "Claims lifecycle workshop recording",
            "Records of ITIL 4 Foundation certifications (role team-lead)");

    deliverAll();
    List<Task> reviews = open(ExitHandoverProcessIds.USER_TASK_ACCEPT_HANDOVER_ITEM);
    assertThat(reviews).hasSize(DEMO_ITEMS).allSatisfy(t -> assertThat(t).hasCandidateGroup("reviewers"));
    reviews.forEach(t -> tasks.complete(t.getId(), Map.of("itemDecision", "accept")));
    runAsyncContinuations();
    assertThat(handovers.items(id)).allSatisfy(i -> assertThat(i.status()).isEqualTo(HandoverItem.Status.ACCEPTED));

    // Access is revoked only once the contract has ended: a timer at the effective end date.
    assertThat(handover).isWaitingAt(ExitHandoverProcessIds.INTERMEDIATE_CATCH_EVENT_CONTRACT_END_REACHED);
    assertThat(open(ExitHandoverProcessIds.USER_TASK_REVOKE_SYSTEM_ACCESS)).isEmpty();
    Job endReached = management.createJobQuery().processInstanceId(handover.getId())
        .activityId(ExitHandoverProcessIds.INTERMEDIATE_CATCH_EVENT_CONTRACT_END_REACHED).singleResult();
    assertThat(endReached.getDuedate()).isEqualTo(date(end));
    management.executeJob(endReached.getId());

    List<Task> revocations = open(ExitHandoverProcessIds.USER_TASK_REVOKE_SYSTEM_ACCESS);
    assertThat(revocations).extracting(t -> tasks.getVariable(t.getId(), "system"))
        .containsExactlyInAnyOrderElementsOf(DEMO_SYSTEMS);
    assertThat(revocations).allSatisfy(t -> {
      assertThat(t).hasCandidateGroup("reviewers");
      assertThat(t.getDueDate()).isEqualTo(date(end.plusDays(2)));
      assertThat((String) tasks.getVariable(t.getId(), "systemMembers")).contains("Ava Agent (NW-A01)");
    });
    String first = revocations.get(0).getId();
    assertThatThrownBy(() -> tasks.complete(first, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("accessRevoked must be one of");
    revocations.forEach(t -> tasks.complete(t.getId(), Map.of("accessRevoked", true)));
    runAsyncContinuations();
    assertThat(handovers.accesses(id)).hasSize(3 * 15).allSatisfy(a -> assertThat(a.revoked()).isTrue());

    Task client = open(ExitHandoverProcessIds.USER_TASK_SIGN_OFF_HANDOVER_FOR_CLIENT).get(0);
    Task vendor = open(ExitHandoverProcessIds.USER_TASK_SIGN_OFF_HANDOVER_FOR_VENDOR).get(0);
    assertThat(client).hasCandidateGroup("reviewers");
    assertThat(vendor).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat((String) tasks.getVariable(client.getId(), "handoverSummary"))
        .contains("Updated system runbook: accepted (\\\\share\\handover\\");
    tasks.complete(client.getId(), Map.of("clientSignatory", "Harbor Mutual operations head"));
    assertThat(handover).isNotEnded();
    tasks.complete(vendor.getId(), Map.of("vendorSignatory", "Northwind BPO account lead"));
    runAsyncContinuations();

    assertThat(handover).isEnded().hasPassed(ExitHandoverProcessIds.SERVICE_TASK_CLOSE_CONTRACT, ExitHandoverProcessIds.END_EVENT_CONTRACT_CLOSED);
    assertThat(stage()).isEqualTo(ContractStage.CLOSED);
    assertThat(contracts.members(id)).allSatisfy(m -> assertThat(m.status()).isEqualTo(TeamMember.Status.LEFT));
    Handover closed = handovers.handover(id).orElseThrow();
    assertThat(closed.signedOff()).isTrue();
    assertThat(closed.clientSignatory()).isEqualTo("Harbor Mutual operations head");
    assertThat(closed.vendorSignatory()).isEqualTo("Northwind BPO account lead");
  }

  @Test
  void closedContractsHistoryStaysQueryableUntilItsRetentionEnds() {
    start(today().plusDays(30), false);
    runToTheEnd();

    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(handover.getId())
        .singleResult();
    assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(handover.getId()).count())
        .isGreaterThan(DEMO_ITEMS * 2);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(handover.getId())
        .variableName("vendorSignatory").singleResult().getValue()).isEqualTo("Northwind BPO account lead");
    // historyTimeToLive P1825D: the engine's history cleanup removes it five years after the end, not before.
    assertThat(done.getRemovalTime()).isNotNull();
    assertThat(ChronoUnit.DAYS.between(done.getEndTime().toInstant(), done.getRemovalTime().toInstant()))
        .isEqualTo(1825);
  }

  @Test
  void refusedItemGoesBackToTheVendorWithTheReasonAndIsRedone() {
    start(today().plusDays(60), false);
    Task delivery = deliveryOf("Updated system runbook");
    tasks.complete(delivery.getId(), Map.of("itemLocation", "https://docs.example/runbook-v1"));
    Task review = reviewOf("Updated system runbook");
    assertThat(tasks.getVariable(review.getId(), "itemLocation")).isEqualTo("https://docs.example/runbook-v1");

    tasks.complete(review.getId(), Map.of("itemDecision", "refuse", "refusalReason", "the 2028 changes are missing"));

    Task redo = deliveryOf("Updated system runbook");
    assertThat(redo).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(tasks.getVariable(redo.getId(), "refusalReason")).isEqualTo("the 2028 changes are missing");
    HandoverItem refused = item("Updated system runbook");
    assertThat(refused.status()).isEqualTo(HandoverItem.Status.REFUSED);
    assertThat(refused.refusals()).isEqualTo(1);
    assertThat(contracts.events(id)).anySatisfy(e -> assertThat(e.detail()).contains("the 2028 changes are missing"));
    // Other items are untouched by one item's refusal.
    assertThat(open(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM)).hasSize(DEMO_ITEMS);

    tasks.complete(redo.getId(), Map.of("itemLocation", "https://docs.example/runbook-v2"));
    Task second = reviewOf("Updated system runbook");
    // The new delivery is reviewed afresh: no verdict pre-filled.
    assertThat(tasks.getVariable(second.getId(), "itemDecision")).isNull();
    tasks.complete(second.getId(), Map.of("itemDecision", "accept"));
    runAsyncContinuations();

    HandoverItem accepted = item("Updated system runbook");
    assertThat(accepted.status()).isEqualTo(HandoverItem.Status.ACCEPTED);
    assertThat(accepted.location()).isEqualTo("https://docs.example/runbook-v2");
    assertThat(accepted.refusals()).isEqualTo(1);
    assertThat(open(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM)).hasSize(DEMO_ITEMS - 1);
  }

  @Test
  void overdueItemIsEscalatedToTheReviewersAndTheChaseEndsWithTheItem() {
    LocalDate end = today().plusDays(60);
    start(end, false);
    Task delivery = deliveryOf("Skills matrix of every vendor member");
    Job overdue = management.createJobQuery().processInstanceId(handover.getId())
        .activityId(ExitHandoverProcessIds.BOUNDARY_EVENT_ITEM_OVERDUE).executionId(delivery.getExecutionId()).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(date(end.minusDays(14)));

    management.executeJob(overdue.getId());

    Task chase = open(ExitHandoverProcessIds.USER_TASK_CHASE_OVERDUE_ITEM).get(0);
    assertThat(chase).hasCandidateGroup("reviewers");
    assertThat(tasks.getVariable(chase.getId(), "itemTitle")).isEqualTo("Skills matrix of every vendor member");
    assertThat(item("Skills matrix of every vendor member").overdueEscalated()).isTrue();
    // Non-interrupting: the vendor can still deliver.
    assertThat(deliveryOf("Skills matrix of every vendor member").getId()).isEqualTo(delivery.getId());
    assertThatThrownBy(() -> tasks.complete(chase.getId(), Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("chaseNote is required");

    tasks.complete(delivery.getId(), Map.of("itemLocation", "sharepoint:/handover/skills-matrix.xlsx"));
    tasks.complete(reviewOf("Skills matrix of every vendor member").getId(), Map.of("itemDecision", "accept"));
    runAsyncContinuations();

    // The accepted item's instance ended, and the pending chase with it.
    assertThat(open(ExitHandoverProcessIds.USER_TASK_CHASE_OVERDUE_ITEM)).isEmpty();
    assertThat(handover).hasPassed(ExitHandoverProcessIds.SERVICE_TASK_ESCALATE_OVERDUE_ITEM, ExitHandoverProcessIds.END_EVENT_ITEM_ACCEPTED);
  }

  @Test
  void chasedOverdueItemStaysWithTheVendor() {
    start(today().plusDays(60), false);
    Task delivery = deliveryOf("Updated system runbook");
    management.executeJob(management.createJobQuery().processInstanceId(handover.getId())
        .activityId(ExitHandoverProcessIds.BOUNDARY_EVENT_ITEM_OVERDUE).executionId(delivery.getExecutionId()).singleResult().getId());

    tasks.complete(open(ExitHandoverProcessIds.USER_TASK_CHASE_OVERDUE_ITEM).get(0).getId(), Map.of("chaseNote", "promised for Friday"));

    assertThat(handover).hasPassed(ExitHandoverProcessIds.END_EVENT_OVERDUE_ITEM_CHASED);
    assertThat(deliveryOf("Updated system runbook").getId()).isEqualTo(delivery.getId());
  }

  @Test
  void terminationAtShortNoticeStillLeavesTheVendorTimeToDeliver() {
    LocalDate end = today();
    start(end, true);

    // Never sooner than skillgate.handover.minimum-days (5) from today; review days (5) before sign-off.
    assertThat(open(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM))
        .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(date(today().plusDays(5))));
    Handover h = handovers.handover(id).orElseThrow();
    assertThat(h.terminated()).isTrue();
    assertThat(h.signOffDue()).isEqualTo(today().plusDays(10));
    assertThat(h.revokeAccessDue()).isEqualTo(end.plusDays(2));
  }

  @Test
  void deliveriesAndReviewsWithoutTheirDecisiveFieldsAreRefused() {
    start(today().plusDays(60), false);
    Task delivery = deliveryOf("Updated system runbook");
    assertThatThrownBy(() -> tasks.complete(delivery.getId(), Map.of("itemLocation", " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("itemLocation is required");
    tasks.complete(delivery.getId(), Map.of("itemLocation", "repo:/runbook"));

    Task review = reviewOf("Updated system runbook");
    assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("itemDecision must be one of");
    assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("itemDecision", "refuse")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("refusalReason is required");
    // Longer than the form's limit (and the column's): refused (Tasklist names the field by its label), nothing recorded.
    assertThatThrownBy(() -> tasks.complete(review.getId(),
        Map.of("itemDecision", "refuse", "refusalReason", "x".repeat(2001))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("refusalReason: must be at most 2000 characters");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the review is still open").isEqualTo(1);
    assertThat(item("Updated system runbook").status()).isEqualTo(HandoverItem.Status.DELIVERED);
  }

  /** A member who left with access: the handover report lists their access, pending and then revoked. */
  @Test
  void aDepartedMembersAccessIsListedInTheHandoverReportPendingThenRevoked() {
    String agent = "NW-A01";
    ProcessInstance onboardingOfAgent = onboarding.start(id, agent, Fixtures.VENDOR_A_GROUP);
    tasks.complete(tasks.createTaskQuery().processInstanceId(onboardingOfAgent.getId())
        .taskDefinitionKey(MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS).singleResult().getId(),
        Map.of("accessProvisioned", true, "accessNote", "claims system"));
    onboarding.memberLeft(id, agent, today(), "resigned", TestSupport.VENDOR_A);
    start(today().plusDays(60), false);

    JsonNode pending = api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/handover").json();
    assertThat(pending.path("counts").path("accessesOpen").asInt()).isEqualTo(3 * 15);
    assertThat(pending.path("accessRevocations").findValuesAsText("memberId")).filteredOn(agent::equals).hasSize(3);

    Task revoke = tasks.createTaskQuery().processDefinitionKey(DepartedMemberAccess.PROCESS_KEY)
        .processInstanceBusinessKey(id).singleResult();
    tasks.complete(revoke.getId(), Map.of("accessRevoked", true));
    JsonNode revoked = api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/handover").json();
    assertThat(revoked.path("counts").path("accessesRevoked").asInt()).isEqualTo(3);
    assertThat(revoked.path("counts").path("accessesOpen").asInt()).isEqualTo(3 * 14);
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/handover/report").body())
        .contains("Member accesses revoked / open").contains("3 / 42");
  }

  private void start(LocalDate effectiveEnd, boolean terminated) {
    handover = runtime.createProcessInstanceByKey(HandoverVariables.PROCESS_KEY)
        .businessKey(id)
        .setVariables(Map.of("contractId", id, "vendorGroup", Fixtures.VENDOR_A_GROUP,
            "effectiveEndDate", date(effectiveEnd), "terminated", terminated))
        .execute();
  }

  private void runToTheEnd() {
    deliverAll();
    open(ExitHandoverProcessIds.USER_TASK_ACCEPT_HANDOVER_ITEM).forEach(t -> tasks.complete(t.getId(), Map.of("itemDecision", "accept")));
    runAsyncContinuations();
    ProcessHelpers.fireTimer(handover, ExitHandoverProcessIds.INTERMEDIATE_CATCH_EVENT_CONTRACT_END_REACHED);
    open(ExitHandoverProcessIds.USER_TASK_REVOKE_SYSTEM_ACCESS).forEach(t -> tasks.complete(t.getId(), Map.of("accessRevoked", true)));
    runAsyncContinuations();
    tasks.complete(open(ExitHandoverProcessIds.USER_TASK_SIGN_OFF_HANDOVER_FOR_CLIENT).get(0).getId(), Map.of("clientSignatory", "C"));
    tasks.complete(open(ExitHandoverProcessIds.USER_TASK_SIGN_OFF_HANDOVER_FOR_VENDOR).get(0).getId(),
        Map.of("vendorSignatory", "Northwind BPO account lead"));
    runAsyncContinuations();
    assertThat(handover).isEnded();
  }

  /** The job executor is off in tests: run the model's asynchronous continuations (not its timers). */
  private void runAsyncContinuations() {
    ProcessHelpers.runAsyncJobs(handover.getId());
  }

  private void deliverAll() {
    for (Task t : open(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM)) {
      tasks.complete(t.getId(), Map.of("itemLocation", "\\\\share\\handover\\" + t.getId()));
    }
  }

  private List<Task> open(String activityId) {
    return tasks.createTaskQuery().processInstanceId(handover.getId()).taskDefinitionKey(activityId).list();
  }

  private Task deliveryOf(String title) {
    return withTitle(ExitHandoverProcessIds.USER_TASK_DELIVER_HANDOVER_ITEM, title);
  }

  private Task reviewOf(String title) {
    return withTitle(ExitHandoverProcessIds.USER_TASK_ACCEPT_HANDOVER_ITEM, title);
  }

  private Task withTitle(String activityId, String title) {
    return open(activityId).stream().filter(t -> title.equals(tasks.getVariable(t.getId(), "itemTitle")))
        .findFirst().orElseThrow(() -> new AssertionError("no open " + activityId + " for " + title));
  }

  private HandoverItem item(String title) {
    return handovers.items(id).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }

  private ContractStage stage() {
    return contracts.find(id).orElseThrow().stage();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.of(clock.getZone().getId())).toInstant());
  }
}
