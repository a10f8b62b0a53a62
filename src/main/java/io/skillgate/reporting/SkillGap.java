package io.skillgate.reporting;

/** Something a member's role requires that the member has not achieved yet. */
public record SkillGap(String memberId, String role, Kind kind, String key, String dueBy) {

  public enum Kind { TRAINING, CERTIFICATION }
}
