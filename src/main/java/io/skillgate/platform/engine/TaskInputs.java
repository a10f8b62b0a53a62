package io.skillgate.platform.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The one checker of task inputs. In a task's complete listener it checks that a form's decisive
 * fields were given, so a task completed through the REST API without them is refused with 400
 * (nothing changes) instead of failing later at a gateway:
 * {@code ${taskInputs.requireOneOf(task, 'planDecision', 'approve,return')}}. Features' own
 * listeners (evidence, scores, reports) build their rules from the static checks below, so every
 * refusal reads the same.
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
    requiredText(task, variable, variable, Integer.MAX_VALUE);
  }

  /** On task creation: forget the previous round's answers (a loop must not reuse them). */
  public void clear(DelegateTask task, String variablesCsv) {
    for (String name : variablesCsv.split(",")) {
      task.removeVariable(name.trim());
    }
  }

  /** A text that must be given, of at most {@code maxLength} characters (trimmed); returns it trimmed. */
  public static String requiredText(VariableScope scope, String variable, String label, int maxLength) {
    String value = limitedText(scope, variable, label, maxLength);
    if (value == null) {
      throw new BadUserRequestException(label + " is required");
    }
    return value;
  }

  /** A text that may be missing (null), else of at most {@code maxLength} characters (trimmed); returns it trimmed. */
  public static String limitedText(VariableScope scope, String variable, String label, int maxLength) {
    Object raw = scope.getVariable(variable);
    String value = raw == null || raw.toString().isBlank() ? null : raw.toString().trim();
    if (value != null && value.length() > maxLength) {
      throw new BadUserRequestException(label + " must be at most " + maxLength + " characters");
    }
    return value;
  }

  /**
   * A whole number from {@code min} to {@code max}, else refused with {@code variable} "must be a
   * whole number from min to max". A form sends a Long or a Double; {@code digitsAllowed} also
   * accepts the digits as text (as the REST API may send them).
   */
  public static int wholeNumber(VariableScope scope, String variable, int min, int max, boolean digitsAllowed) {
    Object raw = scope.getVariable(variable);
    Integer value = null;
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      value = n.intValue();
    } else if (digitsAllowed && raw instanceof String s && s.trim().matches("-?\\d{1,9}")) {
      value = Integer.parseInt(s.trim());
    }
    if (value == null || value < min || value > max) {
      throw new BadUserRequestException(variable + " must be a whole number from " + min + " to " + max);
    }
    return value;
  }

  /**
   * A date a form or the REST API sent: Camunda Forms' date picker submits "2027-05-01", the REST
   * API may send a full timestamp or a Date. Null when missing; a text that is no date throws
   * {@link java.time.format.DateTimeParseException}.
   */
  public static LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return EngineClock.dayOf(d.toInstant());
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** {@code variable} must be given when {@code choice} has the value {@code when}. */
  public void requireTextWhen(DelegateTask task, String variable, String choice, String when) {
    if (when.equals(String.valueOf(task.getVariable(choice)))) {
      requireText(task, variable);
    }
  }
}
