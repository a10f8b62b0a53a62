package io.skillgate.notification;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one notice, at most once. Runs in a delivery job, but every status change commits on its own
 * (REQUIRES_NEW), independent of the job's transaction:
 * <ol>
 *   <li>claim: PENDING → SENDING (conditional update: only one node or attempt can win),</li>
 *   <li>send over SMTP (an open connection, see {@link SmtpConnections}),</li>
 *   <li>SENT; or back to PENDING with the error if the server did not take it (the job fails and is retried).</li>
 * </ol>
 * If the job fails after step 3 (node crash, database hiccup at job completion), the retried job finds
 * the notice SENT and sends nothing. A notice left SENDING (the node died mid-send) is marked FAILED
 * rather than sent again: whether it arrived is unknown, and an admin decides whether to re-send.
 */
@Component
public class NoticeDelivery {

  private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

  private final NoticeRepository notices;
  private final SmtpServer smtp;
  private final SmtpConnections connections;
  private final NoticeSettings settings;
  private final TransactionTemplate separately;
  /** Fault injection for tests: runs after a notice was recorded SENT, inside the delivery job. */
  private volatile Runnable afterSent = () -> { };

  NoticeDelivery(NoticeRepository notices, SmtpServer smtp, SmtpConnections connections, NoticeSettings settings,
      PlatformTransactionManager transactions) {
    this.notices = notices;
    this.smtp = smtp;
    this.connections = connections;
    this.settings = settings;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public boolean smtpConfigured() {
    return smtp.configured();
  }

  void deliver(String noticeId) {
    JavaMailSender sender = smtp.sender().orElse(null);
    if (sender == null) {
      separately.executeWithoutResult(s -> notices.hold(noticeId));
      log.warn("Notice {} HELD, not sent: no SMTP server is configured (spring.mail.host)", noticeId);
      return;
    }
    // Claim and read in one transaction: one commit per notice fewer, and the mail read is the claimed one.
    Optional<NoticeRepository.Mail> claimed = separately.execute(s ->
        notices.claim(noticeId) ? notices.mail(noticeId) : Optional.<NoticeRepository.Mail>empty());
    if (claimed == null || claimed.isEmpty()) {
      handleUnclaimable(noticeId);
      return;
    }
    NoticeRepository.Mail mail = claimed.get();
    try {
      connections.send(sender, NoticeMailer.write(sender, settings.from(), mail));
    } catch (MailException e) {
      String error = NoticeRetryPolicy.describe(e);
      separately.executeWithoutResult(s -> notices.releaseAfterFailure(noticeId, error));
      log.info("Notice {} to {} not delivered yet: {}", noticeId, mail.recipient(), error);
      throw e;
    }
    separately.executeWithoutResult(s -> notices.markSent(noticeId));
    log.debug("Notice {} sent to {}", noticeId, mail.recipient());
    afterSent.run();
  }

  private void handleUnclaimable(String noticeId) {
    Optional<NoticeStatus> status = separately.execute(s -> notices.find(noticeId).map(Notice::status));
    if (status.isPresent() && status.get() == NoticeStatus.SENDING) {
      separately.executeWithoutResult(s -> notices.markFailed(noticeId,
          "an earlier attempt was interrupted while sending; it may or may not have arrived (re-send if needed)"));
      log.warn("Notice {}: an earlier attempt was interrupted mid-send; marked FAILED, not sent again", noticeId);
    }
    // SENT, FAILED, HELD or gone: nothing to do.
  }

  /** Test hook only: simulates a failure after a successful send. */
  void afterSent(Runnable hook) {
    this.afterSent = hook == null ? () -> { } : hook;
  }
}
