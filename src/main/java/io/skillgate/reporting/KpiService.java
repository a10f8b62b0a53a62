package io.skillgate.reporting;

import io.skillgate.contract.Contract;
import io.skillgate.contract.ContractJournal;
import io.skillgate.contract.ContractSummary;
import io.skillgate.contract.Contracts;
import io.skillgate.contract.TeamMember;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.security.ClientOnly;
import io.skillgate.platform.web.ConflictException;
import io.skillgate.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a contract's {@link KpiReport} and confirms incentive statements. */
@Service
public class KpiService {

  private final Contracts contracts;
  private final ContractJournal journal;
  private final ReportingRepository reports;
  private final TrainingFacts training;
  private final LedgerFacts ledger;
  private final TaskService tasks;
  private final Clock clock;

  public KpiService(Contracts contracts, ContractJournal journal, ReportingRepository reports, TrainingFacts training,
      LedgerFacts ledger, TaskService tasks, Clock clock) {
    this.contracts = contracts;
    this.journal = journal;
    this.reports = reports;
    this.training = training;
    this.ledger = ledger;
    this.tasks = tasks;
    this.clock = clock;
  }

  /**
   * The report "to date" ({@link TrainingToDate}): as of today, or as of the latest day the
   * contract's records reach when that is later, never past its end. The API, the dashboard, the
   * CSV and the evaluation all read this one report. The caller has checked that the user may see
   * the contract.
   */
  public KpiReport report(ContractSummary summary) {
    Contract terms = contracts.findTerms(summary.id()).orElseThrow();
    var input = TrainingKpiCalculator.Input.of(terms, contracts.members(summary.id()), training);
    List<LocalDate> opened = reports.reports(summary.id()).stream().map(ProgressReport::periodStart).toList();
    return report(summary, TrainingToDate.asOf(LocalDate.now(clock), terms.endDate(), input, opened));
  }

  public KpiReport report(ContractSummary summary, LocalDate asOf) {
    Contract terms = contracts.findTerms(summary.id()).orElseThrow();
    List<TeamMember> roster = contracts.members(summary.id());
    var input = TrainingKpiCalculator.Input.of(terms, roster, training);
    TrainingKpis toDate = TrainingKpiCalculator.compute(input, KpiScope.CONTRACT, null, asOf);
    List<ReportingPeriod> periods = ReportingPeriod.all(terms.startDate(), terms.endDate(), terms.reportingFrequency());
    Integer current = periods.stream().filter(p -> p.contains(asOf)).map(ReportingPeriod::number).findFirst()
        .orElse(null);

    List<KpiReport.Scoped> byPhase = terms.phases().stream()
        .map(p -> new KpiReport.Scoped(p.key(), p.name(), null,
            TrainingKpiCalculator.compute(input, KpiScope.phase(p.key()), null, asOf)))
        .toList();
    List<KpiReport.Scoped> byRole = terms.roles().stream()
        .map(r -> new KpiReport.Scoped(r.key(), r.name(), null,
            TrainingKpiCalculator.compute(input, KpiScope.role(r.key()), null, asOf)))
        .toList();
    List<KpiReport.Scoped> byMember = roster.stream()
        .map(m -> new KpiReport.Scoped(m.memberId(), m.name(), m.status().name(),
            TrainingKpiCalculator.compute(input, KpiScope.member(m.memberId()), null, asOf)))
        .toList();

    List<ProgressReport> reportRows = reports.reports(summary.id());
    List<KpiChange> changes = KpiChangeCalculator.changes(terms.kpis(), latestAccepted(reportRows), toDate, current);

    Map<Integer, Map<String, BigDecimal>> snapshots = reports.snapshots(summary.id());
    List<KpiReport.PeriodPoint> points = reportRows.stream()
        .map(r -> {
          Map<String, BigDecimal> periodTraining = snapshots.getOrDefault(r.period(), Map.of());
          return new KpiReport.PeriodPoint(r.period(), r.periodStart(), r.periodEnd(), r.status().name(), r.late(),
              r.learnerFeedback(), r.values(), periodTraining, PeriodTargets.of(terms.kpis(), r.values(), periodTraining));
        })
        .toList();

    List<KpiReport.Gate> gates = byPhase.stream().map(scoped -> {
      Contract.Phase phase = terms.phases().stream().filter(p -> p.key().equals(scoped.key())).findFirst().orElseThrow();
      int required = (int) terms.trainingRequirements().stream().filter(r -> r.beforePhase().equals(phase.key())).count();
      String state = phase.startDate().isAfter(asOf) ? "UPCOMING" : "STARTED";
      return new KpiReport.Gate(phase.key(), phase.name(), phase.startDate(), phase.endDate(), required,
          scoped.kpis().completion(), state);
    }).toList();

    return new KpiReport(summary.id(), summary.title(), summary.clientName(), summary.vendorName(),
        terms.reportingFrequency().name(), asOf, current, toDate, byPhase, byRole, byMember, changes, points, gates,
        overdue(summary.id(), input.milestones(), roster, asOf), terms.incentives(),
        statements(summary.id(), terms, periods, reportRows));
  }

