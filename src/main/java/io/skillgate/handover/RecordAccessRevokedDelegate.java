package io.skillgate.handover;

import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engine.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The client confirmed that no vendor member can use a system any more: record it per member. */
@Component
public class RecordAccessRevokedDelegate implements JavaDelegate {

  private final HandoverService handovers;

  public RecordAccessRevokedDelegate(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handovers.recordAccessRevoked(ProcessContract.of(execution),
        (String) execution.getVariable(HandoverVariables.SYSTEM), ActingUser.of(execution));
  }
}
