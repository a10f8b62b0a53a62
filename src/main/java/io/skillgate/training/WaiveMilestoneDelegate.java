package io.skillgate.training;

import io.skillgate.contract.Contracts;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A reviewer waived a missed milestone with a documented reason: it is closed as WAIVED and, if
 * the contract allows waivers, its penalty is given back in the ledger.
 */
@Component
public class WaiveMilestoneDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final Contracts contracts;
  private final IncentiveLedger ledger;
  private final TrainingEvents events;

  public WaiveMilestoneDelegate(MilestoneRepository milestones, Contracts contracts, IncentiveLedger ledger,
      TrainingEvents events) {
    this.milestones = milestones;
    this.contracts = contracts;
    this.ledger = ledger;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    String reason = (String) execution.getVariable(TrainingVariables.WAIVER_REASON);
    String by = ActingUser.of(execution);
    milestones.close(m.id(), MilestoneStatus.WAIVED, EngineClock.today(), reason);
    ledger.waiveMilestone(m.contractId(), contracts.findTerms(m.contractId()).orElseThrow().incentives(),
        m.memberId(), m.id(), reason, by, EngineClock.today());
    events.record(m.contractId(), "MILESTONE_WAIVED", TrainingEvents.describe(m) + ": " + reason);
  }
}
