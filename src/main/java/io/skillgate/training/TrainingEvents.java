package io.skillgate.training;

import io.skillgate.contract.ContractRepository;
import org.springframework.stereotype.Component;

/** Writes training events to the contract's audit trail, which both parties read. */
@Component
public class TrainingEvents {

  private final ContractRepository contracts;

  public TrainingEvents(ContractRepository contracts) {
    this.contracts = contracts;
  }

  public void record(String contractId, String kind, String detail) {
    contracts.recordEvent(contractId, "process", kind, detail);
  }

  public static String describe(Milestone m) {
    return "milestone " + m.id() + " '" + m.name() + "' of " + m.memberId() + " (due " + m.dueDate() + ")";
  }
}
