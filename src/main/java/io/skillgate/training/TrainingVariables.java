package io.skillgate.training;

import io.skillgate.platform.engine.Var;

/** Process and variable names of the training processes. */
public final class TrainingVariables {

  public static final String PROCESS_KEY = "PhaseGatedTrainingProcess";
  public static final String MILESTONE_PROCESS_KEY = "TrainingMilestoneProcess";
  public static final String RENEWAL_PROCESS_KEY = "CertificationRenewalProcess";

  /** PhaseGatedTrainingProcess: the phase being gated (multi-instance element) and its gate. */
  public static final String PHASE_KEY = "phaseKey";
  public static final String PHASE_NAME = "phaseName";
  public static final String PHASE_MILESTONES = "phaseMilestones";
  public static final String PHASE_SUMMARY = "phaseSummary";
  /** "approve" or "reject", chosen by the reviewer on the phase gate. */
  public static final String GATE_DECISION = "gateDecision";
  public static final String MISSING_ITEMS = "missingItems";
  public static final String GATE_REJECTIONS = "gateRejections";
  public static final String FINDINGS_RESPONSE = "findingsResponse";

  /** TrainingMilestoneProcess (milestoneId, memberId, memberName, assessmentPassed: platform.engine.ProcessVariables). */
  public static final String MILESTONE_NAME = "milestoneName";
  public static final String MILESTONE_KIND = "milestoneKind";
  /** What the milestone is, in words, for the forms. */
  public static final String MILESTONE_KIND_LABEL = "milestoneKindLabel";
  public static final String MILESTONE_DUE = "milestoneDue";
  /** When the contract's grace period after the due date is over and the penalty applies. */
  public static final String PENALTY_DUE = "penaltyDue";
  public static final String ASSESSMENT_REQUIRED = "assessmentRequired";
  public static final String CERTIFICATION_REQUIRED = "certificationRequired";
  public static final String EVIDENCE_NOTE = "evidenceNote";
  public static final String EVIDENCE_ID = "evidenceId";
  /** "approve" or "return", chosen by the reviewer of the evidence. */
  public static final String EVIDENCE_DECISION = "evidenceDecision";
  public static final String EVIDENCE_RETURN_REASON = "evidenceReturnReason";
  public static final String CERT_ISSUER = "certIssuer";
  public static final String CREDENTIAL_ID = "credentialId";
  public static final String CERT_ISSUED_ON = "certIssuedOn";
  public static final String CERT_EXPIRES_ON = "certExpiresOn";
  /** "continue" or "waive", chosen by the reviewer of a missed milestone. */
  public static final String MISSED_DECISION = "missedDecision";
  public static final String WAIVER_REASON = "waiverReason";
  public static final String PENALTY_CHARGED = "penaltyCharged";

  /** CertificationRenewalProcess. */
  public static final Var<Long> CERTIFICATION_ID = Var.of("certificationId", Long.class);
  public static final String RECERTIFY_ON = "recertifyOn";

  private TrainingVariables() {}
}
