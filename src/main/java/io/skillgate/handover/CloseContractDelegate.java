package io.skillgate.handover;

import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both parties signed the handover off: the contract is closed. */
@Component
public class CloseContractDelegate implements JavaDelegate {

  private final HandoverService handovers;

  public CloseContractDelegate(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handovers.close(ProcessContract.of(execution),
        (String) execution.getVariable(HandoverVariables.CLIENT_SIGNATORY),
        (String) execution.getVariable(HandoverVariables.VENDOR_SIGNATORY));
  }
}
