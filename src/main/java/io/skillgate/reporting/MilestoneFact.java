package io.skillgate.reporting;

import java.time.LocalDate;

/**
 * One training milestone of one member (a module to finish before a phase), as the training
 * feature records it. {@code completedOn} is the approval date, null while open.
 */
public record MilestoneFact(
    String memberId, String role, String phase, String module, LocalDate due, LocalDate completedOn, Status status) {

  public enum Status { OPEN, APPROVED, MISSED, WAIVED }
}
