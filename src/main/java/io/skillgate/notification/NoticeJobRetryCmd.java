package io.skillgate.notification;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * What the engine does after a job failed. Notice jobs belong to no activity, so the engine would retry
 * them at once, three times; here they get the backoff of {@code skillgate.notices.retry-cycle}
 * instead, and when no retries are left the notice is marked FAILED (the engine raises its incident,
 * visible in Cockpit). Every other job keeps the engine's default behaviour.
 */
class NoticeJobRetryCmd extends DefaultJobRetryCmd {

  private static final Set<String> NOTICE_JOBS = Set.of(DeliverNoticeJobHandler.TYPE, TaskDeadlineJobHandler.TYPE);

  private final String retryCycle;
  private final NoticeRepository notices;

  NoticeJobRetryCmd(String jobId, Throwable exception, String retryCycle, NoticeRepository notices) {
    super(jobId, exception);
    this.retryCycle = retryCycle;
    this.notices = notices;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null || !NOTICE_JOBS.contains(job.getJobHandlerType())) {
      return super.execute(commandContext);
    }
    try {
      executeCustomStrategy(commandContext, job, null);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ProcessEngineException("cannot apply the notice retry cycle '" + retryCycle + "'", e);
    }
    if (job.getRetries() <= 0 && DeliverNoticeJobHandler.TYPE.equals(job.getJobHandlerType())) {
      notices.markFailed(job.getJobHandlerConfigurationRaw(), exception == null ? null : describe(exception));
    }
    return null;
  }

  @Override
  public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
    return activity == null ? ParseUtil.parseRetryIntervals(retryCycle) : super.getFailedJobRetryConfiguration(job, activity);
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage();
    return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }
}
