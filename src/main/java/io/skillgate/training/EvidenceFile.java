package io.skillgate.training;

import java.time.Instant;

/** An uploaded evidence file's metadata; the bytes are read separately. */
public record EvidenceFile(
    long id,
    String contractId,
    String memberId,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
