package io.skillgate.incentive;

import io.skillgate.contract.Contract;
import io.skillgate.platform.Port;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a contract's incentive clauses (strategy 4) and books the result. The reporting feature
 * reads {@link #entries}. "Today" is passed in by the caller and is the entry's booking day
 * (statements go by it): process callers pass the engine's date ({@code EngineClock}), so a
 * booking agrees with the timer or task that caused it.
 */
@Service
@Port
public class IncentiveLedger {

  /** Booking keys of bonuses start with what they reward. */
  static final String CERTIFICATION_BONUS = "certification:";
  static final String KPI_TARGET_BONUS = "kpi-target:";

  private final IncentiveLedgerRepository ledger;
  private final Clock clock;

  public IncentiveLedger(IncentiveLedgerRepository ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Charges the missed-milestone penalty if the milestone is more than the grace days late and
   * the quarter's cap leaves room; returns the entry, or empty when nothing is charged.
   */
  @Transactional
  public Optional<LedgerEntry> chargeMissedMilestone(String contractId, Contract.Incentives incentives, String memberId,
      long milestoneId, String milestoneName, LocalDate dueDate, LocalDate today) {
    PenaltyRule rule = new PenaltyRule(incentives);
    long daysLate = ChronoUnit.DAYS.between(dueDate, today);
    String period = Quarter.of(today);
    BigDecimal amount = rule.amountFor(daysLate, ledger.netPenalties(contractId, period));
    if (amount.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(ledger.add(contractId, memberId, milestoneId, IncentiveKind.PENALTY, amount,
        incentives.currency(), "missed '" + milestoneName + "' (due " + dueDate + ", " + daysLate + " days late)",
        period, null, clock.instant(), today, null));
  }

  /** Why {@link #chargeMissedMilestone} charged nothing for this milestone today (see {@link PenaltyRule#whyNothing}). */
  public String whyNothingCharged(String contractId, Contract.Incentives incentives, LocalDate dueDate, LocalDate today) {
    String period = Quarter.of(today);
    return new PenaltyRule(incentives).whyNothing(dueDate, today, ledger.netPenalties(contractId, period),
        incentives.currency(), period);
  }

  /**
   * Gives back what was charged for a waived milestone, when the contract allows waivers. The
   * waiver counts in the penalty's quarter so the cap stays right, and is booked today. Empty when
   * nothing is given back.
   */
  @Transactional
  public Optional<LedgerEntry> waiveMilestone(String contractId, Contract.Incentives incentives, String memberId,
      long milestoneId, String reason, String waivedBy, LocalDate today) {
    if (!new PenaltyRule(incentives).waivable()) {
      return Optional.empty();
    }
    BigDecimal charged = ledger.netPenaltiesOfMilestone(contractId, milestoneId);
    if (charged.signum() <= 0) {
      return Optional.empty();
    }
    String period = ledger.entriesOfMilestone(contractId, milestoneId).stream()
        .filter(e -> e.kind() == IncentiveKind.PENALTY).map(LedgerEntry::period).findFirst().orElseThrow();
    return Optional.of(ledger.add(contractId, memberId, milestoneId, IncentiveKind.WAIVER, charged,
        incentives.currency(), "waived: " + reason, period, waivedBy, clock.instant(), today, null));
  }

  /**
   * Pays a member's bonus for reaching a certification: the certification's own bonus, else the
   * contract-wide one ({@link Contract#certificationBonus}). Booked once per member and
   * certification, however often it is recorded (a retried job, a second node); empty when
   * nothing is booked now.
   */
  @Transactional
  public Optional<LedgerEntry> awardCertificationBonus(Contract terms, String memberId, long milestoneId,
      String certificationKey, String reason, LocalDate today) {
    return awardBonus(terms.id(), terms.incentives(), memberId, milestoneId, terms.certificationBonus(certificationKey),
        reason, today, CERTIFICATION_BONUS + memberId + ":" + certificationKey);
  }

  /**
   * Pays each of the contract's KPI-target bonuses whose KPIs all met their targets in a
   * reporting period, once per bonus and period. {@code targetsMet}: by KPI key, whether the
   * period's value met the target (absent or null: no value, so not met).
   */
  @Transactional
  public List<LedgerEntry> awardKpiTargetBonuses(Contract terms, int period, Map<String, Boolean> targetsMet,
      LocalDate today) {
    List<LedgerEntry> booked = new ArrayList<>();
    for (Contract.KpiTargetBonus bonus : terms.incentives().kpiTargetBonuses()) {
      if (bonus.kpis().stream().allMatch(k -> Boolean.TRUE.equals(targetsMet.get(k)))) {
        awardBonus(terms.id(), terms.incentives(), null, null, bonus.amountPerPeriod(),
            "KPI targets met in period " + period + " (" + bonus.key() + ": " + String.join(", ", bonus.kpis()) + ")",
            today, kpiTargetBookingKey(bonus.key(), period)).ifPresent(booked::add);
      }
    }
    return booked;
  }

  static String kpiTargetBookingKey(String bonusKey, int period) {
    return KPI_TARGET_BONUS + bonusKey + ":" + period;
  }

  /**
   * Books a bonus for a reached target, once per {@code bookingKey}; a zero or missing amount, or
   * a key already booked, books nothing.
   */
  @Transactional
  public Optional<LedgerEntry> awardBonus(String contractId, Contract.Incentives incentives, String memberId,
      Long milestoneId, BigDecimal amount, String reason, LocalDate today, String bookingKey) {
    if (amount == null || amount.signum() <= 0 || ledger.booked(contractId, bookingKey).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(ledger.add(contractId, memberId, milestoneId, IncentiveKind.BONUS, amount,
        incentives.currency(), reason, Quarter.of(today), null, clock.instant(), today, bookingKey));
  }

  public List<LedgerEntry> entries(String contractId) {
    return ledger.entries(contractId);
  }
}
