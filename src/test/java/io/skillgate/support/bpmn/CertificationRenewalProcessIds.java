package io.skillgate.support.bpmn;

/**
 * The element ids of CertificationRenewalProcess (processes/training/CertificationRenewalProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class CertificationRenewalProcessIds {

  public static final String PROCESS_KEY = "CertificationRenewalProcess";

  /** Certification recorded. */
  public static final String START_EVENT_CERTIFICATION_RECORDED = "StartEvent_CertificationRecorded";
  /** Recertification due. */
  public static final String INTERMEDIATE_CATCH_EVENT_RECERTIFICATION_DUE = "IntermediateCatchEvent_RecertificationDue";
  /** Plan recertification. */
  public static final String SERVICE_TASK_PLAN_RECERTIFICATION = "ServiceTask_PlanRecertification";
  /** Renew certification. */
  public static final String CALL_ACTIVITY_RENEW_CERTIFICATION = "CallActivity_RenewCertification";
  /** Recertification handled. */
  public static final String END_EVENT_RECERTIFICATION_HANDLED = "EndEvent_RecertificationHandled";
  public static final String SEQUENCE_FLOW_TO_RECERTIFICATION_DUE = "SequenceFlow_ToRecertificationDue";
  public static final String SEQUENCE_FLOW_TO_PLAN_RECERTIFICATION = "SequenceFlow_ToPlanRecertification";
  public static final String SEQUENCE_FLOW_TO_RENEW_CERTIFICATION = "SequenceFlow_ToRenewCertification";
  public static final String SEQUENCE_FLOW_TO_RECERTIFICATION_HANDLED = "SequenceFlow_ToRecertificationHandled";

  private CertificationRenewalProcessIds() {}
}
