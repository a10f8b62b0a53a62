package io.skillgate.incentive;

/** What a ledger entry is. Amounts are stored positive; the kind says which way they count. */
public enum IncentiveKind {
  /** Paid to the vendor: a certification or assessment target was reached. */
  BONUS,
  /** Charged to the vendor: a training milestone was missed by more than the grace period. */
  PENALTY,
  /** A reviewer waived a missed milestone; cancels that milestone's penalty. */
  WAIVER
}
