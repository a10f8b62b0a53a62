package io.skillgate.training;

import io.skillgate.contract.Contract;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Collections for the multi-instance activities of PhaseGatedTrainingProcess, read from the
 * tables when the activity starts: {@code ${trainingPlan.phaseKeys(contractId)}}. Lists are
 * not stored as process variables (the project stores only ids and simple values).
 */
@Component("trainingPlan")
public class TrainingPlan {

  private final TrainingPlanner planner;
  private final MilestoneRepository milestones;

  public TrainingPlan(TrainingPlanner planner, MilestoneRepository milestones) {
    this.planner = planner;
    this.milestones = milestones;
  }

  /** The contract's phases in their agreed order. */
  public List<String> phaseKeys(String contractId) {
    return planner.terms(contractId).phases().stream().map(Contract.Phase::key).toList();
  }

  /** The ids of the milestones gating a phase. */
  public List<Long> milestoneIds(String contractId, String phaseKey) {
    return milestones.ofPhase(contractId, phaseKey).stream().map(Milestone::id).toList();
  }
}