  /** Confirms the statement of an opened period, once: who and when are recorded. */
  @Transactional
  @ClientOnly
  public IncentiveStatement confirmStatement(ContractSummary summary, int period, String userId) {
    Contract terms = contracts.findTerms(summary.id()).orElseThrow();
    List<ReportingPeriod> periods = ReportingPeriod.all(terms.startDate(), terms.endDate(), terms.reportingFrequency());
    if (period < 1 || period > periods.size()) {
      throw new InvalidInputException("period", "must be between 1 and " + periods.size());
    }
    if (reports.report(summary.id(), period).isEmpty()) {
      throw new InvalidInputException("period", "period " + period + " has not been opened for reporting yet");
    }
    IncentiveStatement statement = IncentiveStatement.of(period, periods, terms.incentives().currency(),
        this.ledger.entries(summary.id()));
    if (!reports.confirmStatement(summary.id(), statement, userId)) {
      throw new ConflictException("the statement of period " + period + " is already confirmed");
    }
    journal.recordEvent(summary.id(), userId, "INCENTIVE_STATEMENT_CONFIRMED", "incentive statement of period "
        + period + " confirmed: net " + statement.net().toPlainString() + " " + statement.currency());
    ReportingRepository.Confirmation c = reports.confirmations(summary.id()).get(period);
    return statement.confirmed(c.by(), c.at());
  }

  private static Map<String, KpiChangeCalculator.Latest> latestAccepted(List<ProgressReport> rows) {
    Map<String, KpiChangeCalculator.Latest> latest = new HashMap<>();
    rows.stream()
        .filter(r -> r.status() == ProgressReport.Status.ACCEPTED)
        .sorted(Comparator.comparingInt(ProgressReport::period))
        .forEach(r -> r.values().forEach((k, v) -> latest.put(k, new KpiChangeCalculator.Latest(v, r.period()))));
    return latest;
  }

  /**
   * Statements of every opened period and of every period with ledger entries, so every entry is
   * on exactly one listed statement and their nets add up to the ledger.
   */
  private List<IncentiveStatement> statements(String contractId, Contract terms, List<ReportingPeriod> periods,
      List<ProgressReport> rows) {
    List<LedgerEntryFact> ledger = this.ledger.entries(contractId);
    Set<Integer> numbers = new TreeSet<>();
    rows.forEach(r -> numbers.add(r.period()));
    ledger.forEach(e -> numbers.add(ReportingPeriod.numberOf(periods, e.bookedOn())));
    Map<Integer, ReportingRepository.Confirmation> confirmations = reports.confirmations(contractId);
    List<IncentiveStatement> statements = new ArrayList<>();
    for (int n : numbers) {
      IncentiveStatement s = IncentiveStatement.of(n, periods, terms.incentives().currency(), ledger);
      ReportingRepository.Confirmation c = confirmations.get(n);
      statements.add(c == null ? s : s.confirmed(c.by(), c.at()));
    }
    return statements;
  }

  /** milestones: those the KPIs were computed from (read once per report). */
  private List<KpiReport.OverdueItem> overdue(String contractId, List<MilestoneFact> milestones,
      List<TeamMember> roster, LocalDate asOf) {
    List<KpiReport.OverdueItem> items = new ArrayList<>();
    Date now = Date.from(clock.instant());
    tasks.createTaskQuery().processInstanceBusinessKey(contractId).active().dueBefore(now).orderByDueDate().asc()
        .list()
        .forEach(t -> items.add(new KpiReport.OverdueItem("TASK", t.getName(), t.getAssignee(), t.getDueDate())));
    Map<String, String> names = new HashMap<>();
    roster.forEach(m -> names.put(m.memberId(), m.name()));
    milestones.stream()
        .filter(m -> m.status() == MilestoneFact.Status.OPEN && m.due().isBefore(asOf))
        .sorted(Comparator.comparing(MilestoneFact::due))
        .forEach(m -> items.add(new KpiReport.OverdueItem("MILESTONE", m.module(),
            names.getOrDefault(m.memberId(), m.memberId()),
            EngineClock.startOf(m.due()))));
    return items;
  }
}
