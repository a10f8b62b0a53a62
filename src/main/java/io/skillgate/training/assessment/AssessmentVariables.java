package io.skillgate.training.assessment;

import io.skillgate.platform.engine.Var;

/** Process and variable names of SkillAssessmentProcess. */
public final class AssessmentVariables {

  public static final String PROCESS_KEY = "SkillAssessmentProcess";
  public static final String DECISION_KEY = "AssessmentOutcomeDecision";

  public static final String MODULE = "module";
  public static final String MODULE_NAME = "moduleName";
  public static final String ASSESSMENT_KIND = "assessmentKind";
  /** The kind of assessment as its form shows it ("Quiz", not QUIZ). */
  public static final String ASSESSMENT_KIND_NAME = "assessmentKindName";

  /** How a person reads an assessment kind of the contract terms (QUIZ, TEST, PERFORMANCE_REVIEW). */
  public static String kindName(String kind) {
    if (kind == null || kind.isBlank()) {
      return "";
    }
    String words = kind.strip().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
  public static final String PASS_MARK = "passMark";
  public static final String MAX_ATTEMPTS = "maxAttempts";
  /** The number of the attempt being assessed, from 1. */
  public static final String ATTEMPT = "attempt";
  public static final Var<Integer> SCORE = Var.of("score", Integer.class);
  public static final String ASSESSOR = "assessor";
  /** Output of AssessmentOutcomeDecision: "pass", "remediate" or "fail". */
  public static final String OUTCOME = "assessmentOutcome";
  public static final String REMEDIATION_NOTE = "remediationNote";
  /** "extraAttempt" or "fail", chosen by the reviewer after the last attempt failed. */
  public static final String FAILED_DECISION = "failedDecision";
  public static final String FAILED_NOTE = "failedNote";

  private AssessmentVariables() {}
}
