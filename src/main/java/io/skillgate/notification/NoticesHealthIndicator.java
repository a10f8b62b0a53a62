package io.skillgate.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * {@code notices} in {@code /actuator/health}. Always UP: with SMTP down, notices wait and are retried,
 * the application keeps working. The details say whether SMTP is configured and reachable, and how many
 * notices are pending, held or failed, so monitoring can alert on those instead.
 */
@Component
public class NoticesHealthIndicator implements HealthIndicator {

  private static final int CONNECT_TIMEOUT_MILLIS = 1000;

  private final SmtpServer smtp;
  private final NoticeRepository notices;

  public NoticesHealthIndicator(SmtpServer smtp, NoticeRepository notices) {
    this.smtp = smtp;
    this.notices = notices;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up();
    JavaMailSender sender = smtp.sender().orElse(null);
    health.withDetail("smtpConfigured", sender != null);
    if (sender instanceof JavaMailSenderImpl smtp && smtp.getHost() != null) {
      boolean reachable = reachable(smtp.getHost(), smtp.getPort() > 0 ? smtp.getPort() : 25);
      health.withDetail("smtpReachable", reachable);
      if (!reachable) {
        health.withDetail("smtp", "unreachable: notices wait and are retried; the application is unaffected");
      }
    }
    Map<NoticeStatus, Long> counts = notices.countByStatus();
    for (NoticeStatus status : NoticeStatus.values()) {
      if (status != NoticeStatus.SENT) {
        health.withDetail(status.name().toLowerCase(), counts.getOrDefault(status, 0L));
      }
    }
    return health.build();
  }

  private static boolean reachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
