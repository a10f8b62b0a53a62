package io.skillgate.reporting;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The reporting cycle's business rules, called by the delegates of ProgressReportingProcess. */
@Service
public class ReportingService {

  private final Contracts contracts;
  private final ContractJournal journal;
  private final ReportingRepository reports;
  private final TrainingFacts training;
  private final LedgerFacts ledger;
  private final PeriodBonuses periodBonuses;
  private final Clock clock;
  private final int reportDueDays;
  private final int resubmissionDays;

  public ReportingService(Contracts contracts, ContractJournal journal, ReportingRepository reports,
      TrainingFacts training, LedgerFacts ledger, PeriodBonuses periodBonuses, Clock clock,
      @Value("${skillgate.reporting.report-due-days:5}") int reportDueDays,
      @Value("${skillgate.reporting.resubmission-days:3}") int resubmissionDays) {
    this.contracts = contracts;
    this.journal = journal;
    this.reports = reports;
    this.training = training;
    this.ledger = ledger;
    this.periodBonuses = periodBonuses;
    this.clock = clock;
    this.reportDueDays = reportDueDays;
    this.resubmissionDays = resubmissionDays;
  }

  /** What the process needs to know about a newly opened period. */
  public record Opening(ReportingPeriod period, long reportId, Date endsAt, Date due, String kpiTemplate,
      boolean last) {}

  /** Opens the period after {@code previous} (0 for the first): its report row, due date and form template. */
  public Opening openPeriod(String contractId, int previous) {
    Contract terms = terms(contractId);
    List<ReportingPeriod> periods = periods(terms);
    if (previous >= periods.size()) {
      throw new IllegalStateException("contract " + contractId + " has only " + periods.size() + " reporting periods");
    }
    ReportingPeriod period = periods.get(previous);
    LocalDate dueOn = period.end().plusDays(reportDueDays);
    long reportId = reports.openPeriod(contractId, period, dueOn);
    journal.recordEvent(contractId, null, "REPORTING_PERIOD_OPENED",
        "reporting period " + period.number() + " (" + period.start() + " to " + period.end() + "), report due "
            + dueOn);
    return new Opening(period, reportId, startOf(period.end().plusDays(1)), startOf(dueOn),
        KpiValuesText.template(reportedKeys(terms)), period.number() == periods.size());
  }

  /** The contract KPIs the vendor reports; the others are computed from training data. */
  public List<String> reportedKeys(Contract terms) {
    return terms.kpis().stream().map(Contract.Kpi::key).filter(k -> !KpiChangeCalculator.isComputed(k)).toList();
  }

  public KpiValuesText.Parsed parseValues(String contractId, String text) {
    return KpiValuesText.parse(text, reportedKeys(terms(contractId)));
  }

  public void recordSubmission(long reportId, String contractId, String kpiValues, BigDecimal learnerFeedback,
      String comments, String by) {
    requireReportOf(reportId, contractId);
    KpiValuesText.Parsed parsed = parseValues(contractId, kpiValues);
    if (!parsed.ok()) {
      // The form's complete listener checked the same text; reaching here means a changed contract.
      throw new IllegalStateException("progress report values are invalid: " + parsed.problems());
    }
    reports.submit(reportId, parsed.values(), learnerFeedback, comments, by);
    ProgressReport report = reports.report(reportId).orElseThrow();
    journal.recordEvent(contractId, by, "PROGRESS_REPORT_SUBMITTED",
        "progress report for period " + report.period() + " submitted" + (report.late() ? " late" : ""));
  }

  /** The report was not in by its due date: marked late for good and written to the audit trail. */
  public void recordLate(long reportId, String contractId) {
    requireReportOf(reportId, contractId);
    reports.markLate(reportId);
    ProgressReport report = reports.report(reportId).orElseThrow();
    journal.recordEvent(contractId, null, "PROGRESS_REPORT_OVERDUE",
        "progress report for period " + report.period() + " was due on " + report.dueOn() + " and is escalated");
  }

