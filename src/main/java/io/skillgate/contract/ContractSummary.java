package io.skillgate.contract;

import io.skillgate.platform.Port;
import java.time.Instant;
import java.time.LocalDate;

/** A contract's row: who, when, and where its programme stands. */
@Port
public record ContractSummary(
    String id,
    String title,
    String clientName,
    String vendorName,
    String vendorGroup,
    String vendorEmail,
    LocalDate startDate,
    LocalDate endDate,
    ContractStage stage,
    String createdBy,
    Instant createdAt) {}
