package io.skillgate.training;

/** A requirement before it is assigned to a member: what, from where, with which assessment. */
public record RequiredTraining(
    MilestoneKind kind,
    String key,
    String name,
    String source,
    String assessmentKind,
    Integer passMark,
    Integer maxAttempts) {

  public static final String FROM_ORGANISATION = "ORGANISATION";
  public static final String FROM_CONTRACT = "CONTRACT";
  public static final String FROM_RENEWAL = "RENEWAL";
}
