package io.skillgate.onboarding;

import java.time.LocalDate;

/**
 * {@code POST .../items/{itemId}/evidence}: when the item was done, how long it took, with whom
 * (trainer, buddy, facilitator) and a reference or link. Checked by {@link EvidenceRules}.
 */
public record EvidenceRequest(LocalDate date, Integer durationMinutes, String with, String reference) {}
