package io.skillgate.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.CaseExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.CreateCaseInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user who is not a process admin writes variables only by completing their own task with its
 * form's fields ({@link TaskCompletionGuard}). Every other engine command that writes variables
 * or moves a process from outside (task, execution and instance variables, binary variable data,
 * messages, signals, conditions, process starts, modifications, external tasks) is refused with
 * 403 before it runs, whatever permissions the user's groups hold: those permissions are granted
 * for reading and for working on tasks, and a grant added later must not reopen this.
 *
 * <p>Commands without an authenticated user (SkillGate's own code, the job executor) and those
 * that run inside another command (listeners and delegates) are not this guard's business.
 */
public class VariableWriteGuard extends CommandInterceptor {

  static final String REFUSAL = "only process admins write process variables or start, message or signal "
      + "processes; complete your task with its form's fields instead";

  private static final List<Class<?>> WRITES_VARIABLES = List.of(
      AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
      AbstractCorrelateMessageCmd.class, MessageEventReceivedCmd.class, SignalCmd.class, SignalEventReceivedCmd.class,
      EvaluateStartConditionCmd.class, StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class,
      SubmitStartFormCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
      AbstractModificationCmd.class, AbstractRestartProcessInstanceCmd.class, RestartProcessInstancesBatchCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class, HandleExternalTaskCmd.class, CaseExecutionVariableCmd.class,
      CreateCaseInstanceCmd.class);

  private static final Logger log = LoggerFactory.getLogger(VariableWriteGuard.class);

  private final ProcessEngineConfigurationImpl engine;

  public VariableWriteGuard(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null && writesVariables(command) && actsAsNonAdmin()) {
      log.warn("refused {} of user '{}': only process admins write variables outside a task's form",
          command.getClass().getSimpleName(), ActingUser.of(engine.getIdentityService()));
      throw new AuthorizationException(REFUSAL);
    }
    return next.execute(command);
  }

  static boolean writesVariables(Command<?> command) {
    return WRITES_VARIABLES.stream().anyMatch(type -> type.isInstance(command));
  }

  private boolean actsAsNonAdmin() {
    ActingUser.Caller user = ActingUser.caller(engine.getIdentityService());
    if (user == null) {
      return false;
    }
    boolean adminUser = engine.getAdminUsers() != null && engine.getAdminUsers().contains(user.id());
    boolean adminGroup = engine.getAdminGroups() != null && user.groups().stream().anyMatch(engine.getAdminGroups()::contains);
    return !adminUser && !adminGroup;
  }
}
