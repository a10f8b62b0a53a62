package io.skillgate.incentive;

import io.skillgate.platform.Port;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a contract's incentive ledger, linked to the member and milestone it is about.
 * {@code bookedOn} is the business day it was booked on (statements go by it); {@code bookingKey}
 * names what a bonus is for, so it is booked once (null for penalties and waivers).
 */
@Port
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
    Instant createdAt,
    LocalDate bookedOn,
    String bookingKey) {}
