package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the phase's summary on the gate form. Clears the previous gate's decision first, so a
 * gate completed through the REST API without a decision is refused rather than reusing the
 * last phase's answer.
 */
@Component
public class SummarisePhaseDelegate implements JavaDelegate {

  private final PhaseSummaries summaries;

  public SummarisePhaseDelegate(PhaseSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PhaseSummary summary = summaries.of(ProcessContract.of(execution),
        (String) execution.getVariable(TrainingVariables.PHASE_KEY));
    execution.removeVariable(TrainingVariables.GATE_DECISION);
    execution.removeVariable(TrainingVariables.MISSING_ITEMS);
    execution.setVariable(TrainingVariables.PHASE_SUMMARY, summary.text());
  }
}
