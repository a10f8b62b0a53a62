package io.skillgate.worklist;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Raises the priority of open tasks as their due dates near or pass, once an interval, as an
 * engine job (like the notices' jobs): whichever node's job executor locks it runs it, so two
 * nodes never sweep at once, and a failed sweep is retried by the engine. A sweep only raises
 * (never lowers, so a priority a process set on purpose, such as an escalation, stays) and is
 * idempotent: running it twice changes nothing the second time.
 *
 * <p>Each sweep schedules the next. Every node makes sure at start-up that one sweep is pending;
 * if two nodes start together and both create one, the next sweep that finds another one pending
 * does not schedule a successor, so one remains.
 */
class TaskPrioritySweep implements JobHandler<TaskPrioritySweep.Config> {

  static final String TYPE = "skillgate-task-priority";
  /** Tasks due later than this cannot rise this time (see TaskPriorities: beyond 10 business days). */
  private static final Duration HORIZON = Duration.ofDays(16);
  private static final int BATCH = 2000;

  private final Duration interval;

  TaskPrioritySweep(Duration interval) {
    this.interval = interval;
  }

  /** Every sweep job carries the same configuration, by which the sweeps are found. */
  static final String CONFIGURATION = "sweep";

  record Config() implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return CONFIGURATION;
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Config config, ExecutionEntity execution, CommandContext context, String tenantId) {
    raise(context.getProcessEngineConfiguration().getTaskService(), ClockUtil.getCurrentTime().toInstant());
    JobEntity running = context.getCurrentJob();
    boolean anotherPending = context.getJobManager().findJobsByConfiguration(TYPE, CONFIGURATION, null).stream()
        .anyMatch(j -> running == null || !j.getId().equals(running.getId()));
    if (!anotherPending) {
      schedule(Date.from(ClockUtil.getCurrentTime().toInstant().plus(interval)));
    }
  }

  /** Raises every open task whose priority is below what its due date calls for; returns how many. */
  static int raise(TaskService tasks, Instant now) {
    ZoneId zone = ZoneId.systemDefault();
    List<Task> due = tasks.createTaskQuery().active().dueBefore(Date.from(now.plus(HORIZON)))
        .taskMaxPriority(TaskPriorities.OVERDUE - 1).orderByDueDate().asc().listPage(0, BATCH);
    int raised = 0;
    for (Task task : due) {
      int wanted = TaskPriorities.of(task.getDueDate().toInstant(), now, zone);
      if (wanted > task.getPriority()) {
        tasks.setPriority(task.getId(), wanted);
        raised++;
      }
    }
    return raised;
  }

  /** Creates a sweep job due at {@code at}; must run inside an engine command. */
  static void schedule(Date at) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfigurationRaw(CONFIGURATION);
    job.setDuedate(at);
    Context.getCommandContext().getJobManager().send(job);
  }

  /** True when a sweep job exists (pending, running or failed); must run inside an engine command. */
  static boolean exists() {
    return !Context.getCommandContext().getJobManager().findJobsByConfiguration(TYPE, CONFIGURATION, null).isEmpty();
  }

  @Override
  public Config newConfiguration(String canonical) {
    return new Config();
  }

  @Override
  public void onDelete(Config configuration, JobEntity job) {
    // nothing to clean up
  }
}
