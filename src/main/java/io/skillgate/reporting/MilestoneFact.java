package io.skillgate.reporting;

import io.skillgate.platform.Port;
import java.time.LocalDate;

/**
 * One training milestone of one member (a module to finish before a phase), as the training
 * feature records it. {@code completedOn} is the day it was closed (approved, waived or failed),
 * null while open. {@code markedMissed}: its due date passed while it was still open, so even a
 * later approval is late (see {@link MilestoneOutcome}).
 */
@Port
public record MilestoneFact(
    String memberId, String role, String phase, String module, LocalDate due, LocalDate completedOn, Status status,
    boolean markedMissed) {

  public enum Status { OPEN, APPROVED, MISSED, WAIVED }

  /** A milestone that was never marked missed. */
  public MilestoneFact(String memberId, String role, String phase, String module, LocalDate due,
      LocalDate completedOn, Status status) {
    this(memberId, role, phase, module, due, completedOn, status, false);
  }
}
