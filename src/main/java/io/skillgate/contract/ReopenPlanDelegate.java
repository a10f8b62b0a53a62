package io.skillgate.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An admin resolved a plan dispute by reopening it: the return count starts again. */
@Component
public class ReopenPlanDelegate implements JavaDelegate {

  private final ContractService contracts;

  public ReopenPlanDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ContractVariables.PLAN_RETURNS, 0);
    contracts.moveTo(execution.getProcessBusinessKey(), ContractStage.PLAN_CONFIRMATION,
        "plan reopened: " + execution.getVariable(ContractVariables.DISPUTE_NOTE));
  }
}
