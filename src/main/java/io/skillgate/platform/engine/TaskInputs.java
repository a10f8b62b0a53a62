package io.skillgate.platform.engine;

import java.util.Arrays;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Checks, in a task's complete listener, that a form's decisive fields were given. A task
 * completed through the REST API without them is refused with 400 instead of failing later
 * at a gateway: {@code ${taskInputs.requireOneOf(task, 'planDecision', 'approve,return')}}.
 */
@Component("taskInputs")
public class TaskInputs {

  public void requireOneOf(DelegateTask task, String variable, String allowedCsv) {
    Object value = task.getVariable(variable);
    String[] allowed = allowedCsv.split(",");
    if (value == null || Arrays.stream(allowed).noneMatch(a -> a.equals(value.toString()))) {
      throw new BadUserRequestException(variable + " must be one of: " + allowedCsv);
    }
  }

  public void requireText(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(variable + " is required");
    }
  }

  /** On task creation: forget the previous round's answers (a loop must not reuse them). */
  public void clear(DelegateTask task, String variablesCsv) {
    for (String name : variablesCsv.split(",")) {
      task.removeVariable(name.trim());
    }
  }

  /** {@code variable} must be given when {@code choice} has the value {@code when}. */
  public void requireTextWhen(DelegateTask task, String variable, String choice, String when) {
    if (when.equals(String.valueOf(task.getVariable(choice)))) {
      requireText(task, variable);
    }
  }
}
