package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.skillgate.contract.ContractEvent;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.TeamMember;
import io.skillgate.handover.AccessRevocation;
import io.skillgate.handover.DepartedMemberAccess;
import io.skillgate.handover.HandoverRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractProgrammeProcessIds;
import io.skillgate.support.bpmn.MemberOnboardingProcessIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through MemberOnboardingProcess, started directly as the programme's call activity would. */
@SkillGateTest
class MemberOnboardingProcessTest {

  static final String LEAD = "NW-L01";
  static final String AGENT = "NW-A01";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired OnboardingService onboarding;
  @Autowired OnboardingRepository onboardings;
  @Autowired ContractRepository contracts;
  @Autowired Api api;
  @Autowired HandoverRepository handovers;

  String id;
  OnboardingTestSteps steps;

  @BeforeEach
  void registerContract() {
    steps = new OnboardingTestSteps(tasks, management, onboarding);
    id = Fixtures.uniqueId("MOP");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
  }

  @Test
  void everyItemInOneEvidenceTaskThenTheOnboardingApproved() {
    ProcessInstance pi = start(LEAD);
    assertThat(pi).hasPassed(MemberOnboardingProcessIds.SERVICE_TASK_PREPARE_LEARNING_PATH).isWaitingAt(MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS);
    Task access = steps.single(pi.getId(), MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS);
    assertThat(access).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(access.getDueDate()).isNotNull();
    assertThat(tasks.getVariableLocal(access.getId(), "memberName")).isEqualTo("Maya Lead");
    assertThat(tasks.getVariableLocal(access.getId(), "memberRole")).isEqualTo("Team lead");
    // The provisioning form names the client's systems from the contract.
    assertThat((String) tasks.getVariableLocal(access.getId(), "systemsToSetUp"))
        .contains("Access to Claims system", "Access to Document store");
    assertThat(runtime.getVariable(pi.getId(), "onboardingId")).isNotNull();

    steps.provisionAccess(pi.getId());

    // 3 core competencies + 3 documents + 3 workshops (contract) + 3 team-lead items (decision table):
    // one task with a checklist row per item, not twelve tasks.
    Task evidence = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE);
    assertThat(evidence).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(evidence.getDueDate()).isNotNull();
    String checklist = OnboardingTestSteps.checklist(tasks, evidence.getId());
    List<Long> waiting = OnboardingTestSteps.waitingItems(tasks, evidence.getId());
    assertThat(waiting).hasSize(12);
    assertThat(checklist.lines().filter(l -> l.startsWith("- **"))).hasSize(12);
    assertThat(checklist).doesNotContain("ROLE_ITEM", "ON_THE_JOB", "SELF_PACED", "Returned", "Recorded")
        .contains("Role\\-specific item");
    for (long item : waiting) {
      assertThat(checklist).contains("Waiting for evidence · [Record evidence](/dashboard/evidence-upload.html?contract="
          + id + "&member=" + LEAD + "&item=" + item + "&task=" + evidence.getId() + ")");
    }
    assertThat(tasks.getVariable(evidence.getId(), "returnedBecause")).isNull();

