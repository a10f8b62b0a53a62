package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer did not open the phase: the missing items go to the audit trail and to the vendor. */
@Component
public class RecordPhaseGateRejectedDelegate implements JavaDelegate {

  private final TrainingEvents events;

  public RecordPhaseGateRejectedDelegate(TrainingEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object rejections = execution.getVariable(TrainingVariables.GATE_REJECTIONS);
    execution.setVariable(TrainingVariables.GATE_REJECTIONS, rejections == null ? 1 : ((Integer) rejections) + 1);
    execution.removeVariable(TrainingVariables.FINDINGS_RESPONSE);
    events.record(ProcessContract.of(execution), "PHASE_GATE_REJECTED",
        "phase " + execution.getVariable(TrainingVariables.PHASE_KEY) + ": "
            + execution.getVariable(TrainingVariables.MISSING_ITEMS));
  }
}
