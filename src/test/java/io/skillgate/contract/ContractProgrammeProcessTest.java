package io.skillgate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractProgrammeProcessIds;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through ContractProgrammeProcess's plan agreement. */
@SkillGateTest
class ContractProgrammeProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ContractRepository contracts;
  @Autowired Api api;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  String id;
  ProcessInstance programme;

  @BeforeEach
  void registerContract() {
    id = Fixtures.uniqueId("CPP");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    programme = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  @Test
  void planConfirmedAndApprovedAtOnce() {
    assertThat(programme).hasPassed(ContractProgrammeProcessIds.BUSINESS_RULE_TASK_CHOOSE_PLAN_REVIEWERS).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN);
    assertThat(task(programme)).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);

    tasks.complete(task(programme).getId(), Map.of("vendorComment", "we confirm"));
    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
    // 15 members, 24 months: the decision table picks the reviewers and 7 days to review.
    assertThat(task(programme)).hasCandidateGroup("reviewers");
    assertThat(runtime.getVariable(programme.getId(), "planReviewDays")).isEqualTo(7);
    assertThat(stage()).isEqualTo(ContractStage.PLAN_REVIEW);

    tasks.complete(task(programme).getId(), Map.of("planDecision", "approve"));

    assertThat(programme).hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_RECORD_PLAN_AGREED, ContractProgrammeProcessIds.SERVICE_TASK_PREPARE_PROGRAMME)
        .isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_ONBOARD_TEAM);
    // One onboarding per member, all under the contract's business key.
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("MemberOnboardingProcess")
        .processInstanceBusinessKey(id).count()).isEqualTo(15);
    assertThat(stage()).isEqualTo(ContractStage.ONBOARDING);
    assertThat(contracts.events(id)).anySatisfy(e -> assertThat(e.kind()).isEqualTo("PLAN_AGREED"));
  }

  @Test
  void returnedPlanGoesBackToTheVendorWithTheReason() {
    confirm();
    tasks.complete(task(programme).getId(), Map.of("planDecision", "return", "returnReason", "add the QA calibration dates"));

    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN).hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_RECORD_PLAN_RETURNED);
    assertThat(runtime.getVariable(programme.getId(), "planReturns")).isEqualTo(1);
    assertThat(contracts.events(id)).anySatisfy(e -> assertThat(e.detail()).contains("add the QA calibration dates"));

    confirm();
    tasks.complete(task(programme).getId(), Map.of("planDecision", "approve"));
    assertThat(programme).hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_RECORD_PLAN_AGREED).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_ONBOARD_TEAM);
  }

  @Test
  void thirdReturnEscalatesToTheProgrammeOfficeWhichReopens() {
    returnPlanTimes(3);

    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_RESOLVE_PLAN_DISPUTE);
    assertThat(task(programme)).hasCandidateGroup("camunda-admin");
    assertThat(stage()).isEqualTo(ContractStage.PLAN_DISPUTED);

    tasks.complete(task(programme).getId(), Map.of("disputeResolution", "reopen", "disputeNote", "meet on Monday"));

    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN).hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_REOPEN_PLAN);
    assertThat(runtime.getVariable(programme.getId(), "planReturns")).isEqualTo(0);
    confirm();
    tasks.complete(task(programme).getId(), Map.of("planDecision", "approve"));
    assertThat(programme).hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_RECORD_PLAN_AGREED).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_ONBOARD_TEAM);
  }

  @Test
  void programmeOfficeMayWithdrawADisputedContract() {
    returnPlanTimes(3);

    tasks.complete(task(programme).getId(), Map.of("disputeResolution", "withdraw", "disputeNote", "no agreement possible"));

    assertThat(programme).isEnded().hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_WITHDRAW_CONTRACT, ContractProgrammeProcessIds.END_EVENT_CONTRACT_WITHDRAWN);
    assertThat(stage()).isEqualTo(ContractStage.WITHDRAWN);
  }

  @Test
  void reviewDecisionWithoutAChoiceOrReasonIsRefused() {
    confirm();
    String review = task(programme).getId();

    assertThatThrownBy(() -> tasks.complete(review, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("planDecision must be one of");
    assertThatThrownBy(() -> tasks.complete(review, Map.of("planDecision", "return")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("returnReason is required");

    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
  }

  @Test
  void exitNoticeEndsTheRunAndStartsHandoverAndEvaluation() {
    agreePlan();
    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_ONBOARD_TEAM, ContractProgrammeProcessIds.CALL_ACTIVITY_REPORT_PROGRESS);

    var exitTimer = management.createJobQuery().processInstanceId(programme.getId())
        .activityId(ContractProgrammeProcessIds.BOUNDARY_EVENT_EXIT_NOTICE_REACHED).singleResult();
    // Due the exit notice period (60 days) before the contract's end date, 2029-01-31.
    assertThat(exitTimer.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2028-12-02 00:00:00"));
    management.executeJob(exitTimer.getId());

    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_HAND_OVER_AT_EXIT, ContractProgrammeProcessIds.CALL_ACTIVITY_EVALUATE_CONTRACT);
    assertThat(running("MemberOnboardingProcess")).isZero();
    assertThat(running("ProgressReportingProcess")).isZero();
    assertThat(running("PhaseGatedTrainingProcess")).isZero();
    var handover = runtime.createProcessInstanceQuery().processDefinitionKey("ExitHandoverProcess")
        .processInstanceBusinessKey(id).singleResult();
    assertThat(runtime.getVariable(handover.getId(), "terminated")).isEqualTo(false);
    assertThat(running("ContractEvaluationProcess")).isEqualTo(1);
  }

  @Test
  void trainingFollowsOnboardingUnderTheContractsBusinessKey() {
    agreePlan();
    // Onboarding every member is covered by MemberOnboardingProcessTest; here: what follows it.
    runtime.createProcessInstanceModification(programme.getId())
        .cancelAllForActivity(ContractProgrammeProcessIds.CALL_ACTIVITY_ONBOARD_TEAM)
        .startBeforeActivity(ContractProgrammeProcessIds.CALL_ACTIVITY_RUN_PHASE_GATED_TRAINING)
        .execute();

    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_RUN_PHASE_GATED_TRAINING, ContractProgrammeProcessIds.CALL_ACTIVITY_REPORT_PROGRESS);
    var training = runtime.createProcessInstanceQuery().processDefinitionKey("PhaseGatedTrainingProcess")
        .processInstanceBusinessKey(id).singleResult();
    assertThat(runtime.getVariable(training.getId(), "contractId")).isEqualTo(id);
    assertThat(runtime.getVariable(training.getId(), "vendorGroup")).isEqualTo(Fixtures.VENDOR_A_GROUP);
    assertThat(stage()).isEqualTo(ContractStage.TRAINING);
  }

  @Test
  void terminationInterruptsTheRunAndStartsTheHandover() {
    agreePlan();
    String effective = java.time.LocalDate.now().plusDays(30).toString();

    Api.Response terminated = api.post(TestSupport.REVIEWER, "/api/contracts/" + id + "/termination",
        Map.of("reason", "vendor acquired", "effectiveDate", effective));

    assertThat(terminated.status()).as(terminated.body()).isEqualTo(201);
    assertThat(programme).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_HAND_OVER_AT_EXIT, ContractProgrammeProcessIds.CALL_ACTIVITY_EVALUATE_CONTRACT)
        .hasPassed(ContractProgrammeProcessIds.BOUNDARY_EVENT_CONTRACT_TERMINATED);
    assertThat(running("MemberOnboardingProcess")).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).processDefinitionKey("MemberOnboardingProcess")
        .count()).isZero();
    var handover = runtime.createProcessInstanceQuery().processDefinitionKey("ExitHandoverProcess")
        .processInstanceBusinessKey(id).singleResult();
    assertThat(runtime.getVariable(handover.getId(), "terminated")).isEqualTo(true);
  }

  private void agreePlan() {
    confirm();
    tasks.complete(task(programme).getId(), Map.of("planDecision", "approve"));
  }

  private long running(String processKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(id).count();
  }

  private void confirm() {
    tasks.complete(task(programme).getId(), Map.of("vendorComment", "confirmed"));
  }

  private void returnPlanTimes(int times) {
    for (int i = 1; i <= times; i++) {
      confirm();
      tasks.complete(task(programme).getId(), Map.of("planDecision", "return", "returnReason", "reason " + i));
    }
  }

  private ContractStage stage() {
    return contracts.find(id).orElseThrow().stage();
  }
}
