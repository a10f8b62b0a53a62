package io.skillgate.training;

/** Where a milestone stands. APPROVED, WAIVED and FAILED are final. */
public enum MilestoneStatus { OPEN, APPROVED, WAIVED, FAILED }
