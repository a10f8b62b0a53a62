package io.skillgate.training;

import io.skillgate.reporting.MilestoneOutcome;
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

  /**
   * Ended because its member left the team ({@link TrainingEndings}): no longer anyone's work,
   * so it counts in no training figure (the departure shows in retention). A milestone ended by
   * termination is different: it was the team's work and stays open work in the figures.
   */
  public boolean endedByDeparture() {
    return status == MilestoneStatus.ENDED && note != null && note.startsWith(TrainingEndings.MEMBER_LEFT);
  }

  /** Whether the milestone counts in the training figures (the KPIs and the phase gate alike). */
  public boolean counts() {
    return !endedByDeparture();
  }

  /** What became of it as of {@code asOf}, by the one definition the gate and the KPIs share. */
  public MilestoneOutcome outcome(LocalDate asOf) {
    return MilestoneOutcome.of(TrainingFactsSource.fact(this, null), asOf);
  }
}
