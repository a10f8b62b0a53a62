package io.skillgate.handover;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The handover report: what was delivered, accepted, refused and outstanding, the access
 * revoked, the sign-off, and the end-of-contract training evaluation ({@code null} lines when
 * not available). Served as JSON and rendered as the downloadable HTML document.
 */
public record HandoverView(
    String contractId,
    String contractTitle,
    String clientName,
    String vendorName,
    boolean terminated,
    String terminationReason,
    LocalDate effectiveEndDate,
    LocalDate itemsDue,
    LocalDate signOffDue,
    LocalDate revokeAccessDue,
    Counts counts,
    List<HandoverItem> items,
    List<AccessRevocation> accessRevocations,
    SignOff signOff,
    List<TrainingEvaluationSource.Line> trainingEvaluation,
    Instant generatedAt) {

  /** Items by status; {@code refusedAtLeastOnce} counts items the client ever refused. */
  public record Counts(int total, int outstanding, int delivered, int refused, int accepted, int refusedAtLeastOnce,
      int escalated, int accessesRevoked, int accessesOpen) {}

  public record SignOff(String clientSignatory, String vendorSignatory, Instant signedOffAt) {}

  @JsonProperty("trainingEvaluationAvailable")
  public boolean trainingEvaluationAvailable() {
    return trainingEvaluation != null;
  }
}
