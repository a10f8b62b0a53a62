package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The milestone a milestone, assessment or renewal process instance is about. Its id is a
 * variable (set by SkillGate when the instance starts, written by no task); the record it names
 * is checked to belong to the instance's contract before any delegate writes into it.
 */
public final class ProcessMilestone {

  private ProcessMilestone() {}

  public static Milestone of(MilestoneRepository milestones, DelegateExecution execution) {
    long id = ProcessVariables.MILESTONE_ID.get(execution);
    Milestone m = milestones.get(id);
    ProcessContract.requireOwn(m.contractId(), "milestone", id, execution);
    return m;
  }
}
