package io.skillgate.handover;

import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ActingUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The vendor delivered a checklist item: keep where it is, for the client's review and the report. */
@Component
public class RecordItemDeliveredDelegate implements JavaDelegate {

  private final HandoverService handovers;

  public RecordItemDeliveredDelegate(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handovers.recordDelivery(ownItem(execution),
        (String) execution.getVariable(HandoverVariables.ITEM_LOCATION),
        (String) execution.getVariable(HandoverVariables.DELIVERY_NOTE), ActingUser.of(execution));
    // A redelivery is reviewed afresh: the previous verdict must not pre-fill the reviewer's form.
    execution.setVariable(HandoverVariables.ITEM_DECISION, null);
    execution.setVariable(HandoverVariables.REFUSAL_REASON, null);
  }

  /** The item this instance is about, refused when it is not of the instance's contract. */
  private long ownItem(DelegateExecution execution) {
    long itemId = HandoverVariables.HANDOVER_ITEM_ID.get(execution);
    ProcessContract.requireOwn(handovers.item(itemId).contractId(), "handover item", itemId, execution);
    return itemId;
  }
}
