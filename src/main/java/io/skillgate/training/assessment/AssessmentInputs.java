package io.skillgate.training.assessment;

import io.skillgate.platform.engine.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The assessment form's rules, enforced again in the complete listener so the REST API cannot
 * bypass them: a whole-number score from 0 to 100 and a named assessor.
 */
@Component("assessmentInputs")
public class AssessmentInputs {

  public void requireResult(DelegateTask task) {
    int score = TaskInputs.wholeNumber(task, AssessmentVariables.SCORE.name(), 0, 100, true);
    // Stored as an Integer whatever the form sent (a Long from Camunda Forms, a String from REST).
    AssessmentVariables.SCORE.set(task, score);
    TaskInputs.requiredText(task, AssessmentVariables.ASSESSOR, AssessmentVariables.ASSESSOR, 200);
  }
}
