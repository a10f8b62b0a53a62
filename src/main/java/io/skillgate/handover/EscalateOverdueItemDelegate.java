package io.skillgate.handover;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An item was not delivered by its deadline: mark it overdue before the reviewers chase it. */
@Component
public class EscalateOverdueItemDelegate implements JavaDelegate {

  private final HandoverService handovers;

  public EscalateOverdueItemDelegate(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handovers.recordEscalation(ownItem(execution));
  }

  /** The item this instance is about, refused when it is not of the instance's contract. */
  private long ownItem(DelegateExecution execution) {
    long itemId = HandoverVariables.HANDOVER_ITEM_ID.get(execution);
    ProcessContract.requireOwn(handovers.item(itemId).contractId(), "handover item", itemId, execution);
    return itemId;
  }
}
