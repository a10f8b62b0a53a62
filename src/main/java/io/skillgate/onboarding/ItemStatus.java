package io.skillgate.onboarding;

/** Where one learning path item stands. */
public enum ItemStatus {
  /** Waiting for evidence. */
  OPEN,
  /** Evidence recorded, waiting for sign-off. */
  SUBMITTED,
  /** Sent back with a reason: evidence has to be recorded again. */
  RETURNED,
  /** Signed off. */
  ACCEPTED,
  /** The member left before the item was done. */
  CANCELLED
}
