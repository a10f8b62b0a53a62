package io.skillgate.training.assessment;

import java.time.Instant;

/** One scored attempt at a module's assessment. */
public record AssessmentAttempt(
    long id,
    long milestoneId,
    String contractId,
    String memberId,
    String module,
    int attempt,
    int score,
    String assessor,
    String outcome,
    Instant recordedAt) {}
