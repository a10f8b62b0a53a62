package io.skillgate.support.bpmn;

/**
 * The element ids of ContractProgrammeProcess (processes/contract/ContractProgrammeProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class ContractProgrammeProcessIds {

  public static final String PROCESS_KEY = "ContractProgrammeProcess";

  /** Contract signed. */
  public static final String START_EVENT_CONTRACT_SIGNED = "StartEvent_ContractSigned";
  /** Choose plan reviewers. */
  public static final String BUSINESS_RULE_TASK_CHOOSE_PLAN_REVIEWERS = "BusinessRuleTask_ChoosePlanReviewers";
  public static final String GATEWAY_JOIN_PLAN_CONFIRMATION = "Gateway_JoinPlanConfirmation";
  /** Confirm upskilling plan. */
  public static final String USER_TASK_CONFIRM_UPSKILLING_PLAN = "UserTask_ConfirmUpskillingPlan";
  /** Approve upskilling plan. */
  public static final String USER_TASK_APPROVE_UPSKILLING_PLAN = "UserTask_ApproveUpskillingPlan";
  /** Plan approved? */
  public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
  /** Record plan agreed. */
  public static final String SERVICE_TASK_RECORD_PLAN_AGREED = "ServiceTask_RecordPlanAgreed";
  /** Prepare programme. */
  public static final String SERVICE_TASK_PREPARE_PROGRAMME = "ServiceTask_PrepareProgramme";
  /** Run the upskilling programme. */
  public static final String SUB_PROCESS_RUN_PROGRAMME = "SubProcess_RunProgramme";
  /** Programme started. */
  public static final String START_EVENT_PROGRAMME_STARTED = "StartEvent_ProgrammeStarted";
  public static final String GATEWAY_FORK_PROGRAMME = "Gateway_ForkProgramme";
  /** Onboard team member. */
  public static final String CALL_ACTIVITY_ONBOARD_TEAM = "CallActivity_OnboardTeam";
  /** Run phase-gated training. */
  public static final String CALL_ACTIVITY_RUN_PHASE_GATED_TRAINING = "CallActivity_RunPhaseGatedTraining";
  /** Report progress. */
  public static final String CALL_ACTIVITY_REPORT_PROGRESS = "CallActivity_ReportProgress";
  public static final String GATEWAY_JOIN_PROGRAMME = "Gateway_JoinProgramme";
  /** Programme run ended. */
  public static final String END_EVENT_PROGRAMME_RUN_ENDED = "EndEvent_ProgrammeRunEnded";
  public static final String SEQUENCE_FLOW_TO_FORK_PROGRAMME = "SequenceFlow_ToForkProgramme";
  public static final String SEQUENCE_FLOW_TO_ONBOARD_TEAM = "SequenceFlow_ToOnboardTeam";
  public static final String SEQUENCE_FLOW_TO_REPORT_PROGRESS = "SequenceFlow_ToReportProgress";
  public static final String SEQUENCE_FLOW_TO_RUN_PHASE_GATED_TRAINING = "SequenceFlow_ToRunPhaseGatedTraining";
  public static final String SEQUENCE_FLOW_TO_JOIN_PROGRAMME = "SequenceFlow_ToJoinProgramme";
  public static final String SEQUENCE_FLOW_REPORTING_COMPLETED = "SequenceFlow_ReportingCompleted";
  public static final String SEQUENCE_FLOW_TO_PROGRAMME_RUN_ENDED = "SequenceFlow_ToProgrammeRunEnded";
  /** Exit notice period reached. */
  public static final String BOUNDARY_EVENT_EXIT_NOTICE_REACHED = "BoundaryEvent_ExitNoticeReached";
  /** Contract terminated. */
  public static final String BOUNDARY_EVENT_CONTRACT_TERMINATED = "BoundaryEvent_ContractTerminated";
  public static final String GATEWAY_JOIN_EXIT = "Gateway_JoinExit";
  public static final String GATEWAY_FORK_EXIT = "Gateway_ForkExit";
  /** Hand over at exit. */
  public static final String CALL_ACTIVITY_HAND_OVER_AT_EXIT = "CallActivity_HandOverAtExit";
  /** Evaluate contract. */
  public static final String CALL_ACTIVITY_EVALUATE_CONTRACT = "CallActivity_EvaluateContract";
  public static final String GATEWAY_JOIN_CLOSING = "Gateway_JoinClosing";
  /** Contract closed. */
  public static final String END_EVENT_CONTRACT_CLOSED = "EndEvent_ContractClosed";
  /** Record plan returned. */
  public static final String SERVICE_TASK_RECORD_PLAN_RETURNED = "ServiceTask_RecordPlanReturned";
  /** Return limit reached? */
  public static final String GATEWAY_RETURN_LIMIT_REACHED = "Gateway_ReturnLimitReached";
  /** Resolve plan dispute. */
  public static final String USER_TASK_RESOLVE_PLAN_DISPUTE = "UserTask_ResolvePlanDispute";
  /** Withdraw the contract? */
  public static final String GATEWAY_DISPUTE_RESOLUTION = "Gateway_DisputeResolution";
  /** Withdraw contract. */
  public static final String SERVICE_TASK_WITHDRAW_CONTRACT = "ServiceTask_WithdrawContract";
  /** Contract withdrawn. */
  public static final String END_EVENT_CONTRACT_WITHDRAWN = "EndEvent_ContractWithdrawn";
  /** Reopen plan. */
  public static final String SERVICE_TASK_REOPEN_PLAN = "ServiceTask_ReopenPlan";
  public static final String SEQUENCE_FLOW_TO_CHOOSE_PLAN_REVIEWERS = "SequenceFlow_ToChoosePlanReviewers";
  public static final String SEQUENCE_FLOW_TO_JOIN_PLAN_CONFIRMATION = "SequenceFlow_ToJoinPlanConfirmation";
  public static final String SEQUENCE_FLOW_TO_CONFIRM_UPSKILLING_PLAN = "SequenceFlow_ToConfirmUpskillingPlan";
  public static final String SEQUENCE_FLOW_TO_APPROVE_UPSKILLING_PLAN = "SequenceFlow_ToApproveUpskillingPlan";
  public static final String SEQUENCE_FLOW_TO_PLAN_APPROVED = "SequenceFlow_ToPlanApproved";
  /** Yes. */
  public static final String SEQUENCE_FLOW_PLAN_APPROVED_YES = "SequenceFlow_PlanApprovedYes";
  /** No. */
  public static final String SEQUENCE_FLOW_PLAN_APPROVED_NO = "SequenceFlow_PlanApprovedNo";
  public static final String SEQUENCE_FLOW_TO_PREPARE_PROGRAMME = "SequenceFlow_ToPrepareProgramme";
  public static final String SEQUENCE_FLOW_TO_RUN_PROGRAMME = "SequenceFlow_ToRunProgramme";
  public static final String SEQUENCE_FLOW_PROGRAMME_RUN_COMPLETED = "SequenceFlow_ProgrammeRunCompleted";
  public static final String SEQUENCE_FLOW_EXIT_NOTICE_REACHED = "SequenceFlow_ExitNoticeReached";
  public static final String SEQUENCE_FLOW_CONTRACT_TERMINATED = "SequenceFlow_ContractTerminated";
  public static final String SEQUENCE_FLOW_TO_FORK_EXIT = "SequenceFlow_ToForkExit";
  public static final String SEQUENCE_FLOW_TO_HAND_OVER_AT_EXIT = "SequenceFlow_ToHandOverAtExit";
  public static final String SEQUENCE_FLOW_TO_EVALUATE_CONTRACT = "SequenceFlow_ToEvaluateContract";
  public static final String SEQUENCE_FLOW_HANDOVER_SIGNED_OFF = "SequenceFlow_HandoverSignedOff";
  public static final String SEQUENCE_FLOW_CONTRACT_EVALUATED = "SequenceFlow_ContractEvaluated";
  public static final String SEQUENCE_FLOW_TO_CONTRACT_CLOSED = "SequenceFlow_ToContractClosed";
  public static final String SEQUENCE_FLOW_TO_RETURN_LIMIT_REACHED = "SequenceFlow_ToReturnLimitReached";
  /** No. */
  public static final String SEQUENCE_FLOW_RETURN_LIMIT_REACHED_NO = "SequenceFlow_ReturnLimitReachedNo";
  /** Yes. */
  public static final String SEQUENCE_FLOW_RETURN_LIMIT_REACHED_YES = "SequenceFlow_ReturnLimitReachedYes";
  public static final String SEQUENCE_FLOW_TO_DISPUTE_RESOLUTION = "SequenceFlow_ToDisputeResolution";
  /** Yes. */
  public static final String SEQUENCE_FLOW_DISPUTE_RESOLUTION_WITHDRAW = "SequenceFlow_DisputeResolutionWithdraw";
  /** No, reopen. */
  public static final String SEQUENCE_FLOW_DISPUTE_RESOLUTION_REOPEN = "SequenceFlow_DisputeResolutionReopen";
  public static final String SEQUENCE_FLOW_TO_CONTRACT_WITHDRAWN = "SequenceFlow_ToContractWithdrawn";
  public static final String SEQUENCE_FLOW_PLAN_REOPENED = "SequenceFlow_PlanReopened";
  /** ContractTerminated. */
  public static final String MESSAGE_CONTRACT_TERMINATED = "Message_ContractTerminated";

  private ContractProgrammeProcessIds() {}
}
