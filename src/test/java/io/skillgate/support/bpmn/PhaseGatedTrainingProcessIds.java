package io.skillgate.support.bpmn;

/**
 * The element ids of PhaseGatedTrainingProcess (processes/training/PhaseGatedTrainingProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class PhaseGatedTrainingProcessIds {

  public static final String PROCESS_KEY = "PhaseGatedTrainingProcess";

  /** Training plan agreed. */
  public static final String START_EVENT_TRAINING_STARTED = "StartEvent_TrainingStarted";
  /** Train for phase. */
  public static final String SUB_PROCESS_TRAIN_PHASE = "SubProcess_TrainPhase";
  /** Phase due. */
  public static final String START_EVENT_PHASE_DUE = "StartEvent_PhaseDue";
  /** Plan phase milestones. */
  public static final String SERVICE_TASK_PLAN_PHASE_MILESTONES = "ServiceTask_PlanPhaseMilestones";
  /** Complete training milestone. */
  public static final String CALL_ACTIVITY_COMPLETE_MILESTONE = "CallActivity_CompleteMilestone";
  public static final String GATEWAY_JOIN_GATE = "Gateway_JoinGate";
  /** Summarise phase. */
  public static final String SERVICE_TASK_SUMMARISE_PHASE = "ServiceTask_SummarisePhase";
  /** Approve phase gate. */
  public static final String USER_TASK_APPROVE_PHASE_GATE = "UserTask_ApprovePhaseGate";
  /** Phase gate approved? */
  public static final String GATEWAY_PHASE_GATE_APPROVED = "Gateway_PhaseGateApproved";
  /** Open phase. */
  public static final String SERVICE_TASK_OPEN_PHASE = "ServiceTask_OpenPhase";
  /** Phase opened. */
  public static final String END_EVENT_PHASE_OPENED = "EndEvent_PhaseOpened";
  /** Record phase gate rejected. */
  public static final String SERVICE_TASK_RECORD_PHASE_GATE_REJECTED = "ServiceTask_RecordPhaseGateRejected";
  /** Resolve phase gate findings. */
  public static final String USER_TASK_RESOLVE_PHASE_GATE_FINDINGS = "UserTask_ResolvePhaseGateFindings";
  public static final String SEQUENCE_FLOW_TO_PLAN_PHASE_MILESTONES = "SequenceFlow_ToPlanPhaseMilestones";
  public static final String SEQUENCE_FLOW_TO_COMPLETE_MILESTONE = "SequenceFlow_ToCompleteMilestone";
  public static final String SEQUENCE_FLOW_TO_JOIN_GATE = "SequenceFlow_ToJoinGate";
  public static final String SEQUENCE_FLOW_TO_SUMMARISE_PHASE = "SequenceFlow_ToSummarisePhase";
  public static final String SEQUENCE_FLOW_TO_APPROVE_PHASE_GATE = "SequenceFlow_ToApprovePhaseGate";
  public static final String SEQUENCE_FLOW_TO_PHASE_GATE_APPROVED = "SequenceFlow_ToPhaseGateApproved";
  /** Yes. */
  public static final String SEQUENCE_FLOW_PHASE_GATE_APPROVED_YES = "SequenceFlow_PhaseGateApprovedYes";
  /** No. */
  public static final String SEQUENCE_FLOW_PHASE_GATE_APPROVED_NO = "SequenceFlow_PhaseGateApprovedNo";
  public static final String SEQUENCE_FLOW_TO_PHASE_OPENED = "SequenceFlow_ToPhaseOpened";
  public static final String SEQUENCE_FLOW_TO_RESOLVE_PHASE_GATE_FINDINGS = "SequenceFlow_ToResolvePhaseGateFindings";
  public static final String SEQUENCE_FLOW_FINDINGS_RESOLVED = "SequenceFlow_FindingsResolved";
  /** Record training completed. */
  public static final String SERVICE_TASK_RECORD_TRAINING_COMPLETED = "ServiceTask_RecordTrainingCompleted";
  /** Training completed. */
  public static final String END_EVENT_TRAINING_COMPLETED = "EndEvent_TrainingCompleted";
  public static final String SEQUENCE_FLOW_TO_TRAIN_PHASE = "SequenceFlow_ToTrainPhase";
  public static final String SEQUENCE_FLOW_TO_RECORD_TRAINING_COMPLETED = "SequenceFlow_ToRecordTrainingCompleted";
  public static final String SEQUENCE_FLOW_TO_TRAINING_COMPLETED = "SequenceFlow_ToTrainingCompleted";

  private PhaseGatedTrainingProcessIds() {}
}
