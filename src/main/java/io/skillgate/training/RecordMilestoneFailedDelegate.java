package io.skillgate.training;

import io.skillgate.platform.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The assessment was failed after the maximum attempts and the reviewer confirmed it. */
@Component
public class RecordMilestoneFailedDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final TrainingEvents events;

  public RecordMilestoneFailedDelegate(MilestoneRepository milestones, TrainingEvents events) {
    this.milestones = milestones;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    milestones.close(m.id(), MilestoneStatus.FAILED, EngineClock.today(), "assessment failed");
    events.record(m.contractId(), "MILESTONE_FAILED", TrainingEvents.describe(m));
  }
}
