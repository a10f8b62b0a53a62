package io.skillgate.reporting;

import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.platform.security.ClientOnly;
import io.skillgate.platform.web.ConflictException;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts the end-of-contract evaluation (its two feedback tasks) once per contract. The role rule
 * sits on the operation; the caller has resolved the contract first, so another vendor's
 * contract is a 404 before this rule can answer 403.
 */
@Service
public class EvaluationStart {

  private final RuntimeService runtime;
  private final HistoryService history;

  public EvaluationStart(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  public boolean started(String contractId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ReportingVariables.EVALUATION_PROCESS_KEY)
        .processInstanceBusinessKey(contractId).count() > 0;
  }

  @ClientOnly
  public void start(ContractSummary contract) {
    if (started(contract.id())) {
      throw new ConflictException("the evaluation of contract '" + contract.id() + "' has already been started");
    }
    runtime.startProcessInstanceByKey(ReportingVariables.EVALUATION_PROCESS_KEY, contract.id(),
        Map.of(ProcessVariables.CONTRACT_ID.name(), contract.id(), ProcessVariables.VENDOR_GROUP.name(), contract.vendorGroup()));
  }
}
