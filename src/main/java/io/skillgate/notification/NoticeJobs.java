package io.skillgate.notification;

import io.skillgate.platform.engine.InCommand;

/**
 * Creates the engine jobs that deliver notices and fire task deadlines. Must run inside an engine
 * command: the job row is written in the same transaction as the notice or task that needs it.
 * The jobs are deliberately not attached to the task's execution, so they survive the process
 * instance ending (a notice about the last task must still go out).
 */
final class NoticeJobs {

  private NoticeJobs() {}

  /** A job delivering one notice as soon as the job executor picks it up. */
  static void deliver(String noticeId) {
    InCommand.sendJob(DeliverNoticeJobHandler.TYPE, noticeId, null);
  }

  /** A job firing a task deadline (reminder or overdue escalation) at its time. */
  static void deadline(TaskDeadline deadline) {
    InCommand.sendJob(TaskDeadlineJobHandler.TYPE, deadline.toCanonicalString(), deadline.firesAt());
  }

  /** The same, unless such a job exists already. */
  static void deadlineOnce(TaskDeadline deadline) {
    if (!InCommand.jobExists(TaskDeadlineJobHandler.TYPE, deadline.toCanonicalString())) {
      deadline(deadline);
    }
  }
}
