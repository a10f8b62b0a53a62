package io.skillgate.onboarding;

/** What a learning path item is, and so what its evidence shows. */
public enum ItemKind {
  /** Orientation on one of the client's core competencies (every role). */
  COMPETENCY,
  /** A knowledge-transfer document to read. */
  DOCUMENT,
  /** A knowledge-transfer workshop to attend. */
  WORKSHOP,
  /** Shadowing a named client buddy (roles listed in the contract). */
  SHADOWING,
  /** A role-specific item from LearningPathDecision. */
  ROLE_ITEM
}
