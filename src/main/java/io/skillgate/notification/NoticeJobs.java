package io.skillgate.notification;

import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

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
    create(DeliverNoticeJobHandler.TYPE, noticeId, null);
  }

  /** A job firing a task deadline (reminder or overdue escalation) at its time, unless one exists already. */
  static void deadlineOnce(TaskDeadline deadline) {
    String configuration = deadline.toCanonicalString();
    boolean scheduled = !Context.getCommandContext().getJobManager()
        .findJobsByConfiguration(TaskDeadlineJobHandler.TYPE, configuration, null).isEmpty();
    if (!scheduled) {
      create(TaskDeadlineJobHandler.TYPE, configuration, deadline.firesAt());
    }
  }

  private static void create(String type, String configuration, Date due) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfigurationRaw(configuration);
    job.setDuedate(due);
    Context.getCommandContext().getJobManager().send(job);
  }

  /** A job configuration that is just a string. */
  record Raw(String value) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return value;
    }
  }
}
