package io.skillgate.reporting;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard and {@code GET /api/contracts/{id}/kpis} show for one contract, as of
 * one day: training KPIs to date for the contract and per phase, role and member; every contract
 * KPI before and after; one point per reporting period for the trend charts; the phase gates;
 * overdue work; and the incentive rules and period statements.
 */
public record KpiReport(
    String contractId, String title, String clientName, String vendorName, String reportingFrequency,
    LocalDate asOf, Integer currentPeriod,
    TrainingKpis contract,
    List<Scoped> phases, List<Scoped> roles, List<Scoped> members,
    List<KpiChange> contractKpis,
    List<PeriodPoint> periods,
    List<Gate> gates,
    List<OverdueItem> overdue,
    Contract.Incentives incentiveRules,
    List<IncentiveStatement> statements) {

  /** The KPIs of one phase, role or member; {@code status} is a member's ACTIVE or LEFT. */
  public record Scoped(String key, String name, String status, TrainingKpis kpis) {}

  /**
   * One reporting period: the report's state, the reported values (accepted or not, the state
   * says), the training KPIs computed for the period, by key (null: nothing to count), and
   * whether each contract KPI met its target in the period ({@link PeriodTargets}; null: no value).
   */
  public record PeriodPoint(int period, LocalDate start, LocalDate end, String reportStatus, boolean late,
      BigDecimal learnerFeedback, Map<String, BigDecimal> reported, Map<String, BigDecimal> training,
      Map<String, Boolean> targetsMet) {}

  /** A phase gate: the training required before the phase, and how much of it is approved. */
  public record Gate(String phase, String name, LocalDate startDate, LocalDate endDate, int requiredModules,
      Rate completion, String state) {}

  /** Work past its due date: an open task or an overdue training milestone. */
  public record OverdueItem(String kind, String name, String who, Date due) {}
}
