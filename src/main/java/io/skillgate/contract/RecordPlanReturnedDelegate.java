package io.skillgate.contract;

import io.skillgate.platform.engine.ProcessContract;
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
    int returns = ContractVariables.PLAN_RETURNS.get(execution) + 1;
    ContractVariables.PLAN_RETURNS.set(execution, returns);
    contracts.moveTo(ProcessContract.of(execution), ContractStage.PLAN_CONFIRMATION,
        "plan returned (" + returns + "): " + execution.getVariable(ContractVariables.PLAN_RETURN_REASON));
  }
}
