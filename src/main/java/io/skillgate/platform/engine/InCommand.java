package io.skillgate.platform.engine;

import java.util.Date;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * What features need from inside a running engine command (a listener, a delegate, an
 * {@link EngineJob}), which the public API does not offer. Kept here so an engine upgrade has one
 * place to check.
 */
public final class InCommand {

  private InCommand() {}

  /**
   * Creates a job of {@code type}, due at {@code due} (null: at once), in the current transaction.
   * It belongs to no execution, so it survives the process instance ending.
   */
  public static void sendJob(String type, String configuration, Date due) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfigurationRaw(configuration);
    job.setDuedate(due);
    context().getJobManager().send(job);
  }

  /** True when a job of this type and configuration exists (pending, running or failed). */
  public static boolean jobExists(String type, String configuration) {
    return !context().getJobManager().findJobsByConfiguration(type, configuration, null).isEmpty();
  }

  /** True when such a job exists other than the one now running. */
  public static boolean otherJobExists(String type, String configuration) {
    JobEntity running = context().getCurrentJob();
    return context().getJobManager().findJobsByConfiguration(type, configuration, null).stream()
        .anyMatch(j -> running == null || !j.getId().equals(running.getId()));
  }

  /** The task with this id as listeners see it, or null when it is gone. */
  public static DelegateTask findTask(String taskId) {
    return context().getTaskManager().findTaskById(taskId);
  }

  public static TaskService taskService() {
    return Context.getProcessEngineConfiguration().getTaskService();
  }

  public static IdentityService identityService() {
    return Context.getProcessEngineConfiguration().getIdentityService();
  }

  /** Runs {@code work} with the engine's authorization checks off, whoever the current user is. */
  public static <T> T withoutAuthorization(Callable<T> work) {
    return context().runWithoutAuthorization(work);
  }

  private static CommandContext context() {
    return Context.getCommandContext();
  }
}
