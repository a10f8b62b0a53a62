package io.skillgate.handover;

import java.time.LocalDate;

/** Body of {@code POST /api/contracts/{id}/termination}; checked by {@link TerminationService}. */
public record TerminationRequest(String reason, LocalDate effectiveDate) {}
