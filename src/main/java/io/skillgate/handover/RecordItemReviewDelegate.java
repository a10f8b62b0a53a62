package io.skillgate.handover;

import io.skillgate.platform.engine.ActingUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The client accepted or refused a delivered item; a refusal's reason goes back to the vendor. */
@Component
public class RecordItemReviewDelegate implements JavaDelegate {

  private final HandoverService handovers;

  public RecordItemReviewDelegate(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = "accept".equals(execution.getVariable(HandoverVariables.ITEM_DECISION));
    handovers.recordReview(((Number) execution.getVariable(HandoverVariables.HANDOVER_ITEM_ID)).longValue(), accepted,
        (String) execution.getVariable(HandoverVariables.REFUSAL_REASON), ActingUser.of(execution));
  }
}
