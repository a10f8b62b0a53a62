package io.skillgate.support.bpmn;

/**
 * The element ids of TrainingMilestoneProcess (processes/training/TrainingMilestoneProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class TrainingMilestoneProcessIds {

  public static final String PROCESS_KEY = "TrainingMilestoneProcess";

  /** Milestone opened. */
  public static final String START_EVENT_MILESTONE_OPENED = "StartEvent_MilestoneOpened";
  /** Load milestone. */
  public static final String SERVICE_TASK_LOAD_MILESTONE = "ServiceTask_LoadMilestone";
  /** Complete milestone. */
  public static final String SUB_PROCESS_COMPLETE_MILESTONE = "SubProcess_CompleteMilestone";
  /** Work started. */
  public static final String START_EVENT_MILESTONE_WORK_STARTED = "StartEvent_MilestoneWorkStarted";
  public static final String GATEWAY_JOIN_EVIDENCE = "Gateway_JoinEvidence";
  /** Submit training evidence. */
  public static final String USER_TASK_SUBMIT_TRAINING_EVIDENCE = "UserTask_SubmitTrainingEvidence";
  /** Review training evidence. */
  public static final String USER_TASK_REVIEW_TRAINING_EVIDENCE = "UserTask_ReviewTrainingEvidence";
  /** Evidence accepted? */
  public static final String GATEWAY_EVIDENCE_ACCEPTED = "Gateway_EvidenceAccepted";
  /** Assessment required? */
  public static final String GATEWAY_ASSESSMENT_REQUIRED = "Gateway_AssessmentRequired";
  /** Assess skill. */
  public static final String CALL_ACTIVITY_ASSESS_SKILL = "CallActivity_AssessSkill";
  public static final String GATEWAY_JOIN_ASSESSED = "Gateway_JoinAssessed";
  /** Work done. */
  public static final String END_EVENT_MILESTONE_WORK_DONE = "EndEvent_MilestoneWorkDone";
  public static final String SEQUENCE_FLOW_TO_JOIN_EVIDENCE = "SequenceFlow_ToJoinEvidence";
  public static final String SEQUENCE_FLOW_TO_SUBMIT_TRAINING_EVIDENCE = "SequenceFlow_ToSubmitTrainingEvidence";
  public static final String SEQUENCE_FLOW_TO_REVIEW_TRAINING_EVIDENCE = "SequenceFlow_ToReviewTrainingEvidence";
  public static final String SEQUENCE_FLOW_TO_EVIDENCE_ACCEPTED = "SequenceFlow_ToEvidenceAccepted";
  /** Yes. */
  public static final String SEQUENCE_FLOW_EVIDENCE_ACCEPTED_YES = "SequenceFlow_EvidenceAcceptedYes";
  /** No. */
  public static final String SEQUENCE_FLOW_EVIDENCE_ACCEPTED_NO = "SequenceFlow_EvidenceAcceptedNo";
  /** Yes. */
  public static final String SEQUENCE_FLOW_ASSESSMENT_REQUIRED_YES = "SequenceFlow_AssessmentRequiredYes";
  /** No. */
  public static final String SEQUENCE_FLOW_ASSESSMENT_REQUIRED_NO = "SequenceFlow_AssessmentRequiredNo";
  public static final String SEQUENCE_FLOW_TO_JOIN_ASSESSED = "SequenceFlow_ToJoinAssessed";
  public static final String SEQUENCE_FLOW_TO_MILESTONE_WORK_DONE = "SequenceFlow_ToMilestoneWorkDone";
  /** Milestone deadline passed. */
  public static final String BOUNDARY_EVENT_MILESTONE_DEADLINE_PASSED = "BoundaryEvent_MilestoneDeadlinePassed";
  /** Record milestone missed. */
  public static final String SERVICE_TASK_RECORD_MILESTONE_MISSED = "ServiceTask_RecordMilestoneMissed";
  /** Grace period over. */
  public static final String INTERMEDIATE_CATCH_EVENT_GRACE_PERIOD_OVER = "IntermediateCatchEvent_GracePeriodOver";
  /** Charge missed milestone penalty. */
  public static final String SERVICE_TASK_CHARGE_MISSED_MILESTONE_PENALTY = "ServiceTask_ChargeMissedMilestonePenalty";
  /** Review missed milestone. */
  public static final String USER_TASK_REVIEW_MISSED_MILESTONE = "UserTask_ReviewMissedMilestone";
  /** Waive the milestone? */
  public static final String GATEWAY_WAIVE_MILESTONE = "Gateway_WaiveMilestone";
  /** Waive milestone. */
  public static final String SERVICE_TASK_WAIVE_MILESTONE = "ServiceTask_WaiveMilestone";
  /** Milestone waived. */
  public static final String END_EVENT_MILESTONE_WAIVED = "EndEvent_MilestoneWaived";
  /** Member still to complete. */
  public static final String END_EVENT_MISSED_MILESTONE_REVIEWED = "EndEvent_MissedMilestoneReviewed";
  /** Assessment passed? */
  public static final String GATEWAY_MILESTONE_PASSED = "Gateway_MilestonePassed";
  /** Certification milestone? */
  public static final String GATEWAY_CERTIFICATION_REQUIRED = "Gateway_CertificationRequired";
  /** Record certification. */
  public static final String SERVICE_TASK_RECORD_CERTIFICATION = "ServiceTask_RecordCertification";
  public static final String GATEWAY_JOIN_APPROVED = "Gateway_JoinApproved";
  /** Record milestone approved. */
  public static final String SERVICE_TASK_RECORD_MILESTONE_APPROVED = "ServiceTask_RecordMilestoneApproved";
  /** Milestone approved. */
  public static final String END_EVENT_MILESTONE_APPROVED = "EndEvent_MilestoneApproved";
  /** Record milestone failed. */
  public static final String SERVICE_TASK_RECORD_MILESTONE_FAILED = "ServiceTask_RecordMilestoneFailed";
  /** Milestone failed. */
  public static final String END_EVENT_MILESTONE_FAILED = "EndEvent_MilestoneFailed";
  public static final String SEQUENCE_FLOW_TO_LOAD_MILESTONE = "SequenceFlow_ToLoadMilestone";
  public static final String SEQUENCE_FLOW_TO_COMPLETE_MILESTONE = "SequenceFlow_ToCompleteMilestone";
  public static final String SEQUENCE_FLOW_TO_MILESTONE_PASSED = "SequenceFlow_ToMilestonePassed";
  /** Yes. */
  public static final String SEQUENCE_FLOW_MILESTONE_PASSED_YES = "SequenceFlow_MilestonePassedYes";
  /** No. */
  public static final String SEQUENCE_FLOW_MILESTONE_PASSED_NO = "SequenceFlow_MilestonePassedNo";
  /** Yes. */
  public static final String SEQUENCE_FLOW_CERTIFICATION_REQUIRED_YES = "SequenceFlow_CertificationRequiredYes";
  /** No. */
  public static final String SEQUENCE_FLOW_CERTIFICATION_REQUIRED_NO = "SequenceFlow_CertificationRequiredNo";
  public static final String SEQUENCE_FLOW_TO_JOIN_APPROVED = "SequenceFlow_ToJoinApproved";
  public static final String SEQUENCE_FLOW_TO_RECORD_MILESTONE_APPROVED = "SequenceFlow_ToRecordMilestoneApproved";
  public static final String SEQUENCE_FLOW_TO_MILESTONE_APPROVED = "SequenceFlow_ToMilestoneApproved";
  public static final String SEQUENCE_FLOW_TO_MILESTONE_FAILED = "SequenceFlow_ToMilestoneFailed";
  public static final String SEQUENCE_FLOW_TO_RECORD_MILESTONE_MISSED = "SequenceFlow_ToRecordMilestoneMissed";
  public static final String SEQUENCE_FLOW_TO_GRACE_PERIOD_OVER = "SequenceFlow_ToGracePeriodOver";
  public static final String SEQUENCE_FLOW_TO_CHARGE_MISSED_MILESTONE_PENALTY = "SequenceFlow_ToChargeMissedMilestonePenalty";
  public static final String SEQUENCE_FLOW_TO_REVIEW_MISSED_MILESTONE = "SequenceFlow_ToReviewMissedMilestone";
  public static final String SEQUENCE_FLOW_TO_WAIVE_MILESTONE = "SequenceFlow_ToWaiveMilestone";
  /** Yes. */
  public static final String SEQUENCE_FLOW_WAIVE_MILESTONE_YES = "SequenceFlow_WaiveMilestoneYes";
  /** No. */
  public static final String SEQUENCE_FLOW_WAIVE_MILESTONE_NO = "SequenceFlow_WaiveMilestoneNo";
  public static final String SEQUENCE_FLOW_TO_MILESTONE_WAIVED = "SequenceFlow_ToMilestoneWaived";

  private TrainingMilestoneProcessIds() {}
}
