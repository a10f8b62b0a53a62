package io.skillgate.support.bpmn;

/**
 * The element ids of SkillAssessmentProcess (processes/assessment/SkillAssessmentProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class SkillAssessmentProcessIds {

  public static final String PROCESS_KEY = "SkillAssessmentProcess";

  /** Assessment due. */
  public static final String START_EVENT_ASSESSMENT_DUE = "StartEvent_AssessmentDue";
  /** Load assessment. */
  public static final String SERVICE_TASK_LOAD_ASSESSMENT = "ServiceTask_LoadAssessment";
  public static final String GATEWAY_JOIN_ATTEMPT = "Gateway_JoinAttempt";
  /** Record assessment result. */
  public static final String USER_TASK_RECORD_ASSESSMENT_RESULT = "UserTask_RecordAssessmentResult";
  /** Decide assessment outcome. */
  public static final String BUSINESS_RULE_TASK_DECIDE_ASSESSMENT_OUTCOME = "BusinessRuleTask_DecideAssessmentOutcome";
  /** Record assessment attempt. */
  public static final String SERVICE_TASK_RECORD_ASSESSMENT_ATTEMPT = "ServiceTask_RecordAssessmentAttempt";
  /** Which outcome? */
  public static final String GATEWAY_ASSESSMENT_OUTCOME = "Gateway_AssessmentOutcome";
  /** Assessment passed. */
  public static final String END_EVENT_ASSESSMENT_PASSED = "EndEvent_AssessmentPassed";
  public static final String GATEWAY_JOIN_REMEDIATION = "Gateway_JoinRemediation";
  /** Complete remediation training. */
  public static final String USER_TASK_COMPLETE_REMEDIATION_TRAINING = "UserTask_CompleteRemediationTraining";
  /** Review failed assessment. */
  public static final String USER_TASK_REVIEW_FAILED_ASSESSMENT = "UserTask_ReviewFailedAssessment";
  /** Grant another attempt? */
  public static final String GATEWAY_GRANT_EXTRA_ATTEMPT = "Gateway_GrantExtraAttempt";
  /** Grant extra attempt. */
  public static final String SERVICE_TASK_GRANT_EXTRA_ATTEMPT = "ServiceTask_GrantExtraAttempt";
  /** Assessment failed. */
  public static final String END_EVENT_ASSESSMENT_FAILED = "EndEvent_AssessmentFailed";
  public static final String SEQUENCE_FLOW_TO_LOAD_ASSESSMENT = "SequenceFlow_ToLoadAssessment";
  public static final String SEQUENCE_FLOW_TO_JOIN_ATTEMPT = "SequenceFlow_ToJoinAttempt";
  public static final String SEQUENCE_FLOW_TO_RECORD_ASSESSMENT_RESULT = "SequenceFlow_ToRecordAssessmentResult";
  public static final String SEQUENCE_FLOW_TO_DECIDE_ASSESSMENT_OUTCOME = "SequenceFlow_ToDecideAssessmentOutcome";
  public static final String SEQUENCE_FLOW_TO_RECORD_ASSESSMENT_ATTEMPT = "SequenceFlow_ToRecordAssessmentAttempt";
  public static final String SEQUENCE_FLOW_TO_ASSESSMENT_OUTCOME = "SequenceFlow_ToAssessmentOutcome";
  /** Pass. */
  public static final String SEQUENCE_FLOW_ASSESSMENT_OUTCOME_PASS = "SequenceFlow_AssessmentOutcomePass";
  /** Remediate. */
  public static final String SEQUENCE_FLOW_ASSESSMENT_OUTCOME_REMEDIATE = "SequenceFlow_AssessmentOutcomeRemediate";
  /** Fail. */
  public static final String SEQUENCE_FLOW_ASSESSMENT_OUTCOME_FAIL = "SequenceFlow_AssessmentOutcomeFail";
  public static final String SEQUENCE_FLOW_TO_COMPLETE_REMEDIATION_TRAINING = "SequenceFlow_ToCompleteRemediationTraining";
  public static final String SEQUENCE_FLOW_REMEDIATION_COMPLETED = "SequenceFlow_RemediationCompleted";
  public static final String SEQUENCE_FLOW_TO_GRANT_EXTRA_ATTEMPT = "SequenceFlow_ToGrantExtraAttempt";
  /** Yes. */
  public static final String SEQUENCE_FLOW_GRANT_EXTRA_ATTEMPT_YES = "SequenceFlow_GrantExtraAttemptYes";
  /** No. */
  public static final String SEQUENCE_FLOW_GRANT_EXTRA_ATTEMPT_NO = "SequenceFlow_GrantExtraAttemptNo";
  public static final String SEQUENCE_FLOW_TO_JOIN_REMEDIATION = "SequenceFlow_ToJoinRemediation";

  private SkillAssessmentProcessIds() {}
}
