package io.skillgate.training;

import static io.skillgate.training.TrainingScenario.AGENT;
import static io.skillgate.training.TrainingScenario.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.skillgate.incentive.IncentiveKind;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.incentive.LedgerEntry;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.bpmn.CertificationRenewalProcessIds;
import io.skillgate.support.bpmn.TrainingMilestoneProcessIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through TrainingMilestoneProcess and CertificationRenewalProcess. */
@SkillGateTest
class TrainingMilestoneProcessTest {

  /** The demo contract's pilot phase starts then; its modules are due that day. */
  static final LocalDate PILOT_START = LocalDate.of(2027, 5, 1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired MilestoneRepository milestones;
  @Autowired CertificationRepository certifications;
  @Autowired IncentiveLedger ledger;
  @Autowired Api api;
  @Autowired Clock clock;

  String contractId;

  @BeforeEach
  void registerContract() {
    contractId = TrainingScenario.registerSmallContract(api, "TMP");
  }


  @Test
  void evidenceApprovedOnTime() {
    ProcessInstance p = start(training(AGENT, "claims-system", null, PILOT_START));
    assertThat(p).isWaitingAt(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE);
    assertThat(task(p)).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(task(p).getDueDate()).isEqualTo(EngineClock.startOf(PILOT_START));

    tasks.complete(task(p).getId(), TrainingScenario.evidence("completed the e-learning, 100%"));
    assertThat(p).isWaitingAt(TrainingMilestoneProcessIds.USER_TASK_REVIEW_TRAINING_EVIDENCE);
    assertThat(task(p)).hasCandidateGroup("reviewers");
    tasks.complete(task(p).getId(), TrainingScenario.approve());

    assertThat(p).isEnded().hasPassed(TrainingMilestoneProcessIds.SERVICE_TASK_RECORD_MILESTONE_APPROVED, TrainingMilestoneProcessIds.END_EVENT_MILESTONE_APPROVED)
        .hasNotPassed(TrainingMilestoneProcessIds.SERVICE_TASK_RECORD_CERTIFICATION, TrainingMilestoneProcessIds.CALL_ACTIVITY_ASSESS_SKILL);
    Milestone m = milestones.get(milestoneId(p));
    assertThat(m.status()).isEqualTo(MilestoneStatus.APPROVED);
    assertThat(m.outcome(m.completedOn())).isEqualTo(io.skillgate.reporting.MilestoneOutcome.ON_TIME);
    assertThat(ledger.entries(contractId)).isEmpty();
  }

  @Test
  void returnedEvidenceGoesBackToTheVendor() {
    ProcessInstance p = start(training(AGENT, "claims-system", null, PILOT_START));
    tasks.complete(task(p).getId(), TrainingScenario.evidence("done"));
    tasks.complete(task(p).getId(), Map.of(TrainingVariables.EVIDENCE_DECISION, "return",
        TrainingVariables.EVIDENCE_RETURN_REASON, "attach the completion record"));

    assertThat(p).isWaitingAt(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE);
    tasks.complete(task(p).getId(), TrainingScenario.evidence("record attached"));
    // The previous round's "return" is forgotten: the reviewer must decide again.
    assertThatThrownBy(() -> tasks.complete(task(p).getId(), Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("evidenceDecision must be one of");
    tasks.complete(task(p).getId(), TrainingScenario.approve());
    assertThat(p).isEnded().hasPassed(TrainingMilestoneProcessIds.END_EVENT_MILESTONE_APPROVED);
  }

  @Test
  void evidenceWithoutANoteOrWithAnotherMembersFileIsRefused() {
    ProcessInstance p = start(training(AGENT, "claims-system", null, PILOT_START));
    String submit = task(p).getId();

    assertThatThrownBy(() -> tasks.complete(submit, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("evidenceNote is required");
    assertThatThrownBy(() -> tasks.complete(submit, Map.of(TrainingVariables.EVIDENCE_NOTE, "done",
        TrainingVariables.EVIDENCE_ID, 999_999_999L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("is not a file of member");
    assertThat(p).isWaitingAt(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE);
  }

  @Test
  void missedMilestoneIsPenalisedAfterTheGraceDaysAndStillHasToBeCompleted() {
    ProcessInstance p = start(training(AGENT, "claims-system", null, PILOT_START));

    ProcessHelpers.fireTimer(p.getId(), TrainingMilestoneProcessIds.BOUNDARY_EVENT_MILESTONE_DEADLINE_PASSED, PILOT_START);
    assertThat(milestones.get(milestoneId(p)).missed()).isTrue();
    assertThat(p).isWaitingAt(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE, TrainingMilestoneProcessIds.INTERMEDIATE_CATCH_EVENT_GRACE_PERIOD_OVER);
    assertThat(ledger.entries(contractId)).as("nothing charged within the 10 grace days").isEmpty();

    ProcessHelpers.fireTimer(p.getId(), TrainingMilestoneProcessIds.INTERMEDIATE_CATCH_EVENT_GRACE_PERIOD_OVER,
        PILOT_START.plusDays(11));
    assertThat(ledger.entries(contractId)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IncentiveKind.PENALTY);
      assertThat(e.amount()).isEqualByComparingTo("250");
      assertThat(e.currency()).isEqualTo("EUR");
      assertThat(e.memberId()).isEqualTo(AGENT);
      assertThat(e.milestoneId()).isEqualTo(milestoneId(p));
      assertThat(e.period()).isEqualTo("2027-Q2");
    });
    var review = TrainingScenario.task(tasks, p.getId(), TrainingMilestoneProcessIds.USER_TASK_REVIEW_MISSED_MILESTONE);
    assertThat(review).hasCandidateGroup("reviewers");
    tasks.complete(review.getId(), Map.of(TrainingVariables.MISSED_DECISION, "continue"));

    assertThat(p).isWaitingAt(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE).hasPassed(TrainingMilestoneProcessIds.END_EVENT_MISSED_MILESTONE_REVIEWED);
    tasks.complete(task(p).getId(), TrainingScenario.evidence("finally done"));
    tasks.complete(task(p).getId(), TrainingScenario.approve());
    assertThat(p).isEnded().hasPassed(TrainingMilestoneProcessIds.END_EVENT_MILESTONE_APPROVED);
    Milestone m = milestones.get(milestoneId(p));
    assertThat(m.status()).isEqualTo(MilestoneStatus.APPROVED);
    assertThat(m.outcome(m.completedOn())).as("marked missed, then approved")
        .isEqualTo(io.skillgate.reporting.MilestoneOutcome.LATE);
  }

  @Test
  void milestoneApprovedWithinTheGraceDaysCostsNothing() {
    ProcessInstance p = start(training(AGENT, "claims-system", null, PILOT_START));
    ProcessHelpers.fireTimer(p.getId(), TrainingMilestoneProcessIds.BOUNDARY_EVENT_MILESTONE_DEADLINE_PASSED, PILOT_START);

    tasks.complete(task(p).getId(), TrainingScenario.evidence("done, a few days late"));
    tasks.complete(task(p).getId(), TrainingScenario.approve());

    assertThat(p).isEnded().hasNotPassed(TrainingMilestoneProcessIds.SERVICE_TASK_CHARGE_MISSED_MILESTONE_PENALTY);
    assertThat(management.createJobQuery().processInstanceId(p.getId()).count()).isZero();
    assertThat(ledger.entries(contractId)).isEmpty();
  }

  @Test
  void reviewerWaivesAMissedMilestoneWithAReasonAndThePenaltyIsGivenBack() {
    ProcessInstance p = start(training(AGENT, "claims-system", null, PILOT_START));
    ProcessHelpers.fireTimer(p.getId(), TrainingMilestoneProcessIds.BOUNDARY_EVENT_MILESTONE_DEADLINE_PASSED, PILOT_START);
    ProcessHelpers.fireTimer(p.getId(), TrainingMilestoneProcessIds.INTERMEDIATE_CATCH_EVENT_GRACE_PERIOD_OVER,
        PILOT_START.plusDays(11));
    String review = TrainingScenario.task(tasks, p.getId(), TrainingMilestoneProcessIds.USER_TASK_REVIEW_MISSED_MILESTONE).getId();

    assertThatThrownBy(() -> tasks.complete(review, Map.of(TrainingVariables.MISSED_DECISION, "waive")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("waiverReason is required");
    tasks.complete(review, Map.of(TrainingVariables.MISSED_DECISION, "waive",
        TrainingVariables.WAIVER_REASON, "member on approved medical leave"));

    assertThat(p).isEnded().hasPassed(TrainingMilestoneProcessIds.SERVICE_TASK_WAIVE_MILESTONE, TrainingMilestoneProcessIds.END_EVENT_MILESTONE_WAIVED);
    assertThat(tasks.createTaskQuery().processInstanceId(p.getId()).count()).isZero();
    Milestone m = milestones.get(milestoneId(p));
    assertThat(m.status()).isEqualTo(MilestoneStatus.WAIVED);
    assertThat(m.note()).isEqualTo("member on approved medical leave");
    assertThat(ledger.entries(contractId)).extracting(LedgerEntry::kind)
        .containsExactly(IncentiveKind.PENALTY, IncentiveKind.WAIVER);
    assertThat(ledger.entries(contractId).get(1).amount()).isEqualByComparingTo("250");
    assertThat(ledger.entries(contractId).get(1).reason()).contains("medical leave");
  }

  @Test
  void certificationIsRecordedWithABonusAndRenewedAheadOfExpiry() {
    LocalDate due = LocalDate.of(2027, 8, 1);
    ProcessInstance p = start(certification(LEAD, "itil4-foundation", due));
    String submit = task(p).getId();
    assertThatThrownBy(() -> tasks.complete(submit, TrainingScenario.evidence("passed the exam")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("certIssuer is required");

    Map<String, Object> cert = new HashMap<>(TrainingScenario.evidence("passed the exam"));
    cert.put(TrainingVariables.CERT_ISSUER, "PeopleCert");
    cert.put(TrainingVariables.CREDENTIAL_ID, "GR671234");
    cert.put(TrainingVariables.CERT_ISSUED_ON, "2026-10-15");
    tasks.complete(submit, cert);
    tasks.complete(task(p).getId(), TrainingScenario.approve());

    assertThat(p).isEnded().hasPassed(TrainingMilestoneProcessIds.SERVICE_TASK_RECORD_CERTIFICATION, TrainingMilestoneProcessIds.END_EVENT_MILESTONE_APPROVED);
    Certification recorded = certifications.ofContract(contractId).get(0);
    assertThat(recorded.issuer()).isEqualTo("PeopleCert");
    // No expiry given: the contract's validity (3 years) applies.
    assertThat(recorded.expiresOn()).isEqualTo(LocalDate.of(2029, 10, 15));
    assertThat(ledger.entries(contractId)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IncentiveKind.BONUS);
      assertThat(e.amount()).isEqualByComparingTo("400");
      assertThat(e.milestoneId()).isEqualTo(milestoneId(p));
    });

    // Renewal would be due 60 days before 2029-10-15, after the contract ends (2029-01-31): none is started.
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(contractId)
        .processDefinitionKey(TrainingVariables.RENEWAL_PROCESS_KEY).count()).isZero();
  }

  @Test
  void certificationExpiringDuringTheContractOpensARecertificationMilestone() {
    ProcessInstance p = start(certification(LEAD, "itil4-foundation", LocalDate.of(2027, 8, 1)));
    Map<String, Object> cert = new HashMap<>(TrainingScenario.evidence("passed the exam"));
    cert.put(TrainingVariables.CERT_ISSUER, "PeopleCert");
    cert.put(TrainingVariables.CREDENTIAL_ID, "GR670001");
    cert.put(TrainingVariables.CERT_ISSUED_ON, "2026-06-01");
    cert.put(TrainingVariables.CERT_EXPIRES_ON, "2028-06-01");
    tasks.complete(task(p).getId(), cert);
    tasks.complete(task(p).getId(), TrainingScenario.approve());

    ProcessInstance renewal = runtime.createProcessInstanceQuery().processInstanceBusinessKey(contractId)
        .processDefinitionKey(TrainingVariables.RENEWAL_PROCESS_KEY).singleResult();
    assertThat(renewal).isWaitingAt(CertificationRenewalProcessIds.INTERMEDIATE_CATCH_EVENT_RECERTIFICATION_DUE);
    var timer = management.createJobQuery().processInstanceId(renewal.getId()).timers().singleResult();
    // 60 days ahead of expiry (recertifyDaysAhead).
    assertThat(timer.getDuedate()).isEqualTo(EngineClock.startOf(LocalDate.of(2028, 4, 2)));

    ProcessHelpers.fireTimer(renewal.getId(), CertificationRenewalProcessIds.INTERMEDIATE_CATCH_EVENT_RECERTIFICATION_DUE,
        LocalDate.of(2028, 4, 2));

    assertThat(renewal).isWaitingAt(CertificationRenewalProcessIds.CALL_ACTIVITY_RENEW_CERTIFICATION);
    long renewalMilestone = (Long) runtime.getVariable(renewal.getId(), ProcessVariables.MILESTONE_ID.name());
    Milestone m = milestones.get(renewalMilestone);
    assertThat(m.kind()).isEqualTo(MilestoneKind.RECERTIFICATION);
    assertThat(m.dueDate()).isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(m.memberId()).isEqualTo(LEAD);
    ProcessInstance child = TrainingScenario.milestoneProcess(runtime, renewalMilestone);
    assertThat(child.getBusinessKey()).isEqualTo(contractId);

    Map<String, Object> renewed = new HashMap<>(TrainingScenario.evidence("renewed"));
    renewed.put(TrainingVariables.CERT_ISSUER, "PeopleCert");
    renewed.put(TrainingVariables.CREDENTIAL_ID, "GR679999");
    renewed.put(TrainingVariables.CERT_ISSUED_ON, "2028-03-30");
    tasks.complete(task(child).getId(), renewed);
    tasks.complete(task(child).getId(), TrainingScenario.approve());

    assertThat(renewal).isEnded().hasPassed(CertificationRenewalProcessIds.END_EVENT_RECERTIFICATION_HANDLED);
    assertThat(certifications.ofContract(contractId)).hasSize(2);
    // The renewal earns no second certification bonus.
    assertThat(ledger.entries(contractId)).filteredOn(e -> e.kind() == IncentiveKind.BONUS).hasSize(1);
  }

  private ProcessInstance start(long milestoneId) {
    return runtime.startProcessInstanceByKey(TrainingVariables.MILESTONE_PROCESS_KEY, contractId, Map.of(
        ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP,
        ProcessVariables.MILESTONE_ID.name(), milestoneId));
  }

  private long training(String member, String module, Integer passMark, LocalDate due) {
    return milestones.insert(contractId, "pilot", member, new RequiredTraining(MilestoneKind.TRAINING, module,
        "Module " + module, RequiredTraining.FROM_CONTRACT, passMark == null ? null : "TEST", passMark,
        passMark == null ? null : 3), due, clock.instant());
  }

  private long certification(String member, String key, LocalDate due) {
    return milestones.insert(contractId, "steady-state", member, new RequiredTraining(MilestoneKind.CERTIFICATION,
        key, "ITIL 4 Foundation", RequiredTraining.FROM_CONTRACT, null, null, null), due, clock.instant());
  }

  private long milestoneId(ProcessInstance p) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(p.getId())
        .variableName(ProcessVariables.MILESTONE_ID.name()).singleResult().getValue()).longValue();
  }

  private org.camunda.bpm.engine.task.Task task(ProcessInstance p) {
    return tasks.createTaskQuery().processInstanceId(p.getId())
        .taskDefinitionKeyIn(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE, TrainingMilestoneProcessIds.USER_TASK_REVIEW_TRAINING_EVIDENCE).singleResult();
  }
}
