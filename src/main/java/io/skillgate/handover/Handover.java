package io.skillgate.handover;

import java.time.Instant;
import java.time.LocalDate;

/** A contract's exit handover: why and when it ends, its deadlines, and the joint sign-off. */
public record Handover(
    String contractId,
    boolean terminated,
    LocalDate effectiveEndDate,
    LocalDate itemsDue,
    LocalDate signOffDue,
    LocalDate revokeAccessDue,
    Instant startedAt,
    String clientSignatory,
    String vendorSignatory,
    Instant signedOffAt) {

  public boolean signedOff() {
    return signedOffAt != null;
  }
}
