package io.skillgate.training;

import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reviewer waived a missed milestone with a documented reason (see {@link MilestoneService#waive}). */
@Component
public class WaiveMilestoneDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final MilestoneService service;

  public WaiveMilestoneDelegate(MilestoneRepository milestones, MilestoneService service) {
    this.milestones = milestones;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    String reason = (String) execution.getVariable(TrainingVariables.WAIVER_REASON);
    service.waive(m, reason, ActingUser.of(execution), EngineClock.today());
  }
}
