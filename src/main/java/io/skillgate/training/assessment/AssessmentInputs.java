package io.skillgate.training.assessment;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The assessment form's rules, enforced again in the complete listener so the REST API cannot
 * bypass them: a whole-number score from 0 to 100 and a named assessor.
 */
@Component("assessmentInputs")
public class AssessmentInputs {

  public void requireResult(DelegateTask task) {
    Object raw = task.getVariable(AssessmentVariables.SCORE.name());
    Integer score = null;
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      score = n.intValue();
    } else if (raw instanceof String s && s.trim().matches("-?\\d{1,9}")) {
      score = Integer.parseInt(s.trim());
    }
    if (score == null || score < 0 || score > 100) {
      throw new BadUserRequestException("score must be a whole number from 0 to 100");
    }
    // Stored as an Integer whatever the form sent (a Long from Camunda Forms, a String from REST).
    AssessmentVariables.SCORE.set(task, score);
    Object assessor = task.getVariable(AssessmentVariables.ASSESSOR);
    if (assessor == null || assessor.toString().isBlank()) {
      throw new BadUserRequestException("assessor is required");
    }
    if (assessor.toString().length() > 200) {
      throw new BadUserRequestException("assessor must be at most 200 characters");
    }
  }
}
