package io.skillgate.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Fires a task's reminder or overdue escalation. Does nothing when the task is gone (completed,
 * deleted) or its due date has changed since the deadline was scheduled.
 */
class TaskDeadlineJobHandler implements JobHandler<TaskDeadline> {

  static final String TYPE = "skillgate-task-deadline";

  private final NoticeRecorder recorder;

  TaskDeadlineJobHandler(NoticeRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(TaskDeadline deadline, ExecutionEntity execution, CommandContext context, String tenantId) {
    TaskEntity task = context.getTaskManager().findTaskById(deadline.taskId());
    if (task == null || task.getDueDate() == null || task.getDueDate().getTime() != deadline.dueMillis()) {
      return;
    }
    recorder.record(task, deadline.kind(), deadline.eventId());
  }

  @Override
  public TaskDeadline newConfiguration(String canonical) {
    return TaskDeadline.parse(canonical);
  }

  @Override
  public void onDelete(TaskDeadline configuration, JobEntity job) {
    // nothing to clean up
  }
}
