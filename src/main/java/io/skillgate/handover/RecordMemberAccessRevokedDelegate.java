package io.skillgate.handover;

import io.skillgate.platform.engine.ActingUser;
import io.skillgate.platform.engine.ProcessContract;
import io.skillgate.platform.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The client confirmed a departed member can no longer use its systems: record it for the handover report. */
@Component
public class RecordMemberAccessRevokedDelegate implements JavaDelegate {

  private final HandoverService handovers;

  public RecordMemberAccessRevokedDelegate(HandoverService handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The contract is the business key (no task can change it), so only this contract's rows are touched.
    handovers.recordMemberAccessRevoked(ProcessContract.of(execution), ProcessVariables.MEMBER_ID.get(execution),
        ActingUser.of(execution));
  }
}
