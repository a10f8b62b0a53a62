package io.skillgate.notification;

import io.skillgate.platform.engine.JobRetryPolicy;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Notice jobs are retried with the backoff of {@code skillgate.notices.retry-cycle}; when no
 * retries are left the notice is marked FAILED (the engine raises its incident, visible in
 * Cockpit).
 */
@Component
class NoticeRetryPolicy implements JobRetryPolicy {

  private static final Set<String> NOTICE_JOBS = Set.of(DeliverNoticeJobHandler.TYPE, TaskDeadlineJobHandler.TYPE);

  private final NoticeSettings settings;
  private final NoticeRepository notices;

  NoticeRetryPolicy(NoticeSettings settings, NoticeRepository notices) {
    this.settings = settings;
    this.notices = notices;
  }

  @Override
  public boolean handles(String jobType) {
    return NOTICE_JOBS.contains(jobType);
  }

  @Override
  public String retryCycle() {
    return settings.retryCycle();
  }

  @Override
  public void exhausted(String jobType, String configuration, Throwable failure) {
    if (DeliverNoticeJobHandler.TYPE.equals(jobType)) {
      notices.markFailed(configuration, failure == null ? null : describe(failure));
    }
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
