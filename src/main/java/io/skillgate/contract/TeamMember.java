package io.skillgate.contract;

import java.time.LocalDate;

/** A member of a contract's live roster. */
public record TeamMember(
    String contractId,
    String memberId,
    String name,
    String email,
    String role,
    String buddy,
    Status status,
    LocalDate joinedOn,
    LocalDate leftOn,
    String leftReason) {

  public enum Status { ACTIVE, LEFT }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }
}
