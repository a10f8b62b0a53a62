package io.skillgate.support.bpmn;

/**
 * The element ids of MemberAccessRevocationProcess (processes/handover/MemberAccessRevocationProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class MemberAccessRevocationProcessIds {

  public static final String PROCESS_KEY = "MemberAccessRevocationProcess";

  /** Member departed. */
  public static final String START_EVENT_MEMBER_DEPARTED = "StartEvent_MemberDeparted";
  /** Revoke system access. */
  public static final String USER_TASK_REVOKE_MEMBER_ACCESS = "UserTask_RevokeMemberAccess";
  /** Record member access revoked. */
  public static final String SERVICE_TASK_RECORD_MEMBER_ACCESS_REVOKED = "ServiceTask_RecordMemberAccessRevoked";
  /** Member access revoked. */
  public static final String END_EVENT_MEMBER_ACCESS_REVOKED = "EndEvent_MemberAccessRevoked";
  public static final String SEQUENCE_FLOW_TO_REVOKE_MEMBER_ACCESS = "SequenceFlow_ToRevokeMemberAccess";
  public static final String SEQUENCE_FLOW_TO_RECORD_MEMBER_ACCESS_REVOKED = "SequenceFlow_ToRecordMemberAccessRevoked";
  public static final String SEQUENCE_FLOW_TO_MEMBER_ACCESS_REVOKED = "SequenceFlow_ToMemberAccessRevoked";

  private MemberAccessRevocationProcessIds() {}
}
