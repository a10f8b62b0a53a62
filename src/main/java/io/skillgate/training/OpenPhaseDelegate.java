package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer approved the phase gate: the phase opens, with the gate's figures on record. */
@Component
public class OpenPhaseDelegate implements JavaDelegate {

  private final PhaseSummaries summaries;
  private final TrainingEvents events;

  public OpenPhaseDelegate(PhaseSummaries summaries, TrainingEvents events) {
    this.summaries = summaries;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String contractId = ProcessContract.of(execution);
    String phaseKey = (String) execution.getVariable(TrainingVariables.PHASE_KEY);
    PhaseSummary s = summaries.of(contractId, phaseKey);
    events.record(contractId, "PHASE_OPENED", "phase " + phaseKey + " opened: " + s.eventText());
  }
}
