package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.skillgate.contract.ContractEvent;
import io.skillgate.contract.ContractRepository;
import io.skillgate.handover.AccessRevocation;
import io.skillgate.handover.DepartedMemberAccess;
import io.skillgate.handover.HandoverRepository;
import io.skillgate.contract.TeamMember;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
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
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
    AbstractAssertions.init(engine);
    steps = new OnboardingTestSteps(tasks, management);
    id = Fixtures.uniqueId("MOP");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
  }

  @Test
  void everyItemSignedOffAndTheOnboardingApproved() {
    ProcessInstance pi = start(LEAD);
    assertThat(pi).hasPassed("ServiceTask_PrepareLearningPath").isWaitingAt("UserTask_ProvisionAccess");
    Task access = steps.single(pi.getId(), "UserTask_ProvisionAccess");
    assertThat(access).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(access.getDueDate()).isNotNull();
    assertThat(tasks.getVariableLocal(access.getId(), "memberName")).isEqualTo("Maya Lead");
    assertThat(runtime.getVariable(pi.getId(), "onboardingId")).isNotNull();

    steps.provisionAccess(pi.getId());

    // 3 core competencies + 3 documents + 3 workshops (contract) + 3 team-lead items (decision table).
    List<Task> evidenceTasks = steps.open(pi.getId(), "UserTask_RecordItemEvidence");
    assertThat(evidenceTasks).hasSize(12)
        .allSatisfy(t -> {
          assertThat(t).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
          assertThat(t.getDueDate()).isNotNull();
        });
    steps.recordAllEvidence(pi.getId());
    List<Task> signOffs = steps.open(pi.getId(), "UserTask_SignOffItem");
    assertThat(signOffs).hasSize(12).allSatisfy(t -> assertThat(t).hasCandidateGroup("reviewers"));
    steps.signOffAll(pi.getId(), TestSupport.REVIEWER);

    assertThat(pi).isWaitingAt("UserTask_ApproveOnboarding");
    OnboardingRecord record = record(LEAD);
    assertThat(record.status()).isEqualTo(OnboardingStatus.AWAITING_APPROVAL);
    assertThat(record.accessNote()).isEqualTo("claims system and mail");
    Task approval = steps.single(pi.getId(), "UserTask_ApproveOnboarding");
    assertThat(approval).hasCandidateGroup("reviewers");
    assertThat((String) tasks.getVariableLocal(approval.getId(), "learningPathSummary"))
        .contains("role:escalation-procedures", "Harbor trainer", "signed off by " + TestSupport.REVIEWER);

    steps.approve(pi.getId(), TestSupport.REVIEWER);

    assertThat(pi).isEnded().hasPassed("ServiceTask_RecordMemberOnboarded", "EndEvent_MemberOnboarded");
    record = record(LEAD);
    assertThat(record.status()).isEqualTo(OnboardingStatus.APPROVED);
    assertThat(record.approvedBy()).isEqualTo(TestSupport.REVIEWER);
    assertThat(record.approvedAt()).isNotNull();
    assertThat(onboardings.items(record.id())).allSatisfy(i -> {
      assertThat(i.status()).isEqualTo(ItemStatus.ACCEPTED);
      assertThat(i.signedOffBy()).isEqualTo(TestSupport.REVIEWER);
    });
    assertThat(onboardings.evidence(record.id())).hasSize(12);
    assertThat(contracts.events(id)).extracting(ContractEvent::kind).contains("ONBOARDING_STARTED", "MEMBER_ONBOARDED");
  }

  @Test
  void returnedItemGoesBackWithItsReasonAndOnlyThatItemIsRedone() {
    ProcessInstance pi = start(AGENT);
    steps.provisionAccess(pi.getId());
    steps.recordAllEvidence(pi.getId());
    OnboardingRecord record = record(AGENT);
    OnboardingItem shadowing = item(record, "shadowing");
    assertThat(shadowing.buddy()).isEqualTo("Harbor handler 1");

    Task shadowingSignOff = signOffTaskOf(pi, shadowing);
    assertThat(tasks.getVariableLocal(shadowingSignOff.getId(), "itemBuddy")).isEqualTo("Harbor handler 1");
    steps.returnItem(shadowingSignOff, TestSupport.REVIEWER, "only 3 of 5 days shadowed");
    steps.signOffAll(pi.getId(), TestSupport.REVIEWER);

    // The other items are done; the shadowing item waits for new evidence, showing the reason.
    assertThat(pi).isNotEnded();
    assertThat(steps.open(pi.getId(), "UserTask_ApproveOnboarding")).isEmpty();
    Task redo = steps.single(pi.getId(), "UserTask_RecordItemEvidence");
    assertThat(tasks.getVariable(redo.getId(), "itemReturnReason")).isEqualTo("only 3 of 5 days shadowed");
    assertThat(item(record, "shadowing").status()).isEqualTo(ItemStatus.RETURNED);
    assertThat(contracts.events(id)).anySatisfy(e -> assertThat(e.detail()).contains("only 3 of 5 days shadowed"));

    steps.recordEvidence(redo);
    steps.signOffAll(pi.getId(), TestSupport.REVIEWER);
    assertThat(onboardings.evidenceOfItem(shadowing.id())).hasSize(2);

    // At approval the reviewer returns one document: only it is redone.
    Task approval = steps.single(pi.getId(), "UserTask_ApproveOnboarding");
    tasks.complete(approval.getId(), Map.of("onboardingDecision", "return",
        "onboardingReturnReason", "wrong manual version", "returnItems", "document:claims-manual"));
    Task manual = steps.single(pi.getId(), "UserTask_RecordItemEvidence");
    assertThat(tasks.getVariableLocal(manual.getId(), "itemTitle")).isEqualTo("Read: Claims manual (v12)");
    assertThat(record(AGENT).lastReturnReason()).isEqualTo("wrong manual version");
    assertThat(record(AGENT).status()).isEqualTo(OnboardingStatus.IN_PROGRESS);

    steps.recordEvidence(manual);
    steps.signOffAll(pi.getId(), TestSupport.REVIEWER);
    steps.approve(pi.getId(), TestSupport.REVIEWER);
    assertThat(pi).isEnded().hasPassed("EndEvent_MemberOnboarded");
  }

  @Test
  void memberWhoLeavesMidwayHasTheirOpenWorkEnded() {
    ProcessInstance pi = start(AGENT);
    steps.provisionAccess(pi.getId());
    Task first = steps.open(pi.getId(), "UserTask_RecordItemEvidence").get(0);
    steps.recordEvidence(first);
    steps.signOff(steps.single(pi.getId(), "UserTask_SignOffItem"), TestSupport.REVIEWER);

    onboarding.memberLeft(id, AGENT, LocalDate.now(), "moved to another account", TestSupport.VENDOR_A);

    assertThat(pi).isEnded().hasPassed("ServiceTask_EndOnboarding", "EndEvent_OnboardingEnded")
        .hasNotPassed("EndEvent_MemberOnboarded");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    OnboardingRecord record = record(AGENT);
    assertThat(record.status()).isEqualTo(OnboardingStatus.ENDED);
    assertThat(record.endedReason()).isEqualTo("moved to another account");
    assertThat(onboardings.items(record.id())).extracting(OnboardingItem::status)
        .containsOnly(ItemStatus.ACCEPTED, ItemStatus.CANCELLED)
        .containsOnlyOnce(ItemStatus.ACCEPTED);
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

    assertThat(pi).isEnded().hasPassed("EndEvent_OnboardingNotNeeded");
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
    assertThat(pi).isNotNull().isWaitingAt("UserTask_ProvisionAccess");
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
    String access = steps.single(pi.getId(), "UserTask_ProvisionAccess").getId();
    assertThatThrownBy(() -> tasks.complete(access, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("accessProvisioned must be true");
    steps.provisionAccess(pi.getId());

    String evidence = steps.open(pi.getId(), "UserTask_RecordItemEvidence").get(0).getId();
    assertThatThrownBy(() -> tasks.complete(evidence, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("evidenceDate is required").hasMessageContaining("evidenceMinutes is required")
        .hasMessageContaining("evidenceWith is required").hasMessageContaining("evidenceReference is required");
    assertThatThrownBy(() -> tasks.complete(evidence, Map.of("evidenceDate", LocalDate.now().plusDays(1).toString(),
        "evidenceMinutes", 0, "evidenceWith", "trainer", "evidenceReference", "ref")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("evidenceDate must not be in the future")
        .hasMessageContaining("evidenceMinutes must be a positive number");
    assertThat(onboardings.evidence(record(LEAD).id())).isEmpty();

    steps.recordEvidence(tasks.createTaskQuery().taskId(evidence).singleResult());
    String signOff = steps.single(pi.getId(), "UserTask_SignOffItem").getId();
    assertThatThrownBy(() -> tasks.complete(signOff, Map.of("itemDecision", "return")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("itemReturnReason is required");
    assertThat(steps.open(pi.getId(), "UserTask_SignOffItem")).hasSize(1);
  }

  @Test
  void approvalThatReturnsUnknownItemsIsRefused() {
    ProcessInstance pi = start(LEAD);
    steps.provisionAccess(pi.getId());
    steps.recordAllEvidence(pi.getId());
    steps.signOffAll(pi.getId(), TestSupport.REVIEWER);
    String approval = steps.single(pi.getId(), "UserTask_ApproveOnboarding").getId();

    assertThatThrownBy(() -> tasks.complete(approval, Map.of("onboardingDecision", "return",
        "onboardingReturnReason", "redo", "returnItems", "document:nope")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("unknown: [document:nope]");
    assertThat(onboardings.items(record(LEAD).id())).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.ACCEPTED));
    assertThat(pi).isWaitingAt("UserTask_ApproveOnboarding");
  }

  private ProcessInstance start(String memberId) {
    return onboarding.start(id, memberId, Fixtures.VENDOR_A_GROUP);
  }

  private void agreePlan() {
    ProcessInstance programme = runtime.createProcessInstanceQuery()
        .processDefinitionKey("ContractProgrammeProcess").processInstanceBusinessKey(id).singleResult();
    tasks.complete(steps.single(programme.getId(), "UserTask_ConfirmUpskillingPlan").getId(),
        Map.of("vendorComment", "ok"));
    tasks.complete(steps.single(programme.getId(), "UserTask_ApproveUpskillingPlan").getId(),
        Map.of("planDecision", "approve"));
  }

  private Task signOffTaskOf(ProcessInstance pi, OnboardingItem item) {
    return steps.open(pi.getId(), "UserTask_SignOffItem").stream()
        .filter(t -> Long.valueOf(item.id()).equals(tasks.getVariableLocal(t.getId(), "onboardingItemId")))
        .findFirst().orElseThrow();
  }

  private OnboardingRecord record(String memberId) {
    return onboardings.findByMember(id, memberId).orElseThrow();
  }

  private OnboardingItem item(OnboardingRecord record, String key) {
    return onboardings.items(record.id()).stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }
}
