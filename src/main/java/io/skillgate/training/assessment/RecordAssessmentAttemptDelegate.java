package io.skillgate.training.assessment;

import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.training.Milestone;
import io.skillgate.training.MilestoneRepository;
import io.skillgate.training.ProcessMilestone;
import io.skillgate.training.TrainingEvents;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the scored attempt with the outcome the decision table gave, and counts the attempt:
 * after anything but a pass, the next round is the next attempt.
 */
@Component
public class RecordAssessmentAttemptDelegate implements JavaDelegate {

  private final MilestoneRepository milestones;
  private final AssessmentAttemptRepository attempts;
  private final TrainingEvents events;
  private final Clock clock;

  public RecordAssessmentAttemptDelegate(MilestoneRepository milestones, AssessmentAttemptRepository attempts,
      TrainingEvents events, Clock clock) {
    this.milestones = milestones;
    this.attempts = attempts;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone m = ProcessMilestone.of(milestones, execution);
    int attempt = (Integer) execution.getVariable(AssessmentVariables.ATTEMPT);
    int score = AssessmentVariables.SCORE.get(execution);
    String outcome = (String) execution.getVariable(AssessmentVariables.OUTCOME);
    attempts.insert(m.id(), m.contractId(), m.memberId(), m.requirementKey(), attempt, score,
        (String) execution.getVariable(AssessmentVariables.ASSESSOR), outcome, clock.instant());
    ProcessVariables.ASSESSMENT_PASSED.set(execution, "pass".equals(outcome));
    if (!"pass".equals(outcome)) {
      execution.setVariable(AssessmentVariables.ATTEMPT, attempt + 1);
    }
    events.record(m.contractId(), "ASSESSMENT_SCORED", m.memberId() + " " + m.requirementKey() + " attempt " + attempt
        + ": " + score + " -> " + outcome);
  }
}
