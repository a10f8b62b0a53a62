package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of the incentive ledger. Amounts are positive; {@code kind} says which way they
 * count: a BONUS is owed to the vendor, a PENALTY by the vendor, a WAIVER cancels (part of) a
 * penalty. {@code bookedOn} is the business day it was booked, which places it on exactly one
 * statement; {@code bonusFor} says what a bonus rewards (null for penalties and waivers).
 */
@Port
public record LedgerEntryFact(String memberId, Kind kind, BigDecimal amount, LocalDate bookedOn, String reason,
    BonusFor bonusFor) {

  public enum Kind { BONUS, PENALTY, WAIVER }

  /** What a bonus rewards: a member's certification, a period's KPI targets, or something else. */
  public enum BonusFor { CERTIFICATION, KPI_TARGET, OTHER }

  /** An entry without a bonus type (a penalty or waiver, or a bonus of no known kind). */
  public LedgerEntryFact(String memberId, Kind kind, BigDecimal amount, LocalDate bookedOn, String reason) {
    this(memberId, kind, amount, bookedOn, reason, kind == Kind.BONUS ? BonusFor.OTHER : null);
  }
}
