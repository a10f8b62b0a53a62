package io.skillgate.training;

import io.skillgate.contract.ContractJournal;
import org.springframework.stereotype.Component;

/** Writes training events to the contract's audit trail, which both parties read. */
@Component
public class TrainingEvents {

  private final ContractJournal journal;

  public TrainingEvents(ContractJournal journal) {
    this.journal = journal;
  }

  public void record(String contractId, String kind, String detail) {
    journal.recordEvent(contractId, "process", kind, detail);
  }

  public static String describe(Milestone m) {
    return "milestone " + m.id() + " '" + m.name() + "' of " + m.memberId() + " (due " + m.dueDate() + ")";
  }
}
