package io.skillgate.reporting;

import io.skillgate.contract.ContractAccess;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.platform.web.ConflictException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/contracts/{id}/evaluation}: the end-of-contract summary (both parties read it) and,
 * for the client side, starting the evaluation with its two feedback tasks. Normally the
 * programme starts it at the contract's exit; the API is for contracts ended early.
 */
@RestController
@RequestMapping("/api/contracts/{id}/evaluation")
public class EvaluationController {

  private final ContractAccess access;
  private final TrainingEvaluation evaluation;
  private final ReportingRepository reports;
  private final RuntimeService runtime;
  private final HistoryService history;

  public EvaluationController(ContractAccess access, TrainingEvaluation evaluation, ReportingRepository reports,
      RuntimeService runtime, HistoryService history) {
    this.access = access;
    this.evaluation = evaluation;
    this.reports = reports;
    this.runtime = runtime;
    this.history = history;
  }

  public record Evaluation(String contractId, boolean started, List<String> summary,
      List<ReportingRepository.EvaluationFeedback> feedback) {}

  @GetMapping
  public Evaluation get(@PathVariable String id, SkillGateUser user) {
    ContractSummary contract = access.visible(user, id);
    return new Evaluation(contract.id(), started(contract.id()), evaluation.summaryLines(contract.id()),
        reports.feedback(contract.id()));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Evaluation start(@PathVariable String id, SkillGateUser user) {
    ContractSummary contract = access.visibleToClient(user, id);
    if (started(contract.id())) {
      throw new ConflictException("the evaluation of contract '" + contract.id() + "' has already been started");
    }
    runtime.startProcessInstanceByKey(ReportingVariables.EVALUATION_PROCESS_KEY, contract.id(),
        Map.of(ReportingVariables.CONTRACT_ID, contract.id(), ReportingVariables.VENDOR_GROUP, contract.vendorGroup()));
    return get(id, user);
  }

  private boolean started(String contractId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ReportingVariables.EVALUATION_PROCESS_KEY)
        .processInstanceBusinessKey(contractId).count() > 0;
  }
}
