package io.skillgate.support.bpmn;

/**
 * The element ids of ExitHandoverProcess (processes/handover/ExitHandoverProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class ExitHandoverProcessIds {

  public static final String PROCESS_KEY = "ExitHandoverProcess";

  /** Handover due. */
  public static final String START_EVENT_HANDOVER_DUE = "StartEvent_HandoverDue";
  /** Prepare handover checklist. */
  public static final String SERVICE_TASK_PREPARE_HANDOVER_CHECKLIST = "ServiceTask_PrepareHandoverChecklist";
  public static final String GATEWAY_SPLIT_HANDOVER = "Gateway_SplitHandover";
  /** Hand over checklist item. */
  public static final String SUB_PROCESS_HAND_OVER_ITEM = "SubProcess_HandOverItem";
  /** Item due. */
  public static final String START_EVENT_ITEM_DUE = "StartEvent_ItemDue";
  public static final String GATEWAY_JOIN_ITEM_DELIVERY = "Gateway_JoinItemDelivery";
  /** Deliver handover item. */
  public static final String USER_TASK_DELIVER_HANDOVER_ITEM = "UserTask_DeliverHandoverItem";
  /** Item overdue. */
  public static final String BOUNDARY_EVENT_ITEM_OVERDUE = "BoundaryEvent_ItemOverdue";
  /** Record item delivered. */
  public static final String SERVICE_TASK_RECORD_ITEM_DELIVERED = "ServiceTask_RecordItemDelivered";
  /** Accept handover item. */
  public static final String USER_TASK_ACCEPT_HANDOVER_ITEM = "UserTask_AcceptHandoverItem";
  /** Record item review. */
  public static final String SERVICE_TASK_RECORD_ITEM_REVIEW = "ServiceTask_RecordItemReview";
  /** Item accepted? */
  public static final String GATEWAY_ITEM_ACCEPTED = "Gateway_ItemAccepted";
  /** Item accepted. */
  public static final String END_EVENT_ITEM_ACCEPTED = "EndEvent_ItemAccepted";
  /** Escalate overdue item. */
  public static final String SERVICE_TASK_ESCALATE_OVERDUE_ITEM = "ServiceTask_EscalateOverdueItem";
  /** Chase overdue item. */
  public static final String USER_TASK_CHASE_OVERDUE_ITEM = "UserTask_ChaseOverdueItem";
  /** Overdue item chased. */
  public static final String END_EVENT_OVERDUE_ITEM_CHASED = "EndEvent_OverdueItemChased";
  public static final String SEQUENCE_FLOW_TO_JOIN_ITEM_DELIVERY = "SequenceFlow_ToJoinItemDelivery";
  public static final String SEQUENCE_FLOW_TO_DELIVER_HANDOVER_ITEM = "SequenceFlow_ToDeliverHandoverItem";
  public static final String SEQUENCE_FLOW_TO_RECORD_ITEM_DELIVERED = "SequenceFlow_ToRecordItemDelivered";
  public static final String SEQUENCE_FLOW_TO_ACCEPT_HANDOVER_ITEM = "SequenceFlow_ToAcceptHandoverItem";
  public static final String SEQUENCE_FLOW_TO_RECORD_ITEM_REVIEW = "SequenceFlow_ToRecordItemReview";
  public static final String SEQUENCE_FLOW_TO_ITEM_ACCEPTED = "SequenceFlow_ToItemAccepted";
  /** Yes. */
  public static final String SEQUENCE_FLOW_ITEM_ACCEPTED_YES = "SequenceFlow_ItemAcceptedYes";
  /** No, back to the vendor. */
  public static final String SEQUENCE_FLOW_ITEM_ACCEPTED_NO = "SequenceFlow_ItemAcceptedNo";
  public static final String SEQUENCE_FLOW_TO_ESCALATE_OVERDUE_ITEM = "SequenceFlow_ToEscalateOverdueItem";
  public static final String SEQUENCE_FLOW_TO_CHASE_OVERDUE_ITEM = "SequenceFlow_ToChaseOverdueItem";
  public static final String SEQUENCE_FLOW_TO_OVERDUE_ITEM_CHASED = "SequenceFlow_ToOverdueItemChased";
  /** Contract end date reached. */
  public static final String INTERMEDIATE_CATCH_EVENT_CONTRACT_END_REACHED = "IntermediateCatchEvent_ContractEndReached";
  /** Revoke access to system. */
  public static final String SUB_PROCESS_REVOKE_ACCESS = "SubProcess_RevokeAccess";
  /** Revocation due. */
  public static final String START_EVENT_REVOCATION_DUE = "StartEvent_RevocationDue";
  /** Revoke system access. */
  public static final String USER_TASK_REVOKE_SYSTEM_ACCESS = "UserTask_RevokeSystemAccess";
  /** Record access revoked. */
  public static final String SERVICE_TASK_RECORD_ACCESS_REVOKED = "ServiceTask_RecordAccessRevoked";
  /** Access revoked. */
  public static final String END_EVENT_ACCESS_REVOKED = "EndEvent_AccessRevoked";
  public static final String SEQUENCE_FLOW_TO_REVOKE_SYSTEM_ACCESS = "SequenceFlow_ToRevokeSystemAccess";
  public static final String SEQUENCE_FLOW_TO_RECORD_ACCESS_REVOKED = "SequenceFlow_ToRecordAccessRevoked";
  public static final String SEQUENCE_FLOW_TO_ACCESS_REVOKED = "SequenceFlow_ToAccessRevoked";
  public static final String GATEWAY_JOIN_HANDOVER = "Gateway_JoinHandover";
  public static final String GATEWAY_SPLIT_SIGN_OFF = "Gateway_SplitSignOff";
  /** Sign off handover for the client. */
  public static final String USER_TASK_SIGN_OFF_HANDOVER_FOR_CLIENT = "UserTask_SignOffHandoverForClient";
  /** Sign off handover for the vendor. */
  public static final String USER_TASK_SIGN_OFF_HANDOVER_FOR_VENDOR = "UserTask_SignOffHandoverForVendor";
  public static final String GATEWAY_JOIN_SIGN_OFF = "Gateway_JoinSignOff";
  /** Close contract. */
  public static final String SERVICE_TASK_CLOSE_CONTRACT = "ServiceTask_CloseContract";
  /** Contract closed. */
  public static final String END_EVENT_CONTRACT_CLOSED = "EndEvent_ContractClosed";
  public static final String SEQUENCE_FLOW_TO_PREPARE_HANDOVER_CHECKLIST = "SequenceFlow_ToPrepareHandoverChecklist";
  public static final String SEQUENCE_FLOW_TO_SPLIT_HANDOVER = "SequenceFlow_ToSplitHandover";
  public static final String SEQUENCE_FLOW_TO_HAND_OVER_ITEM = "SequenceFlow_ToHandOverItem";
  public static final String SEQUENCE_FLOW_TO_CONTRACT_END_REACHED = "SequenceFlow_ToContractEndReached";
  public static final String SEQUENCE_FLOW_TO_REVOKE_ACCESS = "SequenceFlow_ToRevokeAccess";
  public static final String SEQUENCE_FLOW_TO_JOIN_HANDOVER_FROM_ITEMS = "SequenceFlow_ToJoinHandoverFromItems";
  public static final String SEQUENCE_FLOW_TO_JOIN_HANDOVER_FROM_ACCESS = "SequenceFlow_ToJoinHandoverFromAccess";
  public static final String SEQUENCE_FLOW_TO_SPLIT_SIGN_OFF = "SequenceFlow_ToSplitSignOff";
  public static final String SEQUENCE_FLOW_TO_SIGN_OFF_HANDOVER_FOR_CLIENT = "SequenceFlow_ToSignOffHandoverForClient";
  public static final String SEQUENCE_FLOW_TO_SIGN_OFF_HANDOVER_FOR_VENDOR = "SequenceFlow_ToSignOffHandoverForVendor";
  public static final String SEQUENCE_FLOW_TO_JOIN_SIGN_OFF_FROM_CLIENT = "SequenceFlow_ToJoinSignOffFromClient";
  public static final String SEQUENCE_FLOW_TO_JOIN_SIGN_OFF_FROM_VENDOR = "SequenceFlow_ToJoinSignOffFromVendor";
  public static final String SEQUENCE_FLOW_TO_CLOSE_CONTRACT = "SequenceFlow_ToCloseContract";
  public static final String SEQUENCE_FLOW_TO_CONTRACT_CLOSED = "SequenceFlow_ToContractClosed";

  private ExitHandoverProcessIds() {}
}
