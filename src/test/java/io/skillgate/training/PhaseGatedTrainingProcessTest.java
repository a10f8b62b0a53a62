package io.skillgate.training;

import static io.skillgate.training.TrainingScenario.AGENT;
import static io.skillgate.training.TrainingScenario.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.skillgate.contract.ContractEvent;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.ContractStage;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.bpmn.PhaseGatedTrainingProcessIds;
import io.skillgate.support.bpmn.SkillAssessmentProcessIds;
import io.skillgate.support.bpmn.TrainingMilestoneProcessIds;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PhaseGatedTrainingProcess: milestones per role and phase, phases in order, gates approved and rejected. */
@SkillGateTest
class PhaseGatedTrainingProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired MilestoneRepository milestones;
  @Autowired ContractRepository contracts;
  @Autowired Api api;

  String contractId;
  ProcessInstance training;

  @BeforeEach
  void startTraining() {
    contractId = TrainingScenario.registerSmallContract(api, "PGT");
    training = runtime.startProcessInstanceByKey(TrainingVariables.PROCESS_KEY, contractId, Map.of(
        ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP));
  }

  @Test
  void firstPhaseMilestonesComeFromTheDecisionTableAndTheContract() {
    assertThat(training).isWaitingAt(PhaseGatedTrainingProcessIds.CALL_ACTIVITY_COMPLETE_MILESTONE);
    assertThat(contracts.find(contractId).orElseThrow().stage()).isEqualTo(ContractStage.TRAINING);

    // Transition: the organisation's table asks security awareness of everyone, escalations of leads.
    assertThat(milestones.ofPhase(contractId, "transition"))
        .extracting(Milestone::memberId, Milestone::requirementKey, Milestone::source)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AGENT, "security-awareness", RequiredTraining.FROM_ORGANISATION),
            org.assertj.core.groups.Tuple.tuple(LEAD, "security-awareness", RequiredTraining.FROM_ORGANISATION),
            org.assertj.core.groups.Tuple.tuple(LEAD, "client-escalations", RequiredTraining.FROM_ORGANISATION));
    assertThat(milestoneProcesses()).hasSize(3)
        .allSatisfy(p -> assertThat(p.getBusinessKey()).isEqualTo(contractId));
    assertThat(milestones.ofPhase(contractId, "pilot")).as("later phases are planned when they come").isEmpty();
  }

  @Test
  void gateRejectedThenApprovedAndPhasesRunInOrderToTheEnd() {
    completeOpenMilestones();
    assertThat(training).isWaitingAt(PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE);
    Task gate = gateTask();
    assertThat(gate).hasCandidateGroup("reviewers");
    assertThat((String) runtime.getVariable(training.getId(), TrainingVariables.PHASE_SUMMARY))
        .contains("Phase: Transition",
            "Milestones: 3 (3 completed: 3 on time, 0 late; 0 missed; 0 waived; 0 open)",
            "Completion (waived left out): 100.0 % (3 of 3)", "On time (of completed): 100.0 % (3 of 3)",
            "no assessments");

    assertThatThrownBy(() -> tasks.complete(gate.getId(), Map.of(TrainingVariables.GATE_DECISION, "reject")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("missingItems is required");
    tasks.complete(gate.getId(), Map.of(TrainingVariables.GATE_DECISION, "reject",
        TrainingVariables.MISSING_ITEMS, "security awareness certificates not uploaded"));

    assertThat(training).isWaitingAt(PhaseGatedTrainingProcessIds.USER_TASK_RESOLVE_PHASE_GATE_FINDINGS);
    Task findings = tasks.createTaskQuery().processInstanceId(training.getId()).singleResult();
    assertThat(findings).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    tasks.complete(findings.getId(), Map.of(TrainingVariables.FINDINGS_RESPONSE, "uploaded all three"));

    assertThat(training).isWaitingAt(PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE);
    // The previous decision is forgotten: approving needs a fresh one.
    assertThatThrownBy(() -> tasks.complete(gateTask().getId(), Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("gateDecision must be one of");
    approveGate();

    // Pilot: the contract's own modules, one with a test.
    assertThat(training).isWaitingAt(PhaseGatedTrainingProcessIds.CALL_ACTIVITY_COMPLETE_MILESTONE);
    assertThat(milestones.ofPhase(contractId, "pilot")).extracting(Milestone::requirementKey)
        .containsExactlyInAnyOrder("claims-system", "motor-triage", "coaching-calibration");
    completeOpenMilestones();
    approveGate();

    // Steady state: modules, assessments, and the ITIL certification due within 6 months.
    assertThat(milestones.ofPhase(contractId, "steady-state")).extracting(Milestone::requirementKey)
        .containsExactlyInAnyOrder("home-claims", "empathy-calls", "leadership", "itil4-foundation");
    completeOpenMilestones();
    approveGate();

    assertThat(training).isEnded().hasPassed(PhaseGatedTrainingProcessIds.SERVICE_TASK_RECORD_TRAINING_COMPLETED, PhaseGatedTrainingProcessIds.END_EVENT_TRAINING_COMPLETED);
    // With every gate approved and nothing open until the exit notice, the contract is in steady state.
    assertThat(contracts.find(contractId).orElseThrow().stage()).isEqualTo(ContractStage.STEADY_STATE);
    List<String> kinds = contracts.events(contractId).stream().map(ContractEvent::kind).toList();
    assertThat(kinds).containsSubsequence("TRAINING_PHASE_PLANNED", "PHASE_GATE_REJECTED", "PHASE_OPENED",
        "TRAINING_PHASE_PLANNED", "PHASE_OPENED", "TRAINING_PHASE_PLANNED", "PHASE_OPENED", "TRAINING_COMPLETED", "STEADY_STATE");
    assertThat(contracts.events(contractId)).filteredOn(e -> e.kind().equals("PHASE_OPENED"))
        .extracting(ContractEvent::detail)
        .containsExactly(
            "phase transition opened: completion 100.0 % (3 of 3), on time 100.0 % (3 of 3), pass rate no items, "
                + "waived 0, missed 0",
            "phase pilot opened: completion 100.0 % (3 of 3), on time 100.0 % (3 of 3), pass rate 100.0 % (1 of 1), "
                + "waived 0, missed 0",
            "phase steady-state opened: completion 100.0 % (4 of 4), on time 100.0 % (4 of 4), "
                + "pass rate 100.0 % (2 of 2), waived 0, missed 0");
  }

  @Test
  void onlyActiveMembersGetMilestones() {
    // A member who left before the next phase is planned gets none for it.
    contracts.markMemberLeft(contractId, AGENT, java.time.LocalDate.of(2027, 3, 1), "resigned");
    completeOpenMilestones();
    approveGate();

    assertThat(milestones.ofPhase(contractId, "pilot")).extracting(Milestone::memberId).containsOnly(LEAD);
  }

  /** Vendor submits and reviewer approves every open milestone; assessments are passed at once. */
  private void completeOpenMilestones() {
    for (int round = 0; round < 100; round++) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(contractId)
          .taskDefinitionKeyIn(TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE, TrainingMilestoneProcessIds.USER_TASK_REVIEW_TRAINING_EVIDENCE,
              SkillAssessmentProcessIds.USER_TASK_RECORD_ASSESSMENT_RESULT).list();
      if (open.isEmpty()) {
        ProcessHelpers.runAsyncJobs(training.getId());
        return;
      }
      for (Task t : open) {
        switch (t.getTaskDefinitionKey()) {
          case TrainingMilestoneProcessIds.USER_TASK_SUBMIT_TRAINING_EVIDENCE -> tasks.complete(t.getId(), Map.of(
              TrainingVariables.EVIDENCE_NOTE, "completed", TrainingVariables.CERT_ISSUER, "PeopleCert",
              TrainingVariables.CREDENTIAL_ID, "GR-" + t.getId().substring(0, 8),
              TrainingVariables.CERT_ISSUED_ON, "2026-09-01"));
          case TrainingMilestoneProcessIds.USER_TASK_REVIEW_TRAINING_EVIDENCE -> tasks.complete(t.getId(), TrainingScenario.approve());
          default -> tasks.complete(t.getId(), Map.of("score", 95, "assessor", "Ann Assessor"));
        }
      }
    }
    throw new AssertionError("milestones do not finish");
  }

  private void approveGate() {
    tasks.complete(gateTask().getId(), Map.of(TrainingVariables.GATE_DECISION, "approve"));
  }

  private Task gateTask() {
    return TrainingScenario.task(tasks, training.getId(), PhaseGatedTrainingProcessIds.USER_TASK_APPROVE_PHASE_GATE);
  }

  private List<ProcessInstance> milestoneProcesses() {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(training.getId()).list();
  }
}
