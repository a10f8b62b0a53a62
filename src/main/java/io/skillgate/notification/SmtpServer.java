package io.skillgate.notification;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The configured SMTP server, if there is one. Boot creates a mail sender as soon as
 * {@code spring.mail.host} is defined, even as an empty string (the embedded default), so "configured"
 * here means: a sender exists and names a host.
 */
@Component
public class SmtpServer {

  private final ObjectProvider<JavaMailSender> senders;

  public SmtpServer(ObjectProvider<JavaMailSender> senders) {
    this.senders = senders;
  }

  public Optional<JavaMailSender> sender() {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender instanceof JavaMailSenderImpl smtp && (smtp.getHost() == null || smtp.getHost().isBlank())) {
      return Optional.empty();
    }
    return Optional.ofNullable(sender);
  }

  public boolean configured() {
    return sender().isPresent();
  }
}
