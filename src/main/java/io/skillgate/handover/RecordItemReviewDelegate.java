package io.skillgate.handover;

import io.skillgate.platform.engine.ProcessContract;
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
    handovers.recordReview(ownItem(execution), accepted,
        (String) execution.getVariable(HandoverVariables.REFUSAL_REASON), ActingUser.of(execution));
  }

  /** The item this instance is about, refused when it is not of the instance's contract. */
  private long ownItem(DelegateExecution execution) {
    long itemId = HandoverVariables.HANDOVER_ITEM_ID.get(execution);
    ProcessContract.requireOwn(handovers.item(itemId).contractId(), "handover item", itemId, execution);
    return itemId;
  }
}
