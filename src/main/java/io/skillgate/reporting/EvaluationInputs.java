package io.skillgate.reporting;

import io.skillgate.platform.engine.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Checks a feedback form on completion: a whole rating 1..5 and a text of at most 4000
 * characters: {@code ${evaluationInputs.check(task, 'vendorRating', 'vendorFeedback')}}.
 */
@Component("evaluationInputs")
public class EvaluationInputs {

  public void check(DelegateTask task, String ratingVariable, String feedbackVariable) {
    TaskInputs.wholeNumber(task, ratingVariable, 1, 5, false);
    TaskInputs.requiredText(task, feedbackVariable, feedbackVariable, 4000);
  }
}
