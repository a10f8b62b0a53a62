package io.skillgate.support.bpmn;

/**
 * The element ids of MemberOnboardingProcess (processes/onboarding/MemberOnboardingProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class MemberOnboardingProcessIds {

  public static final String PROCESS_KEY = "MemberOnboardingProcess";

  /** Member joined the team. */
  public static final String START_EVENT_MEMBER_JOINED = "StartEvent_MemberJoined";
  /** Prepare learning path. */
  public static final String SERVICE_TASK_PREPARE_LEARNING_PATH = "ServiceTask_PrepareLearningPath";
  /** Member still on the team? */
  public static final String GATEWAY_MEMBER_ACTIVE = "Gateway_MemberActive";
  /** Onboarding not needed. */
  public static final String END_EVENT_ONBOARDING_NOT_NEEDED = "EndEvent_OnboardingNotNeeded";
  /** Provision access and tools. */
  public static final String USER_TASK_PROVISION_ACCESS = "UserTask_ProvisionAccess";
  public static final String GATEWAY_JOIN_ITEMS = "Gateway_JoinItems";
  /** Record onboarding evidence. */
  public static final String USER_TASK_RECORD_ONBOARDING_EVIDENCE = "UserTask_RecordOnboardingEvidence";
  /** Approve onboarding. */
  public static final String USER_TASK_APPROVE_ONBOARDING = "UserTask_ApproveOnboarding";
  /** Onboarding approved? */
  public static final String GATEWAY_ONBOARDING_APPROVED = "Gateway_OnboardingApproved";
  /** Record member onboarded. */
  public static final String SERVICE_TASK_RECORD_MEMBER_ONBOARDED = "ServiceTask_RecordMemberOnboarded";
  /** Member onboarded. */
  public static final String END_EVENT_MEMBER_ONBOARDED = "EndEvent_MemberOnboarded";
  /** Member left. */
  public static final String SUB_PROCESS_MEMBER_LEFT = "SubProcess_MemberLeft";
  /** Member left the team. */
  public static final String START_EVENT_MEMBER_LEFT = "StartEvent_MemberLeft";
  /** End onboarding. */
  public static final String SERVICE_TASK_END_ONBOARDING = "ServiceTask_EndOnboarding";
  /** Onboarding ended. */
  public static final String END_EVENT_ONBOARDING_ENDED = "EndEvent_OnboardingEnded";
  public static final String SEQUENCE_FLOW_TO_END_ONBOARDING = "SequenceFlow_ToEndOnboarding";
  public static final String SEQUENCE_FLOW_TO_ONBOARDING_ENDED = "SequenceFlow_ToOnboardingEnded";
  public static final String SEQUENCE_FLOW_TO_PREPARE_LEARNING_PATH = "SequenceFlow_ToPrepareLearningPath";
  public static final String SEQUENCE_FLOW_TO_MEMBER_ACTIVE = "SequenceFlow_ToMemberActive";
  /** Yes. */
  public static final String SEQUENCE_FLOW_MEMBER_ACTIVE_YES = "SequenceFlow_MemberActiveYes";
  /** No. */
  public static final String SEQUENCE_FLOW_MEMBER_ACTIVE_NO = "SequenceFlow_MemberActiveNo";
  public static final String SEQUENCE_FLOW_TO_JOIN_ITEMS = "SequenceFlow_ToJoinItems";
  public static final String SEQUENCE_FLOW_TO_RECORD_ONBOARDING_EVIDENCE = "SequenceFlow_ToRecordOnboardingEvidence";
  public static final String SEQUENCE_FLOW_TO_APPROVE_ONBOARDING = "SequenceFlow_ToApproveOnboarding";
  public static final String SEQUENCE_FLOW_TO_ONBOARDING_APPROVED = "SequenceFlow_ToOnboardingApproved";
  /** Yes. */
  public static final String SEQUENCE_FLOW_ONBOARDING_APPROVED_YES = "SequenceFlow_OnboardingApprovedYes";
  /** No, redo returned items. */
  public static final String SEQUENCE_FLOW_ONBOARDING_APPROVED_NO = "SequenceFlow_OnboardingApprovedNo";
  public static final String SEQUENCE_FLOW_TO_MEMBER_ONBOARDED = "SequenceFlow_ToMemberOnboarded";
  /** OnboardingMemberLeft. */
  public static final String MESSAGE_ONBOARDING_MEMBER_LEFT = "Message_OnboardingMemberLeft";

  private MemberOnboardingProcessIds() {}
}
