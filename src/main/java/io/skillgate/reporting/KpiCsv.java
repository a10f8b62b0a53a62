package io.skillgate.reporting;

import java.util.Map;

/** A {@link KpiReport} as one CSV table, one KPI per row, for spreadsheets. */
public final class KpiCsv {

  static final String[] HEADER = {"section", "scope", "name", "kpi", "count", "of", "value", "baseline", "target",
      "change", "progress_percent", "met"};

  private KpiCsv() {}

  public static String of(KpiReport report) {
    CsvWriter csv = new CsvWriter(HEADER.length);
    for (String h : HEADER) {
      csv.text(h);
    }
    csv.endRow();
    training(csv, "contract", report.contractId(), report.contract());
    report.phases().forEach(s -> training(csv, "phase:" + s.key(), s.name(), s.kpis()));
    report.roles().forEach(s -> training(csv, "role:" + s.key(), s.name(), s.kpis()));
    report.members().forEach(s -> training(csv, "member:" + s.key(), s.name(), s.kpis()));
    for (KpiChange c : report.contractKpis()) {
      csv.text("contract-kpi").text(c.source().toLowerCase()).text(c.name()).text(c.key()).number((Integer) null)
          .number((Integer) null).number(c.latest()).number(c.baseline()).number(c.target()).number(c.change())
          .number(c.progressPercent()).text(c.met() == null ? "" : c.met().toString()).endRow();
    }
    for (KpiReport.PeriodPoint p : report.periods()) {
      String scope = "period:" + p.period();
      String name = p.start() + " to " + p.end() + " (" + p.reportStatus().toLowerCase() + (p.late() ? ", late" : "")
          + ")";
      for (Map.Entry<String, java.math.BigDecimal> e : p.reported().entrySet()) {
        csv.text("reported").text(scope).text(name).text(e.getKey()).number((Integer) null).number((Integer) null)
            .number(e.getValue()).endRow();
      }
      csv.text("reported").text(scope).text(name).text("learner-feedback").number((Integer) null)
          .number((Integer) null).number(p.learnerFeedback()).endRow();
      for (Map.Entry<String, java.math.BigDecimal> e : p.training().entrySet()) {
        csv.text("training-period").text(scope).text(name).text(e.getKey()).number((Integer) null)
            .number((Integer) null).number(e.getValue()).endRow();
      }
      // Whether each contract KPI met its target in the period: what KPI-target bonuses go by.
      for (Map.Entry<String, Boolean> e : p.targetsMet().entrySet()) {
        csv.text("period-target").text(scope).text(name).text(e.getKey()).number((Integer) null)
            .number((Integer) null).number((Integer) null).number((Integer) null).number((Integer) null)
            .number((Integer) null).number((Integer) null).text(e.getValue() == null ? "" : e.getValue().toString())
            .endRow();
      }
    }
    for (IncentiveStatement s : report.statements()) {
      String scope = "period:" + s.period();
      String name = s.currency() + (s.confirmedBy() == null ? " (unconfirmed)" : " (confirmed by " + s.confirmedBy() + ")");
      csv.text("incentives").text(scope).text(name).text("bonuses").number(s.entries().size()).number((Integer) null)
          .number(s.bonuses()).endRow();
      csv.text("incentives").text(scope).text(name).text("certification-bonuses").number((Integer) null)
          .number((Integer) null).number(s.certificationBonuses()).endRow();
      csv.text("incentives").text(scope).text(name).text("kpi-target-bonuses").number((Integer) null)
          .number((Integer) null).number(s.kpiTargetBonuses()).endRow();
      csv.text("incentives").text(scope).text(name).text("penalties").number((Integer) null).number((Integer) null)
          .number(s.penalties()).endRow();
      csv.text("incentives").text(scope).text(name).text("waivers").number((Integer) null).number((Integer) null)
          .number(s.waivers()).endRow();
      csv.text("incentives").text(scope).text(name).text("net").number((Integer) null).number((Integer) null)
          .number(s.net()).endRow();
    }
    return csv.toString();
  }

  private static void training(CsvWriter csv, String scope, String name, TrainingKpis k) {
    rate(csv, scope, name, "completion", k.completion());
    rate(csv, scope, name, "on-time", k.onTime());
    rate(csv, scope, name, "assessment-pass", k.assessmentPass());
    rate(csv, scope, name, "first-attempt-pass", k.firstAttemptPass());
    csv.text("training").text(scope).text(name).text("average-score").number((Integer) null).number((Integer) null)
        .number(k.averageScore()).endRow();
    rate(csv, scope, name, "certification-coverage", k.certificationCoverage());
    rate(csv, scope, name, "retention", k.retention());
    count(csv, scope, name, "open-milestones", k.openMilestones());
    count(csv, scope, name, "overdue-milestones", k.overdueMilestones());
    count(csv, scope, name, "missed-milestones", k.missedMilestones());
    count(csv, scope, name, "waived-milestones", k.waivedMilestones());
    count(csv, scope, name, "skill-gaps", k.skillGaps().size());
  }

  private static void rate(CsvWriter csv, String scope, String name, String kpi, Rate r) {
    csv.text("training").text(scope).text(name).text(kpi).number(r.count()).number(r.of()).number(r.percent()).endRow();
  }

  private static void count(CsvWriter csv, String scope, String name, String kpi, int n) {
    csv.text("training").text(scope).text(name).text(kpi).number(n).endRow();
  }
}
