package io.skillgate.onboarding;

/** Where a member's onboarding stands. */
public enum OnboardingStatus {
  /** The process runs: access, items, sign-offs. */
  IN_PROGRESS,
  /** Every item is signed off; a client reviewer approves the onboarding. */
  AWAITING_APPROVAL,
  /** A reviewer approved it. */
  APPROVED,
  /** The member left; open work was ended. */
  ENDED
}
