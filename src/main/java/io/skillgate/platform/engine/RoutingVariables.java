package io.skillgate.platform.engine;

import java.util.Set;

/**
 * The process variables that route work or pick a record: who a task goes to, which contract,
 * member, onboarding, milestone or handover item a delegate writes into, and the dates and
 * counters the models branch on. SkillGate's delegates and start-up code set them from its own
 * tables; no task may write them, even if a form ever had such a field (the completion guard
 * refuses them, and the model conventions test refuses a form that declares one).
 */
public final class RoutingVariables {

  public static final Set<String> NAMES = Set.of(
      // who gets the work
      "vendorGroup", "planReviewerGroup", "reportReviewerGroup",
      // which records delegates and listeners read or write
      "contractId", "memberId", "memberIds", "onboardingId", "itemId", "onboardingItemId", "milestoneId",
      "handoverItemId", "certificationId", "progressReportId", "phaseKey", "system", "reportingPeriod",
      // what the models branch and wait on
      "planReturns", "maxPlanReturns", "planReviewDays", "reportReviewDays", "reviewDays", "memberActive",
      "moreReportingPeriods", "assessmentRequired", "assessmentPassed", "certificationRequired", "attempt",
      "maxAttempts", "passMark", "assessmentOutcome", "terminated", "terminationReason", "reportLate",
      "planConfirmationDue", "exitHandoverStart", "effectiveEndDate", "itemsDue", "signOffDue", "revokeAccessDue",
      "reportDue", "evaluationDue", "periodEndsAt", "milestoneDue", "penaltyDue", "recertifyOn",
      "penaltyCharged", "gateRejections", "submittedBy",
      // what a task is about, as its list entry and its notices show it (worklist.WorklistVariables)
      "taskContract", "taskMember", "taskItem", "taskSubject");

  private RoutingVariables() {}

  public static boolean isRouting(String name) {
    return NAMES.contains(name);
  }
}
