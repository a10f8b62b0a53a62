package io.skillgate.contract;

import io.skillgate.platform.engine.ProcessContract;
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
    ContractVariables.PLAN_RETURNS.set(execution, 0);
    contracts.moveTo(ProcessContract.of(execution), ContractStage.PLAN_CONFIRMATION,
        "plan reopened: " + execution.getVariable(ContractVariables.DISPUTE_NOTE));
  }
}
