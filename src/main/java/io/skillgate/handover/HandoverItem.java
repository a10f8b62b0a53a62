package io.skillgate.handover;

import java.time.Instant;

/** One line of the handover checklist, with where it was delivered and the client's verdict. */
public record HandoverItem(
    long id,
    String contractId,
    int position,
    Kind kind,
    String title,
    Status status,
    String location,
    String deliveryNote,
    String deliveredBy,
    Instant deliveredAt,
    String reviewedBy,
    Instant reviewedAt,
    int refusals,
    String refusalReason,
    Instant escalatedAt) {

  public enum Kind {
    /** Training materials and documentation (with versions), runbooks, skills matrix. */
    MATERIAL,
    /** Recordings of workshops and sessions. */
    RECORDING,
    /** Sessions in which the client's staff shadow the vendor's experts on key skills. */
    REVERSE_SHADOWING,
    /** The records of a certification the vendor's team held or was working towards. */
    CERTIFICATION_RECORDS
  }

  public enum Status {
    /** Not delivered yet. */
    OUTSTANDING,
    /** Delivered, waiting for the client's acceptance. */
    DELIVERED,
    /** Refused by the client: back with the vendor, with a reason. */
    REFUSED,
    ACCEPTED
  }

  public boolean overdueEscalated() {
    return escalatedAt != null;
  }
}
