package io.skillgate.reporting;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Checks a feedback form on completion: a whole rating 1..5 and a text of at most 4000
 * characters: {@code ${evaluationInputs.check(task, 'vendorRating', 'vendorFeedback')}}.
 */
@Component("evaluationInputs")
public class EvaluationInputs {

  public void check(DelegateTask task, String ratingVariable, String feedbackVariable) {
    Object rating = task.getVariable(ratingVariable);
    if (!(rating instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1
        || n.intValue() > 5) {
      throw new BadUserRequestException(ratingVariable + " must be a whole number from 1 to 5");
    }
    Object feedback = task.getVariable(feedbackVariable);
    if (feedback == null || feedback.toString().isBlank() || feedback.toString().length() > 4000) {
      throw new BadUserRequestException(feedbackVariable + " is required (at most 4000 characters)");
    }
  }
}
