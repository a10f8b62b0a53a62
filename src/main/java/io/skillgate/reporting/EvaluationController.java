package io.skillgate.reporting;

import io.skillgate.contract.ContractAccess;
import io.skillgate.contract.ContractSummary;
import io.skillgate.platform.security.SkillGateUser;
import java.util.List;
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
  private final EvaluationStart evaluationStart;

  public EvaluationController(ContractAccess access, TrainingEvaluation evaluation, ReportingRepository reports,
      EvaluationStart evaluationStart) {
    this.access = access;
    this.evaluation = evaluation;
    this.reports = reports;
    this.evaluationStart = evaluationStart;
  }

  public record Evaluation(String contractId, boolean started, List<String> summary,
      List<ReportingRepository.EvaluationFeedback> feedback) {}

  @GetMapping
  public Evaluation get(@PathVariable String id, SkillGateUser user) {
    ContractSummary contract = access.visible(user, id);
    return new Evaluation(contract.id(), evaluationStart.started(contract.id()), evaluation.summaryLines(contract.id()),
        reports.feedback(contract.id()));
  }

  /** Client side only ({@link EvaluationStart#start}); another vendor's contract is 404 first. */
  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Evaluation start(@PathVariable String id, SkillGateUser user) {
    evaluationStart.start(access.visible(user, id));
    return get(id, user);
  }
}
