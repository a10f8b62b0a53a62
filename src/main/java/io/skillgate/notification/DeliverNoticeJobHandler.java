package io.skillgate.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The job that emails one notice. A failure (SMTP down) fails the job, and the engine retries it with
 * the backoff of {@code skillgate.notices.retry-cycle}; see {@link NoticeJobRetryCmd}.
 */
class DeliverNoticeJobHandler implements JobHandler<NoticeJobs.Raw> {

  static final String TYPE = "skillgate-deliver-notice";

  private final NoticeDelivery delivery;

  DeliverNoticeJobHandler(NoticeDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(NoticeJobs.Raw noticeId, ExecutionEntity execution, CommandContext context, String tenantId) {
    delivery.deliver(noticeId.value());
  }

  @Override
  public NoticeJobs.Raw newConfiguration(String canonical) {
    return new NoticeJobs.Raw(canonical);
  }

  @Override
  public void onDelete(NoticeJobs.Raw configuration, JobEntity job) {
    // nothing to clean up: the notice row keeps its state
  }
}
