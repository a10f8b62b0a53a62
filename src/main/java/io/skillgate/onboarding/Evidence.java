package io.skillgate.onboarding;

import java.time.Instant;
import java.time.LocalDate;

/** Evidence that a learning path item was done: when, how long, with whom, and a reference or link. */
public record Evidence(
    long itemId,
    LocalDate date,
    int durationMinutes,
    String with,
    String reference,
    String recordedBy,
    Instant recordedAt) {}
