package io.skillgate.notification;

import io.skillgate.platform.engine.EngineJob;
import io.skillgate.platform.engine.InCommand;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Fires a task's reminder or overdue escalation. Does nothing when the task is gone (completed,
 * deleted) or its due date has changed since the deadline was scheduled.
 */
class TaskDeadlineJobHandler implements EngineJob {

  static final String TYPE = "skillgate-task-deadline";

  private final NoticeRecorder recorder;

  TaskDeadlineJobHandler(NoticeRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void execute(String configuration) {
    TaskDeadline deadline = TaskDeadline.parse(configuration);
    DelegateTask task = InCommand.findTask(deadline.taskId());
    if (task == null || task.getDueDate() == null || task.getDueDate().getTime() != deadline.dueMillis()) {
      return;
    }
    recorder.recordOnce(task, deadline.kind(), deadline.eventId());
  }
}
