package io.skillgate.training;

import io.skillgate.platform.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer accepted the evidence (and the assessment, if any, was passed). */
@Component
public class RecordMilestoneApprovedDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final TrainingEvents events;

  public RecordMilestoneApprovedDelegate(MilestoneRepository milestones, TrainingEvents events) {
    this.milestones = milestones;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    milestones.close(m.id(), MilestoneStatus.APPROVED, EngineClock.today(),
        (String) execution.getVariable(TrainingVariables.EVIDENCE_NOTE));
    events.record(m.contractId(), "MILESTONE_APPROVED", TrainingEvents.describe(m));
  }
}
