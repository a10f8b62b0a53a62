package io.skillgate.worklist;

import io.skillgate.platform.engine.EngineClock;
import io.skillgate.platform.engine.EngineJob;
import io.skillgate.platform.engine.InCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
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
class TaskPrioritySweep implements EngineJob {

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

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void execute(String configuration) {
    raise(InCommand.taskService(), EngineClock.now());
    if (!InCommand.otherJobExists(TYPE, CONFIGURATION)) {
      schedule(Date.from(EngineClock.now().plus(interval)));
    }
  }

  /** Raises every open task whose priority is below what its due date calls for; returns how many. */
  static int raise(TaskService tasks, Instant now) {
    ZoneId zone = EngineClock.ZONE;
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
    InCommand.sendJob(TYPE, CONFIGURATION, at);
  }

  /** True when a sweep job exists (pending, running or failed); must run inside an engine command. */
  static boolean exists() {
    return InCommand.jobExists(TYPE, CONFIGURATION);
  }
}
