package io.skillgate.reporting;

import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.web.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The end-of-contract evaluation (seed strategy 9): every KPI against its target, in plain
 * lines for people (the evaluation tasks, the exit handover report). Bean name
 * {@code trainingEvaluation}; {@link #summaryLines(String)} is its whole interface.
 */
@Component
public class TrainingEvaluation {

  private final Contracts contracts;
  private final KpiService kpis;
  private final ReportingRepository reports;

  public TrainingEvaluation(Contracts contracts, KpiService kpis, ReportingRepository reports) {
    this.contracts = contracts;
    this.kpis = kpis;
    this.reports = reports;
  }

  /** The summary as of today; lines without line breaks, in reading order. */
  public List<String> summaryLines(String contractId) {
    ContractSummary summary = contracts.find(contractId)
        .orElseThrow(() -> new NotFoundException("no contract '" + contractId + "'"));
    KpiReport report = kpis.report(summary);
    List<String> lines = new ArrayList<>();
    lines.add("Evaluation of " + (summary.title() == null ? summary.id() : summary.title()) + " as of "
        + report.asOf());
    for (KpiChange c : report.contractKpis()) {
      lines.add(kpiLine(c));
    }
    TrainingKpis t = report.contract();
    lines.add("Training completion: " + ReportingService.describe(t.completion()));
    lines.add("Training completed on time: " + ReportingService.describe(t.onTime()));
    lines.add("Assessments passed: " + ReportingService.describe(t.assessmentPass())
        + (t.averageScore() == null ? "" : ", average score " + t.averageScore().toPlainString()));
    lines.add("Certification coverage: " + ReportingService.describe(t.certificationCoverage()));
    lines.add("Retention (members still active): " + ReportingService.describe(t.retention()));
    lines.add("Milestones missed: " + t.missedMilestones() + ", waived: " + t.waivedMilestones()
        + ", overdue: " + t.overdueMilestones()
        + ", open: " + t.openMilestones());
    lines.add("Skill gaps (required, not yet achieved): " + t.skillGaps().size());
    long accepted = report.periods().stream().filter(p -> "ACCEPTED".equals(p.reportStatus())).count();
    long late = report.periods().stream().filter(KpiReport.PeriodPoint::late).count();
    lines.add("Progress reports: " + accepted + " accepted of " + report.periods().size() + " periods opened, "
        + late + " late");
    BigDecimal net = report.statements().stream().map(IncentiveStatement::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    long confirmed = report.statements().stream().filter(s -> s.confirmedBy() != null).count();
    lines.add("Incentives: net " + net.toPlainString() + " " + report.incentiveRules().currency() + " over "
        + report.statements().size() + " statement(s), " + confirmed + " confirmed");
    for (ReportingRepository.EvaluationFeedback f : reports.feedback(contractId)) {
      lines.add("Feedback from the " + f.party().toLowerCase() + " (" + f.rating() + " of 5): "
          + f.feedback().replaceAll("\\s+", " "));
    }
    return lines;
  }

  private static String kpiLine(KpiChange c) {
    String unit = c.unit() == null ? "" : " " + c.unit();
    StringBuilder sb = new StringBuilder(c.name()).append(": ");
    if (c.latest() == null) {
      sb.append("no value yet");
    } else {
      sb.append(c.latest().toPlainString()).append(unit);
    }
    sb.append(", target ").append(c.target().toPlainString()).append(unit);
    if (c.baseline() != null) {
      sb.append(", baseline ").append(c.baseline().toPlainString()).append(unit);
    }
    if (c.met() != null) {
      sb.append(c.met() ? ": met" : ": not met");
    }
    if (c.progressPercent() != null) {
      sb.append(" (").append(c.progressPercent().toPlainString()).append(" % of the way from baseline to target)");
    }
    return sb.toString();
  }
}
