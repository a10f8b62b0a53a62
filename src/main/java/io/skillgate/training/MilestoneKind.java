package io.skillgate.training;

/** What a member has to achieve for a milestone. */
public enum MilestoneKind {
  /** Complete a training module before a phase (strategy 5). */
  TRAINING,
  /** Obtain a certification within the contract's timeframe (strategy 3). */
  CERTIFICATION,
  /** Renew a certification ahead of its expiry. */
  RECERTIFICATION;

  /** The word a person reads on the forms. */
  public String label() {
    return switch (this) {
      case TRAINING -> "Training module";
      case CERTIFICATION -> "Certification";
      case RECERTIFICATION -> "Renewal of a certification";
    };
  }

  public boolean isCertification() {
    return this != TRAINING;
  }
}
