package io.skillgate.training;

import io.skillgate.contract.Contracts;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.incentive.LedgerEntry;
import io.skillgate.platform.engine.EngineClock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the contract's missed-milestone penalty (grace days and quarterly cap in the ledger's rule). */
@Component
public class ChargeMissedMilestonePenaltyDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final Contracts contracts;
  private final IncentiveLedger ledger;
  private final TrainingEvents events;

  public ChargeMissedMilestonePenaltyDelegate(MilestoneRepository milestones, Contracts contracts,
      IncentiveLedger ledger, TrainingEvents events) {
    this.milestones = milestones;
    this.contracts = contracts;
    this.ledger = ledger;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    var incentives = contracts.findTerms(m.contractId()).orElseThrow().incentives();
    Optional<LedgerEntry> penalty = ledger.chargeMissedMilestone(m.contractId(), incentives, m.memberId(), m.id(),
        m.name(), m.dueDate(), EngineClock.today());
    String charged = penalty.map(p -> p.amount().toPlainString() + " " + p.currency())
        .orElseGet(() -> ledger.whyNothingCharged(m.contractId(), incentives, m.dueDate(), EngineClock.today()));
    execution.setVariable(TrainingVariables.PENALTY_CHARGED, charged);
    events.record(m.contractId(), "PENALTY_APPLIED", TrainingEvents.describe(m) + ": " + charged);
  }
}
