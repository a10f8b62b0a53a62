package io.skillgate.incentive;

import io.skillgate.contract.Contract;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a contract's incentive clauses (strategy 4) and books the result. The reporting feature
 * reads {@link #entries}. "Today" is passed in by the caller: a timer-driven caller uses the
 * engine's clock, so penalties agree with the timers that caused them.
 */
@Service
public class IncentiveLedger {

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
        period, null, clock.instant()));
  }

  /** Why {@link #chargeMissedMilestone} charged nothing for this milestone today (see {@link PenaltyRule#whyNothing}). */
  public String whyNothingCharged(String contractId, Contract.Incentives incentives, LocalDate dueDate, LocalDate today) {
    String period = Quarter.of(today);
    return new PenaltyRule(incentives).whyNothing(dueDate, today, ledger.netPenalties(contractId, period),
        incentives.currency(), period);
  }

  /**
   * Gives back what was charged for a waived milestone, when the contract allows waivers. The
   * waiver counts in the penalty's quarter so the cap stays right. Empty when nothing is given back.
   */
  @Transactional
  public Optional<LedgerEntry> waiveMilestone(String contractId, Contract.Incentives incentives, String memberId,
      long milestoneId, String reason, String waivedBy) {
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
        incentives.currency(), "waived: " + reason, period, waivedBy, clock.instant()));
  }

  /** Books a bonus for a reached target; a zero or missing amount books nothing. */
  @Transactional
  public Optional<LedgerEntry> awardBonus(String contractId, Contract.Incentives incentives, String memberId,
      long milestoneId, BigDecimal amount, String reason, LocalDate today) {
    if (amount == null || amount.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(ledger.add(contractId, memberId, milestoneId, IncentiveKind.BONUS, amount,
        incentives.currency(), reason, Quarter.of(today), null, clock.instant()));
  }

  public List<LedgerEntry> entries(String contractId) {
    return ledger.entries(contractId);
  }
}
