package io.skillgate.training.assessment;

import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.training.Milestone;
import io.skillgate.training.MilestoneRepository;
import io.skillgate.training.ProcessMilestone;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads the module's agreed assessment (kind, pass mark, attempts) from the milestone. */
@Component
public class LoadAssessmentDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;

  public LoadAssessmentDelegate(MilestoneRepository milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    execution.setVariable(AssessmentVariables.MODULE, m.requirementKey());
    execution.setVariable(AssessmentVariables.MODULE_NAME, m.name());
    execution.setVariable(AssessmentVariables.ASSESSMENT_KIND, m.assessmentKind());
    execution.setVariable(AssessmentVariables.ASSESSMENT_KIND_NAME, AssessmentVariables.kindName(m.assessmentKind()));
    execution.setVariable(AssessmentVariables.PASS_MARK, m.passMark());
    execution.setVariable(AssessmentVariables.MAX_ATTEMPTS, m.maxAttempts() == null ? 1 : m.maxAttempts());
    execution.setVariable(AssessmentVariables.ATTEMPT, 1);
    ProcessVariables.ASSESSMENT_PASSED.set(execution, false);
  }
}
