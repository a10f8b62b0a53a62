package io.skillgate.training;

import io.skillgate.platform.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the contract's missed-milestone penalty (see {@link MilestoneService#chargeMissedPenalty}). */
@Component
public class ChargeMissedMilestonePenaltyDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final MilestoneService service;

  public ChargeMissedMilestonePenaltyDelegate(MilestoneRepository milestones, MilestoneService service) {
    this.milestones = milestones;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    String charged = service.chargeMissedPenalty(m, EngineClock.today());
    execution.setVariable(TrainingVariables.PENALTY_CHARGED, charged);
  }
}
