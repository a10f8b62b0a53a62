package io.skillgate.onboarding;

import io.skillgate.platform.Port;
import java.time.Instant;

/** A member's onboarding as stored: status, access provisioning and the reviewer's approval. */
@Port
public record OnboardingRecord(
    long id,
    String contractId,
    String memberId,
    OnboardingStatus status,
    String processInstanceId,
    Instant startedAt,
    String accessProvisionedBy,
    Instant accessProvisionedAt,
    String accessNote,
    String approvedBy,
    Instant approvedAt,
    String lastReturnReason,
    Instant endedAt,
    String endedReason) {}
