package io.skillgate.handover;

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
    handovers.recordEscalation(((Number) execution.getVariable(HandoverVariables.HANDOVER_ITEM_ID)).longValue());
  }
}
