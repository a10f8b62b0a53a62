package io.skillgate.notification;

import io.skillgate.platform.engine.ActingUser;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Added by {@link NoticeEngineWiring} to every user task of every process: on creation the task's
 * groups are told (and its deadlines scheduled); on (re)assignment the new assignee is told; on an
 * update (e.g. a new due date) deadlines are scheduled for the new due date.
 */
class TaskNoticeListener implements TaskListener {

  private final NoticeRecorder recorder;

  TaskNoticeListener(NoticeRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        // A task created with an assignee also fires "assignment" right after: that one tells the assignee.
        if (task.getAssignee() == null) {
          recorder.record(task, NoticeKind.TASK_CREATED, "created:" + task.getId());
        }
        recorder.scheduleFirstDeadlines(task);
      }
      case EVENTNAME_ASSIGNMENT -> {
        // Someone claiming a task in Tasklist needs no mail about it; an assignment by another does.
        if (task.getAssignee() != null && !task.getAssignee().equals(ActingUser.of(task.getProcessEngineServices()))) {
          // Each assignment is its own event, even back to the same user.
          recorder.record(task, NoticeKind.TASK_ASSIGNED, "assigned:" + task.getId() + ":" + UUID.randomUUID());
        }
      }
      // A changed due date gets its own reminder and escalation (the old deadlines see the change and do nothing).
      case EVENTNAME_UPDATE -> recorder.scheduleDeadlines(task);
      default -> { }
    }
  }
}
