package io.skillgate.incentive;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a contract's incentive ledger, linked to the member and milestone it is about. */
public record LedgerEntry(
    long id,
    String contractId,
    String memberId,
    Long milestoneId,
    IncentiveKind kind,
    BigDecimal amount,
    String currency,
    String reason,
    String period,
    String createdBy,
    Instant createdAt) {}
