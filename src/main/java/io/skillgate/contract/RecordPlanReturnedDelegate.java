package io.skillgate.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reviewer returned the plan: count the return and keep the reason in the contract's history. */
@Component
public class RecordPlanReturnedDelegate implements JavaDelegate {

  private final ContractService contracts;

  public RecordPlanReturnedDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int returns = ((Number) execution.getVariable(ContractVariables.PLAN_RETURNS)).intValue() + 1;
    execution.setVariable(ContractVariables.PLAN_RETURNS, returns);
    contracts.moveTo(execution.getProcessBusinessKey(), ContractStage.PLAN_CONFIRMATION,
        "plan returned (" + returns + "): " + execution.getVariable(ContractVariables.PLAN_RETURN_REASON));
  }
}
