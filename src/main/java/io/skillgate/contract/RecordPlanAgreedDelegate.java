package io.skillgate.contract;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both parties agreed the upskilling plan (seed strategy 1: skill growth as a shared objective). */
@Component
public class RecordPlanAgreedDelegate implements JavaDelegate {

  private final ContractService contracts;

  public RecordPlanAgreedDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contracts.moveTo(ProcessContract.of(execution), ContractStage.PLAN_AGREED,
        "plan agreed after " + ContractVariables.PLAN_RETURNS.get(execution) + " return(s)");
  }
}
