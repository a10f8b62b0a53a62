package io.skillgate.contract;

import io.skillgate.platform.Port;
import java.time.LocalDate;

/** A member of a contract's live roster. */
@Port
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
