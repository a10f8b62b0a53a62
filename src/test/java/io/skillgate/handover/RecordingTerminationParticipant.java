package io.skillgate.handover;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * A test participant, found by component scanning, so the one shared test context has it too:
 * records every termination it is told about, and fails for the contracts a test names.
 */
@Component
public class RecordingTerminationParticipant implements ContractTerminationParticipant {

  public record Call(String contractId, String reason) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Set<String> failFor = ConcurrentHashMap.newKeySet();

  @Override
  public void endByTermination(String contractId, String reason) {
    if (failFor.contains(contractId)) {
      throw new IllegalStateException("training could not close its milestones of " + contractId);
    }
    calls.add(new Call(contractId, reason));
  }

  public List<Call> callsFor(String contractId) {
    return calls.stream().filter(c -> c.contractId().equals(contractId)).toList();
  }

  public void failFor(String contractId) {
    failFor.add(contractId);
  }
}
