package io.skillgate.reporting;

/** Names of the process variables of ProgressReportingProcess and ContractEvaluationProcess. */
public final class ReportingVariables {

  public static final String PROCESS_KEY = "ProgressReportingProcess";
  public static final String EVALUATION_PROCESS_KEY = "ContractEvaluationProcess";

  /** Set for each period by OpenReportingPeriodDelegate. */
  public static final String REPORTING_PERIOD = "reportingPeriod";
  public static final String PERIOD_LABEL = "periodLabel";
  /** When the period's report may be written: the day after the period ends, at midnight. */
  public static final String PERIOD_ENDS_AT = "periodEndsAt";
  /** When the report is due; a late report is escalated then. Moved on when a report is queried. */
  public static final String REPORT_DUE = "reportDue";
  public static final String PROGRESS_REPORT_ID = "progressReportId";
  public static final String REPORT_REVIEWER_GROUP = "reportReviewerGroup";
  public static final String REPORT_REVIEW_DAYS = "reportReviewDays";
  public static final String MORE_REPORTING_PERIODS = "moreReportingPeriods";

  /** The vendor's report form: one "key = value" line per reported contract KPI, a score 1..5, comments. */
  public static final String KPI_VALUES = "kpiValues";
  public static final String LEARNER_FEEDBACK = "learnerFeedback";
  public static final String REPORT_COMMENTS = "reportComments";
  public static final String REPORT_LATE = "reportLate";

  /** The reviewer's form. */
  public static final String REPORT_SUMMARY = "reportSummary";
  /** "accept" or "query". */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String QUERY_REASON = "queryReason";

  /** ContractEvaluationProcess. */
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  public static final String EVALUATION_DUE = "evaluationDue";
  public static final String VENDOR_RATING = "vendorRating";
  public static final String VENDOR_FEEDBACK = "vendorFeedback";
  public static final String CLIENT_RATING = "clientRating";
  public static final String CLIENT_FEEDBACK = "clientFeedback";

  private ReportingVariables() {}
}
