package io.skillgate.support.bpmn;

/**
 * The element ids of ProgressReportingProcess (processes/reporting/ProgressReportingProcess.bpmn), for tests:
 * a renamed step breaks the compile instead of a test at run time. {@code BpmnIdsTest} checks that
 * this class lists exactly the model's ids and names the constants to add or remove when it changes.
 */
public final class ProgressReportingProcessIds {

  public static final String PROCESS_KEY = "ProgressReportingProcess";

  /** Reporting started. */
  public static final String START_EVENT_REPORTING_STARTED = "StartEvent_ReportingStarted";
  public static final String GATEWAY_JOIN_REPORTING_PERIOD = "Gateway_JoinReportingPeriod";
  /** Open reporting period. */
  public static final String SERVICE_TASK_OPEN_REPORTING_PERIOD = "ServiceTask_OpenReportingPeriod";
  /** Reporting period ended. */
  public static final String INTERMEDIATE_CATCH_EVENT_REPORTING_PERIOD_ENDED = "IntermediateCatchEvent_ReportingPeriodEnded";
  public static final String GATEWAY_JOIN_REPORT_SUBMISSION = "Gateway_JoinReportSubmission";
  /** Submit progress report. */
  public static final String USER_TASK_SUBMIT_PROGRESS_REPORT = "UserTask_SubmitProgressReport";
  /** Report overdue. */
  public static final String BOUNDARY_EVENT_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
  /** Escalate late report. */
  public static final String SERVICE_TASK_ESCALATE_LATE_REPORT = "ServiceTask_EscalateLateReport";
  /** Late report escalated. */
  public static final String END_EVENT_LATE_REPORT_ESCALATED = "EndEvent_LateReportEscalated";
  /** Record progress report. */
  public static final String SERVICE_TASK_RECORD_PROGRESS_REPORT = "ServiceTask_RecordProgressReport";
  /** Compute training KPIs. */
  public static final String SERVICE_TASK_COMPUTE_TRAINING_KPIS = "ServiceTask_ComputeTrainingKpis";
  /** Review progress report. */
  public static final String USER_TASK_REVIEW_PROGRESS_REPORT = "UserTask_ReviewProgressReport";
  /** Report accepted? */
  public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";
  /** Record report queried. */
  public static final String SERVICE_TASK_RECORD_REPORT_QUERIED = "ServiceTask_RecordReportQueried";
  /** Record report accepted. */
  public static final String SERVICE_TASK_RECORD_REPORT_ACCEPTED = "ServiceTask_RecordReportAccepted";
  /** Last reporting period? */
  public static final String GATEWAY_LAST_REPORTING_PERIOD = "Gateway_LastReportingPeriod";
  /** Reporting completed. */
  public static final String END_EVENT_REPORTING_COMPLETED = "EndEvent_ReportingCompleted";
  public static final String SEQUENCE_FLOW_TO_JOIN_REPORTING_PERIOD = "SequenceFlow_ToJoinReportingPeriod";
  public static final String SEQUENCE_FLOW_TO_OPEN_REPORTING_PERIOD = "SequenceFlow_ToOpenReportingPeriod";
  public static final String SEQUENCE_FLOW_TO_REPORTING_PERIOD_ENDED = "SequenceFlow_ToReportingPeriodEnded";
  public static final String SEQUENCE_FLOW_TO_JOIN_REPORT_SUBMISSION = "SequenceFlow_ToJoinReportSubmission";
  public static final String SEQUENCE_FLOW_TO_SUBMIT_PROGRESS_REPORT = "SequenceFlow_ToSubmitProgressReport";
  public static final String SEQUENCE_FLOW_TO_ESCALATE_LATE_REPORT = "SequenceFlow_ToEscalateLateReport";
  public static final String SEQUENCE_FLOW_TO_LATE_REPORT_ESCALATED = "SequenceFlow_ToLateReportEscalated";
  public static final String SEQUENCE_FLOW_TO_RECORD_PROGRESS_REPORT = "SequenceFlow_ToRecordProgressReport";
  public static final String SEQUENCE_FLOW_TO_COMPUTE_TRAINING_KPIS = "SequenceFlow_ToComputeTrainingKpis";
  public static final String SEQUENCE_FLOW_TO_REVIEW_PROGRESS_REPORT = "SequenceFlow_ToReviewProgressReport";
  public static final String SEQUENCE_FLOW_TO_REPORT_ACCEPTED = "SequenceFlow_ToReportAccepted";
  /** Yes. */
  public static final String SEQUENCE_FLOW_REPORT_ACCEPTED_YES = "SequenceFlow_ReportAcceptedYes";
  /** No, queried. */
  public static final String SEQUENCE_FLOW_REPORT_ACCEPTED_NO = "SequenceFlow_ReportAcceptedNo";
  public static final String SEQUENCE_FLOW_REPORT_QUERIED = "SequenceFlow_ReportQueried";
  public static final String SEQUENCE_FLOW_TO_LAST_REPORTING_PERIOD = "SequenceFlow_ToLastReportingPeriod";
  /** Yes. */
  public static final String SEQUENCE_FLOW_LAST_REPORTING_PERIOD_YES = "SequenceFlow_LastReportingPeriodYes";
  /** No. */
  public static final String SEQUENCE_FLOW_LAST_REPORTING_PERIOD_NO = "SequenceFlow_LastReportingPeriodNo";

  private ProgressReportingProcessIds() {}
}
