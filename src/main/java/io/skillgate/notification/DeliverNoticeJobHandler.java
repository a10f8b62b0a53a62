package io.skillgate.notification;

import io.skillgate.platform.engine.EngineJob;

/**
 * The job that emails one notice. A failure (SMTP down) fails the job, and the engine retries it with
 * the backoff of {@code skillgate.notices.retry-cycle}; see {@link NoticeRetryPolicy}.
 */
class DeliverNoticeJobHandler implements EngineJob {

  static final String TYPE = "skillgate-deliver-notice";

  private final NoticeDelivery delivery;

  DeliverNoticeJobHandler(NoticeDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void execute(String noticeId) {
    delivery.deliver(noticeId);
  }
}
