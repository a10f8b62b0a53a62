package io.skillgate.training;

import io.skillgate.contract.Contract;
import io.skillgate.contract.Contracts;
import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts what the forms and timers of a milestone need into variables: who, what, the due date
 * (the deadline timer) and the end of the contract's grace period (the penalty timer).
 */
@Component
public class LoadMilestoneDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final Contracts contracts;

  public LoadMilestoneDelegate(MilestoneRepository milestones, Contracts contracts) {
    this.milestones = milestones;
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    Contract terms = contracts.findTerms(m.contractId()).orElseThrow();
    String memberName = contracts.member(m.contractId(), m.memberId()).map(t -> t.name()).orElse(m.memberId());
    int graceDays = terms.incentives().penaltyGraceDays() == null ? 0 : terms.incentives().penaltyGraceDays();
    ProcessVariables.MEMBER_ID.set(execution, m.memberId());
    ProcessVariables.MEMBER_NAME.set(execution, memberName);
    execution.setVariable(TrainingVariables.MILESTONE_NAME, m.name());
    execution.setVariable(TrainingVariables.MILESTONE_KIND, m.kind().name());
    execution.setVariable(TrainingVariables.MILESTONE_KIND_LABEL, m.kind().label());
    execution.setVariable(TrainingVariables.MILESTONE_DUE, EngineClock.startOf(m.dueDate()));
    // Charged only when missed by MORE than the grace days: the day after the grace period.
    execution.setVariable(TrainingVariables.PENALTY_DUE, EngineClock.startOf(m.dueDate().plusDays(graceDays + 1L)));
    execution.setVariable(TrainingVariables.ASSESSMENT_REQUIRED, m.hasAssessment());
    ProcessVariables.ASSESSMENT_PASSED.set(execution, !m.hasAssessment());
    execution.setVariable(TrainingVariables.CERTIFICATION_REQUIRED, m.kind().isCertification());
  }
}
