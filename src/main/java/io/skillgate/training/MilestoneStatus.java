package io.skillgate.training;

/** Where a milestone stands. APPROVED, WAIVED, FAILED and ENDED (the contract was terminated or the member left; the note says which) are final. */
public enum MilestoneStatus { OPEN, APPROVED, WAIVED, FAILED, ENDED }
