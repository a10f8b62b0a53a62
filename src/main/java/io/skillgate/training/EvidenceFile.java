package io.skillgate.training;

import io.skillgate.platform.Port;
import java.time.Instant;

/** An uploaded evidence file's metadata; the bytes are read separately. */
@Port
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
