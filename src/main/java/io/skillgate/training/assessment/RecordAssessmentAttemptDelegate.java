package io.skillgate.training.assessment;

import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.training.Milestone;
import io.skillgate.training.MilestoneRepository;
import io.skillgate.training.MilestoneService;
import io.skillgate.training.ProcessMilestone;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the scored attempt with the outcome the decision table gave and sets the next round's
 * attempt number (see {@link MilestoneService#recordAttempt}).
 */
@Component
public class RecordAssessmentAttemptDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final MilestoneService service;

  public RecordAssessmentAttemptDelegate(MilestoneRepository milestones, MilestoneService service) {
    this.milestones = milestones;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    int attempt = (Integer) execution.getVariable(AssessmentVariables.ATTEMPT);
    MilestoneService.AttemptResult result = service.recordAttempt(m, attempt, AssessmentVariables.SCORE.get(execution),
        (String) execution.getVariable(AssessmentVariables.ASSESSOR),
        (String) execution.getVariable(AssessmentVariables.OUTCOME));
    ProcessVariables.ASSESSMENT_PASSED.set(execution, result.passed());
    if (result.nextAttempt() != attempt) {
      execution.setVariable(AssessmentVariables.ATTEMPT, result.nextAttempt());
    }
  }
}
