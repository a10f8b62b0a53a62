package io.skillgate.contract;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps a contract's stage in step with its programme. Called from execution listeners in the
 * models ({@code ${contractStages.enter(execution, 'PLAN_REVIEW')}}), so a process admin sees in
 * the diagram where each stage begins.
 */
@Component("contractStages")
public class ContractStages {

  private final ContractService contracts;

  public ContractStages(ContractService contracts) {
    this.contracts = contracts;
  }

  public void enter(DelegateExecution execution, String stage) {
    contracts.moveTo(ProcessContract.of(execution), ContractStage.valueOf(stage), null);
  }
}
