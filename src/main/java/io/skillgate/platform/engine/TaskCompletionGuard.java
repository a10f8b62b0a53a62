package io.skillgate.platform.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every way of finishing a user task with variables (complete, submit-form, resolve, BPMN error,
 * escalation) may carry only the fields of the task's form, each with a value of the field's
 * type. Anything else is refused before the command runs, so nothing changes: 400 naming the
 * variable, through {@code /engine-rest}, the webapps' API and Java alike.
 *
 * <p>Why a command interceptor: every caller reaches the engine through these commands, so one
 * check covers every path, and the check runs before the command, where nothing can have been
 * written yet. A task listener would see the variables only after they were written, mixed with
 * those the process already had. The commands keep their variables in fields without getters;
 * they are read by reflection, and a missing field stops the application at start-up rather
 * than letting completions through unchecked (see {@link #SUBMITTED}).
 *
 * <p>Only the commands a caller starts are checked; those that SkillGate's own listeners and
 * delegates run inside another command are the model's own doing.
 */
public class TaskCompletionGuard extends CommandInterceptor {

  /** Where each command keeps its task id and its variables (checked when this class loads). */
  private static final Map<Class<?>, Field[]> SUBMITTED = Map.of(
      CompleteTaskCmd.class, fields(CompleteTaskCmd.class, "variables"),
      SubmitTaskFormCmd.class, fields(SubmitTaskFormCmd.class, "properties"),
      HandleTaskBpmnErrorCmd.class, fields(HandleTaskBpmnErrorCmd.class, "variables"),
      HandleTaskEscalationCmd.class, fields(HandleTaskEscalationCmd.class, "variables"));

  private static final Logger log = LoggerFactory.getLogger(TaskCompletionGuard.class);

  private final ProcessEngineConfigurationImpl engine;
  private final DeployedTaskOutputs outputs;

  public TaskCompletionGuard(ProcessEngineConfigurationImpl engine, DeployedTaskOutputs outputs) {
    this.engine = engine;
    this.outputs = outputs;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      check(command);
    }
    return next.execute(command);
  }

  private void check(Command<?> command) {
    Field[] fields = fieldsOf(command.getClass());
    if (fields == null) {
      return;
    }
    String taskId = (String) read(fields[0], command);
    Map<String, ?> variables = (Map<String, ?>) read(fields[1], command);
    if (taskId == null || variables == null || variables.isEmpty()) {
      return;
    }
    DeployedTaskOutputs.OpenTask task = engine.getCommandExecutorTxRequired().execute(context -> outputs.of(taskId, context));
    if (task == null) {
      return;
    }
    List<String> problems = task.outputs().problems(variables);
    if (!problems.isEmpty()) {
      log.warn("refused {} of task {} by user '{}': {}", command.getClass().getSimpleName(), taskId,
          ActingUser.of(engine.getIdentityService()), problems);
      throw refusal(command, "task '" + task.name() + "' takes only its form's fields: " + String.join("; ", problems));
    }
  }

  /**
   * Complete and submit-form turn a form field refusal into 400 in both REST APIs; the other
   * resources answer 400 for a bad user request.
   */
  private static RuntimeException refusal(Command<?> command, String message) {
    boolean completion = command instanceof SubmitTaskFormCmd
        || command instanceof CompleteTaskCmd && !(command instanceof ResolveTaskCmd);
    return completion ? new FormFieldValidationException(null, message) : new BadUserRequestException(message);
  }

  private static Field[] fieldsOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Field[] fields = SUBMITTED.get(c);
      if (fields != null) {
        return fields;
      }
    }
    return null;
  }

  private static Field[] fields(Class<?> command, String variables) {
    try {
      Field taskId = command.getDeclaredField("taskId");
      Field values = command.getDeclaredField(variables);
      taskId.setAccessible(true);
      values.setAccessible(true);
      return new Field[] {taskId, values};
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the engine's " + command.getSimpleName() + " changed: task completions "
          + "cannot be checked against their forms (see TaskCompletionGuard)", e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
