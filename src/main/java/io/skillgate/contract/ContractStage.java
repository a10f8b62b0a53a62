package io.skillgate.contract;

/** Where a contract's programme stands; shown by the API and the dashboard. */
public enum ContractStage {
  /** The vendor has to confirm the upskilling plan. */
  PLAN_CONFIRMATION,
  /** A client reviewer has to approve the confirmed plan. */
  PLAN_REVIEW,
  /** The plan was returned too often; an admin decides whether to reopen or withdraw. */
  PLAN_DISPUTED,
  /** Both parties agreed the plan; onboarding and training follow. */
  PLAN_AGREED,
  ONBOARDING,
  TRAINING,
  EXIT_HANDOVER,
  CLOSED,
  WITHDRAWN
}
