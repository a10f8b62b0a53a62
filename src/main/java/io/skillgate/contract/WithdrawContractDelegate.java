package io.skillgate.contract;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An admin resolved a plan dispute by withdrawing the contract: no training will start. */
@Component
public class WithdrawContractDelegate implements JavaDelegate {

  private final ContractService contracts;

  public WithdrawContractDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contracts.moveTo(ProcessContract.of(execution), ContractStage.WITHDRAWN,
        "withdrawn after a plan dispute: " + execution.getVariable(ContractVariables.DISPUTE_NOTE));
  }
}
