package io.skillgate.handover;

import java.time.Instant;
import java.time.LocalDate;

/** A termination notice: the contract ends early on {@code effectiveDate}. */
public record Termination(String contractId, String reason, LocalDate effectiveDate, String requestedBy,
    Instant requestedAt) {}
