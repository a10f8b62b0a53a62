package io.skillgate.training;

import java.time.LocalDate;

/**
 * One requirement of one member: the record behind a TrainingMilestoneProcess instance.
 * {@code source} says where the requirement came from: the organisation's DMN table, the
 * contract's own terms, or a certification renewal.
 */
public record Milestone(
    long id,
    String contractId,
    String phaseKey,
    String memberId,
    MilestoneKind kind,
    String requirementKey,
    String name,
    String source,
    String assessmentKind,
    Integer passMark,
    Integer maxAttempts,
    LocalDate dueDate,
    MilestoneStatus status,
    boolean missed,
    LocalDate completedOn,
    String note) {

  public boolean hasAssessment() {
    return assessmentKind != null;
  }

  /** Approved (or waived) on or before the due date, and never marked missed. */
  public boolean onTime() {
    return !missed && completedOn != null && !completedOn.isAfter(dueDate)
        && (status == MilestoneStatus.APPROVED || status == MilestoneStatus.WAIVED);
  }
}
