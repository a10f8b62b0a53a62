package io.skillgate.notification;

import io.skillgate.platform.engine.EngineAccess;
import io.skillgate.platform.security.AdminOnly;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Putting notices (back) on the way: an admin's re-send, and held notices once SMTP is configured. */
@Service
public class NoticeService {

  private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

  private final NoticeRepository notices;
  private final NoticeDelivery delivery;
  private final ProcessEngine engine;

  public NoticeService(NoticeRepository notices, NoticeDelivery delivery, ProcessEngine engine) {
    this.notices = notices;
    this.delivery = delivery;
    this.engine = engine;
  }

  /**
   * Queues a FAILED (or HELD) notice for a new round of attempts. The status change and the new
   * delivery job commit together; false if the notice is in no state that may be re-sent.
   */
  @AdminOnly
  public boolean resend(String noticeId) {
    return requeue(noticeId, Set.of(NoticeStatus.FAILED, NoticeStatus.HELD));
  }

  /** With SMTP configured, notices held while it was not are sent now (each node tries; only one wins each). */
  @EventListener(ApplicationReadyEvent.class)
  public void releaseHeldNotices() {
    if (!delivery.smtpConfigured()) {
      log.warn("No SMTP server configured (spring.mail.host / SKILLGATE_SMTP_HOST is empty): task notices are "
          + "recorded and visible in GET /api/notifications, but HELD and not emailed until one is configured.");
      return;
    }
    List<String> held = notices.idsWithStatus(NoticeStatus.HELD, 10_000);
    int released = (int) held.stream().filter(id -> requeue(id, Set.of(NoticeStatus.HELD))).count();
    if (released > 0) {
      log.info("SMTP is configured: {} held notice(s) queued for delivery", released);
    }
  }

  private boolean requeue(String noticeId, Set<NoticeStatus> from) {
    return EngineAccess.inCommand(engine, () -> {
      if (!delivery.smtpConfigured() || !notices.requeue(noticeId, from)) {
        return false;
      }
      NoticeJobs.deliver(noticeId);
      return true;
    });
  }
}
