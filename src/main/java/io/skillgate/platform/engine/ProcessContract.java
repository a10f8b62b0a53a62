package io.skillgate.platform.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The contract a process instance works for: its business key, which SkillGate sets to the
 * contract id when it starts the instance (and passes on to called processes) and which no task
 * or REST call of a non-admin can change. A delegate that writes into a record by an id it read
 * from a variable first checks the record belongs to this contract, so an id from another
 * vendor's contract never reaches another vendor's record.
 */
public final class ProcessContract {

  private ProcessContract() {}

  public static String of(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public static String of(DelegateTask task) {
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }

  /** Refuses (nothing is written) when the record of that kind and id belongs to another contract. */
  public static void requireOwn(String recordContractId, String what, long id, DelegateExecution execution) {
    require(recordContractId, of(execution), what, id);
  }

  public static void requireOwn(String recordContractId, String what, long id, DelegateTask task) {
    require(recordContractId, of(task), what, id);
  }

  private static void require(String recordContractId, String processContractId, String what, long id) {
    if (processContractId == null || !processContractId.equals(recordContractId)) {
      throw new ProcessEngineException(what + " " + id + " is not a record of this process's contract; nothing was written");
    }
  }
}
