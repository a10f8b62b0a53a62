package io.skillgate.contract;

import io.skillgate.platform.engine.Var;

/** Names of the process variables of {@code ContractProgrammeProcess}. */
public final class ContractVariables {

  public static final String PROCESS_KEY = "ContractProgrammeProcess";

  public static final String CONTRACT_TITLE = "contractTitle";
  public static final String CLIENT_NAME = "clientName";
  public static final String VENDOR_NAME = "vendorName";
  public static final String TEAM_SIZE = "teamSize";
  public static final String CONTRACT_MONTHS = "contractMonths";
  /** Human-readable summary of targets and milestones, shown on the plan forms. */
  public static final String PLAN_SUMMARY = "planSummary";
  public static final String PLAN_CONFIRMATION_DUE = "planConfirmationDue";

  /** Output of PlanReviewerDecision. */
  public static final String PLAN_REVIEWER_GROUP = "planReviewerGroup";
  public static final String PLAN_REVIEW_DAYS = "planReviewDays";

  public static final String VENDOR_COMMENT = "vendorComment";
  /** "approve" or "return", chosen by the reviewer. */
  public static final String PLAN_DECISION = "planDecision";
  /** The reviewer's reason, a field local to the review task (each round starts empty). */
  public static final String RETURN_REASON = "returnReason";
  /** The latest return reason, copied out of the review task for the vendor's next confirmation. */
  public static final String PLAN_RETURN_REASON = "planReturnReason";
  public static final Var<Integer> PLAN_RETURNS = Var.of("planReturns", Integer.class);
  public static final String MAX_PLAN_RETURNS = "maxPlanReturns";
  public static final String DISPUTE_RESOLUTION = "disputeResolution";
  public static final String DISPUTE_NOTE = "disputeNote";

  /** The active members onboarded when the plan is agreed (a JSON list of member ids). */
  public static final String MEMBER_IDS = "memberIds";

  /** When the exit handover starts: the end date less the exit notice period. */
  public static final String EXIT_HANDOVER_START = "exitHandoverStart";

  private ContractVariables() {}
}
