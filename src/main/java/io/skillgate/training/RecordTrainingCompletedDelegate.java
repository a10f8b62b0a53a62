package io.skillgate.training;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The last phase gate was approved: phase-gated training of the contract is complete. */
@Component
public class RecordTrainingCompletedDelegate implements JavaDelegate {

  private final TrainingEvents events;

  public RecordTrainingCompletedDelegate(TrainingEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    events.record(ProcessContract.of(execution), "TRAINING_COMPLETED",
        "all phase gates approved");
  }
}
