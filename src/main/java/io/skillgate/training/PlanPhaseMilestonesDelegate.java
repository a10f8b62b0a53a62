package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the milestones every active member must reach before the phase opens. */
@Component
public class PlanPhaseMilestonesDelegate implements JavaDelegate {

  private final TrainingPlanner planner;
  private final TrainingEvents events;

  public PlanPhaseMilestonesDelegate(TrainingPlanner planner, TrainingEvents events) {
    this.planner = planner;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String contractId = ProcessContract.of(execution);
    String phaseKey = (String) execution.getVariable(TrainingVariables.PHASE_KEY);
    List<Milestone> planned = planner.planPhase(contractId, phaseKey);
    String phaseName = planner.terms(contractId).phases().stream().filter(p -> p.key().equals(phaseKey))
        .map(p -> p.name()).findFirst().orElse(phaseKey);
    execution.setVariable(TrainingVariables.PHASE_NAME, phaseName);
    execution.setVariable(TrainingVariables.PHASE_MILESTONES, planned.size());
    events.record(contractId, "TRAINING_PHASE_PLANNED", planned.size() + " milestone(s) before phase " + phaseKey);
  }
}
