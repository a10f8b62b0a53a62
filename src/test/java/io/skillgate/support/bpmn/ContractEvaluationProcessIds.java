package io.skillgate.support.bpmn;

/**
 * The element ids of ContractEvaluationProcess (processes/reporting/ContractEvaluationProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class ContractEvaluationProcessIds {

  public static final String PROCESS_KEY = "ContractEvaluationProcess";

  /** Contract ended. */
  public static final String START_EVENT_CONTRACT_ENDED = "StartEvent_ContractEnded";
  /** Summarise contract KPIs. */
  public static final String SERVICE_TASK_SUMMARISE_CONTRACT_KPIS = "ServiceTask_SummariseContractKpis";
  public static final String GATEWAY_FORK_FEEDBACK = "Gateway_ForkFeedback";
  /** Give vendor feedback. */
  public static final String USER_TASK_GIVE_VENDOR_FEEDBACK = "UserTask_GiveVendorFeedback";
  /** Give client feedback. */
  public static final String USER_TASK_GIVE_CLIENT_FEEDBACK = "UserTask_GiveClientFeedback";
  public static final String GATEWAY_JOIN_FEEDBACK = "Gateway_JoinFeedback";
  /** Record evaluation feedback. */
  public static final String SERVICE_TASK_RECORD_EVALUATION_FEEDBACK = "ServiceTask_RecordEvaluationFeedback";
  /** Contract evaluated. */
  public static final String END_EVENT_CONTRACT_EVALUATED = "EndEvent_ContractEvaluated";
  public static final String SEQUENCE_FLOW_TO_SUMMARISE_CONTRACT_KPIS = "SequenceFlow_ToSummariseContractKpis";
  public static final String SEQUENCE_FLOW_TO_FORK_FEEDBACK = "SequenceFlow_ToForkFeedback";
  public static final String SEQUENCE_FLOW_TO_GIVE_VENDOR_FEEDBACK = "SequenceFlow_ToGiveVendorFeedback";
  public static final String SEQUENCE_FLOW_TO_GIVE_CLIENT_FEEDBACK = "SequenceFlow_ToGiveClientFeedback";
  public static final String SEQUENCE_FLOW_VENDOR_FEEDBACK_GIVEN = "SequenceFlow_VendorFeedbackGiven";
  public static final String SEQUENCE_FLOW_CLIENT_FEEDBACK_GIVEN = "SequenceFlow_ClientFeedbackGiven";
  public static final String SEQUENCE_FLOW_TO_RECORD_EVALUATION_FEEDBACK = "SequenceFlow_ToRecordEvaluationFeedback";
  public static final String SEQUENCE_FLOW_TO_CONTRACT_EVALUATED = "SequenceFlow_ToContractEvaluated";

  private ContractEvaluationProcessIds() {}
}
