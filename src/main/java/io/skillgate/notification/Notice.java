package io.skillgate.notification;

import java.time.Instant;

/** One email to one recipient about one task event, and its delivery state. */
public record Notice(
    String id,
    NoticeKind kind,
    String recipient,
    String vendorGroup,
    String contractId,
    String taskId,
    String taskName,
    String subject,
    NoticeStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
