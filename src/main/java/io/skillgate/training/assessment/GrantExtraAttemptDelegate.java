package io.skillgate.training.assessment;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.training.TrainingEvents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer allowed one more attempt after the last one failed; the reason is on record. */
@Component
public class GrantExtraAttemptDelegate implements JavaDelegate {

  private final TrainingEvents events;

  public GrantExtraAttemptDelegate(TrainingEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // ATTEMPT already names the next attempt; it becomes the last one allowed.
    int next = (Integer) execution.getVariable(AssessmentVariables.ATTEMPT);
    execution.setVariable(AssessmentVariables.MAX_ATTEMPTS, next);
    events.record(ProcessContract.of(execution), "ASSESSMENT_EXTRA_ATTEMPT",
        execution.getVariable(AssessmentVariables.MODULE) + ": attempt " + next + " granted: "
            + execution.getVariable(AssessmentVariables.FAILED_NOTE));
  }
}