    // Each item's evidence recorded (as the upload page does) turns its row to "recorded"; Complete
    // pressed while items wait is refused, naming them; the last item's evidence completes the task.
    for (long item : waiting.subList(0, 11)) {
      steps.recordItem(evidence, item);
    }
    OnboardingItem last = onboardings.item(waiting.get(11)).orElseThrow();
    assertThat(OnboardingTestSteps.checklist(tasks, evidence.getId())).contains("Recorded: " + LocalDate.now().minusDays(1)
        + ", 90 min, with Harbor trainer").containsOnlyOnce("Waiting for evidence");
    assertThatThrownBy(() -> tasks.complete(evidence.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Still waiting for evidence: " + last.title() + ".");
    // Complete in Tasklist (its engine API) answers 400 in the form's words: the waiting item, no engine code.
    Api.Response early = api.post(TestSupport.VENDOR_A, "/engine-rest/task/" + evidence.getId() + "/complete", "{}");
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.json().path("message").asText()).startsWith("Still waiting for evidence: " + last.title() + ".");
    assertThat(early.body()).doesNotContain("ENGINE-").doesNotContain(evidence.getId());
    assertThat(pi).isWaitingAt(MemberOnboardingProcessIds.USER_TASK_RECORD_ONBOARDING_EVIDENCE);
    steps.recordItem(evidence, last.id());

    assertThat(pi).isWaitingAt(MemberOnboardingProcessIds.USER_TASK_APPROVE_ONBOARDING);
    OnboardingRecord record = record(LEAD);
    assertThat(record.status()).isEqualTo(OnboardingStatus.AWAITING_APPROVAL);
    assertThat(record.accessNote()).isEqualTo("claims system and mail");
    assertThat(onboardings.items(record.id())).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.SUBMITTED));
    Task approval = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL);
    assertThat(approval).hasCandidateGroup("reviewers");
    assertThat((String) tasks.getVariableLocal(approval.getId(), "learningPathSummary"))
        .contains("Harbor trainer", "[https://lms.example/rec/1](https://lms.example/rec/1)", "Role\\-specific item");
    assertThat(tasks.getVariableLocal(approval.getId(), "returnItemChoices").toString()).contains("Read: Claims manual");

    steps.approve(pi.getId(), TestSupport.REVIEWER);

    assertThat(pi).isEnded().hasPassed(MemberOnboardingProcessIds.SERVICE_TASK_RECORD_MEMBER_ONBOARDED, MemberOnboardingProcessIds.END_EVENT_MEMBER_ONBOARDED);
    record = record(LEAD);
    assertThat(record.status()).isEqualTo(OnboardingStatus.APPROVED);
    assertThat(record.approvedBy()).isEqualTo(TestSupport.REVIEWER);
    assertThat(record.approvedAt()).isNotNull();
    assertThat(onboardings.items(record.id())).allSatisfy(i -> {
      assertThat(i.status()).isEqualTo(ItemStatus.ACCEPTED);
      assertThat(i.signedOffBy()).isEqualTo(TestSupport.REVIEWER);
    });
    assertThat(onboardings.evidence(record.id())).hasSize(12)
        .allSatisfy(e -> assertThat(e.with()).isEqualTo("Harbor trainer"));
    assertThat(contracts.events(id)).extracting(ContractEvent::kind).contains("ONBOARDING_STARTED", "MEMBER_ONBOARDED");
  }

  @Test
  void returnedItemsGoBackWithTheirReasonAndOnlyThoseAreRedone() {
    ProcessInstance pi = start(AGENT);
    steps.provisionAccess(pi.getId());
    steps.recordAllEvidence(pi.getId());
    OnboardingRecord record = record(AGENT);
    OnboardingItem shadowing = item(record, "shadowing");
    OnboardingItem manual = item(record, "document:claims-manual");
    assertThat(shadowing.buddy()).isEqualTo("Harbor handler 1");
    Task approval = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL);
    assertThat(tasks.getVariableLocal(approval.getId(), "memberBuddy")).isEqualTo("Harbor handler 1");

    steps.returnItems(pi.getId(), TestSupport.REVIEWER, "only 3 of 5 days shadowed; wrong manual version",
        List.of(shadowing.id(), manual.id()));

    // The other items are signed off; the two chosen ones wait for new evidence, with the reason.
    assertThat(pi).isNotEnded();
    assertThat(steps.open(pi.getId(), OnboardingTestSteps.APPROVAL)).isEmpty();
    assertThat(onboardings.items(record.id())).filteredOn(i -> i.status() == ItemStatus.ACCEPTED).hasSize(
        onboardings.items(record.id()).size() - 2);
    assertThat(item(record, "shadowing").status()).isEqualTo(ItemStatus.RETURNED);
    Task redo = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE);
    assertThat(OnboardingTestSteps.waitingItems(tasks, redo.getId())).containsExactly(manual.id(), shadowing.id());
    String checklist = OnboardingTestSteps.checklist(tasks, redo.getId());
    assertThat(checklist.lines().filter(l -> l.startsWith("- **"))).containsExactlyInAnyOrder(
        "- **" + OnboardingLabels.markdown(shadowing.title()) + "**  ", "- **" + OnboardingLabels.markdown(manual.title()) + "**  ");
    assertThat(checklist.split("Returned by the client: only 3 of 5 days shadowed", -1)).hasSize(3);
    assertThat(tasks.getVariable(redo.getId(), "returnedBecause"))
        .isEqualTo("only 3 of 5 days shadowed; wrong manual version");
    assertThat(record(AGENT).status()).isEqualTo(OnboardingStatus.IN_PROGRESS);
    assertThat(contracts.events(id)).anySatisfy(e -> assertThat(e.detail()).contains("only 3 of 5 days shadowed"));
    // The decision stayed with the task that made it: the process knows only where to go.
    assertThat(runtime.getVariable(pi.getId(), "onboardingDecision")).isNull();
    assertThat(runtime.getVariable(pi.getId(), "onboardingReturnReason")).isNull();

    steps.recordEvidence(redo);
    assertThat(onboardings.evidenceOfItem(shadowing.id())).hasSize(2);

    // The second review opens blank.
    Task second = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL);
    assertThat(tasks.getVariable(second.getId(), "onboardingDecision")).isNull();
    assertThat(tasks.getVariable(second.getId(), "onboardingReturnReason")).isNull();
    steps.approve(pi.getId(), TestSupport.REVIEWER);
    assertThat(pi).isEnded().hasPassed(MemberOnboardingProcessIds.END_EVENT_MEMBER_ONBOARDED);
    assertThat(onboardings.items(record.id())).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.ACCEPTED));
  }

  @Test
  void memberWhoLeavesMidwayHasTheirOpenWorkEnded() {
    ProcessInstance pi = start(AGENT);
    steps.provisionAccess(pi.getId());
    steps.recordAllEvidence(pi.getId());
    OnboardingRecord started = record(AGENT);
    steps.returnItems(pi.getId(), TestSupport.REVIEWER, "redo", List.of(item(started, "shadowing").id()));

    onboarding.memberLeft(id, AGENT, LocalDate.now(), "moved to another account", TestSupport.VENDOR_A);

    assertThat(pi).isEnded().hasPassed(MemberOnboardingProcessIds.SERVICE_TASK_END_ONBOARDING, MemberOnboardingProcessIds.END_EVENT_ONBOARDING_ENDED)
        .hasNotPassed(MemberOnboardingProcessIds.END_EVENT_MEMBER_ONBOARDED);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    OnboardingRecord record = record(AGENT);
    assertThat(record.status()).isEqualTo(OnboardingStatus.ENDED);
    assertThat(record.endedReason()).isEqualTo("moved to another account");
    assertThat(onboardings.items(record.id())).extracting(OnboardingItem::status)
        .containsOnly(ItemStatus.ACCEPTED, ItemStatus.CANCELLED)
        .containsOnlyOnce(ItemStatus.CANCELLED);
    TeamMember member = contracts.member(id, AGENT).orElseThrow();
    assertThat(member.status()).isEqualTo(TeamMember.Status.LEFT);
    assertThat(contracts.events(id)).extracting(ContractEvent::kind).contains("MEMBER_LEFT", "ONBOARDING_ENDED");
    // Another member's onboarding of the same contract goes on.
    assertThat(contracts.member(id, LEAD).orElseThrow().isActive()).isTrue();
  }

  @Test
  void memberWhoLeftBeforeTheirOnboardingBeganIsNotOnboarded() {
    contracts.markMemberLeft(id, AGENT, LocalDate.now(), "never started");

    ProcessInstance pi = start(AGENT);

    assertThat(pi).isEnded().hasPassed(MemberOnboardingProcessIds.END_EVENT_ONBOARDING_NOT_NEEDED);
    assertThat(onboardings.findByMember(id, AGENT)).isEmpty();
  }

  /** The client owns its systems: a departed member whose access was provisioned gets it revoked by a reviewer. */
  @Test
  void aMemberWhoLeavesAfterAccessWasProvisionedHasItRevokedByTheClientInTime() {
    ProcessInstance agent = start(AGENT);
    steps.provisionAccess(agent.getId());
    start(LEAD); // access not yet provisioned: nothing to revoke when they leave
    LocalDate leftOn = LocalDate.now();

    for (String member : List.of(AGENT, LEAD)) {
      Api.Response left = api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members/" + member + "/departure",
          Map.of("reason", "moved to another account", "date", leftOn.toString()));
      assertThat(left.status()).as(left.body()).isEqualTo(200);
    }

    Task revoke = tasks.createTaskQuery().processDefinitionKey(DepartedMemberAccess.PROCESS_KEY)
        .processInstanceBusinessKey(id).singleResult();
    assertThat(revoke).isNotNull().hasCandidateGroup("reviewers").hasName("Revoke system access");
    // exit.revokeAccessWithinDays of the fixture contract: 2, to the end of that day
    assertThat(revoke.getDueDate()).isEqualTo(java.util.Date.from(leftOn.plusDays(3)
        .atStartOfDay(java.time.ZoneId.systemDefault()).minusSeconds(1).toInstant()));
    assertThat(tasks.getVariable(revoke.getId(), "systems"))
        .isEqualTo("Claims system\nDocument store\nEmail distribution lists");
    assertThat(handovers.accesses(id)).extracting(AccessRevocation::memberId, AccessRevocation::revoked)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AGENT, false), org.assertj.core.groups.Tuple.tuple(AGENT, false),
            org.assertj.core.groups.Tuple.tuple(AGENT, false));

    Api.Response refused = api.post(TestSupport.REVIEWER, "/engine-rest/task/" + revoke.getId() + "/submit-form",
        "{\"variables\": {\"accessRevoked\": {\"value\": false, \"type\": \"Boolean\"}}}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    Api.Response done = api.post(TestSupport.REVIEWER, "/engine-rest/task/" + revoke.getId() + "/submit-form",
        "{\"variables\": {\"accessRevoked\": {\"value\": true, \"type\": \"Boolean\"}}}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    assertThat(handovers.accesses(id)).hasSize(3)
        .allSatisfy(a -> assertThat(a.revokedBy()).isEqualTo(TestSupport.REVIEWER));
    assertThat(contracts.events(id)).extracting(ContractEvent::detail).contains(AGENT + " (left): 3 system(s)");
  }

  @Test
  void memberJoiningMidContractIsOnboardedWithTheContractAsBusinessKey() {
    agreePlan();
    var joiner = Map.of("id", "NW-A99", "name", "Zoe Agent", "email", "zoe@northwind.example", "role", "claims-agent",
        "buddy", "Harbor handler 2");

    assertThat(api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members", joiner).status()).isEqualTo(201);

    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingVariables.PROCESS_KEY)
        .processInstanceBusinessKey(id).variableValueEquals("memberId", "NW-A99").singleResult();
    assertThat(pi).isNotNull().isWaitingAt(MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS);
    assertThat(runtime.getVariable(pi.getId(), "vendorGroup")).isEqualTo(Fixtures.VENDOR_A_GROUP);
    assertThat(contracts.member(id, "NW-A99").orElseThrow().joinedOn()).isEqualTo(LocalDate.now());
    assertThat(contracts.events(id)).extracting(ContractEvent::kind).contains("MEMBER_JOINED");
  }

  @Test
  void memberJoiningBeforeThePlanIsAgreedWaitsForTheProgrammeToOnboardThem() {
    var joiner = Map.of("id", "NW-A98", "name", "Yan Agent", "email", "yan@northwind.example", "role", "claims-agent");

    assertThat(api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/members", joiner).status()).isEqualTo(201);

    assertThat(contracts.member(id, "NW-A98")).isPresent();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingVariables.PROCESS_KEY)
        .processInstanceBusinessKey(id).count()).isZero();
  }

  @Test
  void formInputThatBreaksTheRulesIsRefusedAndNothingChanges() {
    ProcessInstance pi = start(LEAD);
    String access = steps.single(pi.getId(), MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS).getId();
    assertThatThrownBy(() -> tasks.complete(access, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("accessProvisioned must be true");
    steps.provisionAccess(pi.getId());

    String evidence = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE).getId();
    assertThatThrownBy(() -> tasks.complete(evidence, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Still waiting for evidence: ")
        .hasMessageContaining(onboardings.items(record(LEAD).id()).get(0).title());
    // Evidence comes through the upload page (the API); the task's form has no fields to take any.
    assertThatThrownBy(() -> tasks.complete(evidence, Map.of("evidenceItems", SpinValues.jsonValue("[]").create())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("evidenceItems");
    assertThat(onboardings.evidence(record(LEAD).id())).isEmpty();
    assertThat(onboardings.items(record(LEAD).id())).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.OPEN));

    steps.recordAllEvidence(pi.getId());
    String approval = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL).getId();
    assertThatThrownBy(() -> tasks.complete(approval, Map.of("onboardingDecision", "return")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Reason for returning is required");
    assertThatThrownBy(() -> tasks.complete(approval, Map.of("onboardingDecision", "return",
        "onboardingReturnReason", "redo")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Items to do again");
    assertThat(steps.open(pi.getId(), OnboardingTestSteps.APPROVAL)).hasSize(1);
  }

  @Test
  void approvalThatReturnsItemsOfAnotherPathIsRefused() {
    ProcessInstance pi = start(LEAD);
    ProcessInstance other = start(AGENT);
    steps.provisionAccess(pi.getId());
    steps.recordAllEvidence(pi.getId());
    long agentsItem = onboardings.items(record(AGENT).id()).get(0).id();

    assertThatThrownBy(() -> steps.returnItems(pi.getId(), TestSupport.REVIEWER, "redo", List.of(agentsItem)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("not on it: [" + agentsItem + "]");
    assertThat(onboardings.items(record(LEAD).id())).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.SUBMITTED));
    assertThat(onboardings.items(record(AGENT).id())).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.OPEN));
    assertThat(pi).isWaitingAt(MemberOnboardingProcessIds.USER_TASK_APPROVE_ONBOARDING);
    assertThat(other).isWaitingAt(MemberOnboardingProcessIds.USER_TASK_PROVISION_ACCESS);
  }

  private ProcessInstance start(String memberId) {
    return onboarding.start(id, memberId, Fixtures.VENDOR_A_GROUP);
  }

  private void agreePlan() {
    ProcessInstance programme = runtime.createProcessInstanceQuery()
        .processDefinitionKey("ContractProgrammeProcess").processInstanceBusinessKey(id).singleResult();
    tasks.complete(steps.single(programme.getId(), ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN).getId(),
        Map.of("vendorComment", "ok"));
    tasks.complete(steps.single(programme.getId(), ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN).getId(),
        Map.of("planDecision", "approve"));
  }

  private OnboardingRecord record(String memberId) {
    return onboardings.findByMember(id, memberId).orElseThrow();
  }

  private OnboardingItem item(OnboardingRecord record, String key) {
    return onboardings.items(record.id()).stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }
}
