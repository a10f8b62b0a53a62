package io.skillgate.contract;

import io.skillgate.platform.Port;

/** Where a contract's programme stands; shown by the API and the dashboard. */
@Port
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
  /**
   * Every phase gate is approved: the trained team runs the operation, with nothing of the
   * programme open except reporting (and onboarding of joiners), until the exit notice.
   */
  STEADY_STATE,
  EXIT_HANDOVER,
  CLOSED,
  WITHDRAWN
}
