package io.skillgate.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A vendor's progress report for one reporting period, with its operational KPI values by key. */
public record ProgressReport(
    long id, String contractId, int period, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
    Status status, boolean late, int submissions, BigDecimal learnerFeedback, String comments,
    String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String queryReason,
    Map<String, BigDecimal> values) {

  public enum Status { AWAITED, SUBMITTED, QUERIED, ACCEPTED }
}
