package io.skillgate.handover;

import java.time.Instant;

/** A vendor member's access to one client system, and when it was revoked. */
public record AccessRevocation(String system, String memberId, String memberName, String revokedBy,
    Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
