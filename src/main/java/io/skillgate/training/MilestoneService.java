package io.skillgate.training;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contracts;
import io.skillgate.incentive.IncentiveLedger;
import io.skillgate.training.assessment.AssessmentAttemptRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * What happens to a milestone when its penalty is charged, when it is waived and when an
 * assessment attempt is scored. The delegates only read the process variables, call this and set
 * the result, so these rules can be tested without an engine.
 */
@Service
public class MilestoneService {

  /** The assessment outcome (from the decision table) that passes a milestone's assessment. */
  static final String PASS = "pass";

  private final MilestoneRepository milestones;
  private final AssessmentAttemptRepository attempts;
  private final Contracts contracts;
  private final IncentiveLedger ledger;
  private final TrainingEvents events;
  private final Clock clock;

  public MilestoneService(MilestoneRepository milestones, AssessmentAttemptRepository attempts, Contracts contracts,
      IncentiveLedger ledger, TrainingEvents events, Clock clock) {
    this.milestones = milestones;
    this.attempts = attempts;
    this.contracts = contracts;
    this.ledger = ledger;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Charges the contract's missed-milestone penalty as of {@code today} (grace days and the
   * quarterly cap are the ledger's rule) and returns what was charged, or why nothing was.
   */
  public String chargeMissedPenalty(Milestone m, LocalDate today) {
    Contract.Incentives incentives = incentives(m);
    String charged = ledger.chargeMissedMilestone(m.contractId(), incentives, m.memberId(), m.id(), m.name(),
            m.dueDate(), today)
        .map(p -> p.amount().toPlainString() + " " + p.currency())
        .orElseGet(() -> ledger.whyNothingCharged(m.contractId(), incentives, m.dueDate(), today));
    events.record(m.contractId(), "PENALTY_APPLIED", TrainingEvents.describe(m) + ": " + charged);
    return charged;
  }

  /**
   * Closes a missed milestone as WAIVED with the reviewer's reason and, where the contract allows
   * waivers, gives its penalty back in the ledger.
   */
  public void waive(Milestone m, String reason, String by, LocalDate today) {
    milestones.close(m.id(), MilestoneStatus.WAIVED, today, reason);
    ledger.waiveMilestone(m.contractId(), incentives(m), m.memberId(), m.id(), reason, by, today);
    events.record(m.contractId(), "MILESTONE_WAIVED", TrainingEvents.describe(m) + ": " + reason);
  }

  /**
   * Stores a scored attempt with the outcome the decision table gave. Anything but a pass makes
   * the next round the next attempt.
   */
  public AttemptResult recordAttempt(Milestone m, int attempt, int score, String assessor, String outcome) {
    attempts.insert(m.id(), m.contractId(), m.memberId(), m.requirementKey(), attempt, score, assessor, outcome,
        clock.instant());
    events.record(m.contractId(), "ASSESSMENT_SCORED", m.memberId() + " " + m.requirementKey() + " attempt " + attempt
        + ": " + score + " -> " + outcome);
    boolean passed = PASS.equals(outcome);
    return new AttemptResult(passed, passed ? attempt : attempt + 1);
  }

  /** Whether the attempt passed, and the attempt number the process goes on with. */
  public record AttemptResult(boolean passed, int nextAttempt) {
  }

  private Contract.Incentives incentives(Milestone m) {
    return contracts.findTerms(m.contractId()).orElseThrow().incentives();
  }
}
