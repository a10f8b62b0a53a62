package io.skillgate.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed before the milestone was approved: it counts as missed from now on. */
@Component
public class RecordMilestoneMissedDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final TrainingEvents events;

  public RecordMilestoneMissedDelegate(MilestoneRepository milestones, TrainingEvents events) {
    this.milestones = milestones;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    milestones.markMissed(m.id());
    events.record(m.contractId(), "MILESTONE_MISSED", TrainingEvents.describe(m));
  }
}
