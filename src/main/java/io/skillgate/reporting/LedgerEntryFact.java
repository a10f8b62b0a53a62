package io.skillgate.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of the incentive ledger. Amounts are positive; {@code kind} says which way they
 * count: a BONUS is owed to the vendor, a PENALTY by the vendor, a WAIVER cancels (part of) a
 * penalty.
 */
public record LedgerEntryFact(String memberId, Kind kind, BigDecimal amount, LocalDate bookedOn, String reason) {

  public enum Kind { BONUS, PENALTY, WAIVER }
}