  /**
   * Computes the period's training KPIs, keeps them as the period's point on the trend charts,
   * and returns the text the reviewer reads: reported values against baseline and target, the
   * training KPIs of the period and the period's incentive statement.
   */
  public String computePeriodKpis(long reportId, String contractId) {
    requireReportOf(reportId, contractId);
    Contract terms = terms(contractId);
    ProgressReport report = reports.report(reportId).orElseThrow();
    var input = TrainingKpiCalculator.Input.of(terms, contracts.members(contractId), training);
    TrainingKpis period = TrainingKpiCalculator.compute(input, KpiScope.CONTRACT, report.periodStart(),
        report.periodEnd());
    Map<String, Rate> rates = new LinkedHashMap<>();
    rates.put("completion", period.completion());
    rates.put("on-time", period.onTime());
    rates.put("assessment-pass", period.assessmentPass());
    rates.put("first-attempt-pass", period.firstAttemptPass());
    rates.put("certification-coverage", period.certificationCoverage());
    rates.put("retention", period.retention());
    reports.saveSnapshot(contractId, report.period(), rates, period.averageScore());

    StringBuilder sb = new StringBuilder();
    sb.append("Period ").append(report.period()).append(": ").append(report.periodStart()).append(" to ")
        .append(report.periodEnd()).append(report.late() ? " (submitted late)" : "").append('\n');
    sb.append("\nOperational KPIs reported (baseline -> target):\n");
    for (Contract.Kpi kpi : terms.kpis()) {
      BigDecimal value = report.values().get(kpi.key());
      if (value != null) {
        sb.append("- ").append(kpi.name()).append(": ").append(value.toPlainString()).append(unit(kpi))
            .append(" (").append(kpi.baseline() == null ? "no baseline" : kpi.baseline().toPlainString())
            .append(" -> ").append(kpi.target().toPlainString()).append(")\n");
      }
    }
    sb.append("- Learner feedback: ").append(report.learnerFeedback() == null ? "none"
        : report.learnerFeedback().toPlainString() + " of 5").append('\n');
    sb.append("\nTraining KPIs of the period:\n");
    rates.forEach((key, rate) -> sb.append("- ").append(key).append(": ").append(describe(rate)).append('\n'));
    // What the reviewer's acceptance will pay: the same judgement recordReview books by.
    Map<String, Boolean> met = targetsMet(terms, report);
    if (!terms.incentives().kpiTargetBonuses().isEmpty()) {
      sb.append("\nKPI-target bonuses (booked when the report is accepted):\n");
    }
    for (Contract.KpiTargetBonus bonus : terms.incentives().kpiTargetBonuses()) {
      boolean earned = bonus.kpis().stream().allMatch(k -> Boolean.TRUE.equals(met.get(k)));
      List<String> judged = bonus.kpis().stream()
          .map(k -> k + (met.get(k) == null ? " no value" : met.get(k) ? " met" : " not met")).toList();
      sb.append("- ").append(bonus.key()).append(", ").append(bonus.amountPerPeriod().toPlainString()).append(' ')
          .append(terms.incentives().currency()).append(earned ? ": earned (" : ": not earned (")
          .append(String.join(", ", judged)).append(")\n");
    }
    IncentiveStatement statement = IncentiveStatement.of(report.period(),
        ReportingPeriod.all(terms.startDate(), terms.endDate(), terms.reportingFrequency()),
        terms.incentives().currency(), ledger.entries(contractId));
    sb.append("\nIncentives this period: bonuses ").append(statement.bonuses().toPlainString())
        .append(" (certifications ").append(statement.certificationBonuses().toPlainString())
        .append(", KPI targets ").append(statement.kpiTargetBonuses().toPlainString()).append(')')
        .append(", penalties ").append(statement.penalties().toPlainString())
        .append(", waivers ").append(statement.waivers().toPlainString())
        .append(", net ").append(statement.net().toPlainString()).append(' ').append(statement.currency());
    if (report.comments() != null && !report.comments().isBlank()) {
      sb.append("\n\nVendor's comments:\n").append(report.comments());
    }
    return sb.toString();
  }

  /**
   * Records the reviewer's verdict. An accepted report settles the period's KPI values, so the
   * contract's KPI-target bonuses of the period are booked now (once per bonus and period).
   */
  public void recordReview(long reportId, String contractId, boolean accepted, String queryReason, String by) {
    requireReportOf(reportId, contractId);
    reports.review(reportId, accepted, queryReason, by);
    ProgressReport report = reports.report(reportId).orElseThrow();
    journal.recordEvent(contractId, by, accepted ? "PROGRESS_REPORT_ACCEPTED" : "PROGRESS_REPORT_QUERIED",
        "progress report for period " + report.period() + (accepted ? " accepted" : " queried: " + queryReason));
    if (accepted) {
      periodBonuses.reportAccepted(contractId, report.period(), targetsMet(terms(contractId), report));
    }
  }

  /** Whether each contract KPI met its target in the report's period: its values and the period's snapshot. */
  private Map<String, Boolean> targetsMet(Contract terms, ProgressReport report) {
    return PeriodTargets.of(terms.kpis(), report.values(),
        reports.snapshots(report.contractId()).getOrDefault(report.period(), Map.of()));
  }

  /** The new due date of a queried report. */
  public Date resubmissionDue() {
    return startOf(LocalDate.now(clock).plusDays(resubmissionDays));
  }

  public List<ReportingPeriod> periods(Contract terms) {
    return ReportingPeriod.all(terms.startDate(), terms.endDate(), terms.reportingFrequency());
  }

  /**
   * The report a process instance writes into is the one of its own contract: ids are sequential,
   * so a report id from another contract must never reach another vendor's report.
   */
  private void requireReportOf(long reportId, String contractId) {
    ProgressReport report = reports.report(reportId).orElseThrow(() -> new IllegalStateException("no report " + reportId));
    if (!report.contractId().equals(contractId)) {
      throw new ProcessEngineException("progress report " + reportId + " is not a report of contract '" + contractId
          + "'; nothing was written");
    }
  }

  Contract terms(String contractId) {
    return contracts.findTerms(contractId).orElseThrow(() -> new NotFoundException("no contract '" + contractId + "'"));
  }

  private Date startOf(LocalDate day) {
    return EngineClock.startOf(day);
  }

  private static String unit(Contract.Kpi kpi) {
    return kpi.unit() == null ? "" : " " + kpi.unit();
  }

  static String describe(Rate rate) {
    return rate.describe();
  }
}
