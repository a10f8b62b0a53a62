package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The embedded default defines spring.mail.host as empty: that is "no SMTP", and notices are HELD. */
class SmtpServerTest {

  @Test
  void anEmptyHostIsNotConfigured() {
    assertThat(smtp(sender("")).configured()).isFalse();
    assertThat(smtp(sender(null)).configured()).isFalse();
  }

  @Test
  void noSenderIsNotConfigured() {
    assertThat(new SmtpServer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class)).configured()).isFalse();
  }

  @Test
  void aHostIsConfigured() {
    assertThat(smtp(sender("mailpit")).configured()).isTrue();
  }

  private static JavaMailSenderImpl sender(String host) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(host);
    return sender;
  }

  private static SmtpServer smtp(JavaMailSender sender) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mailSender", sender);
    return new SmtpServer(beans.getBeanProvider(JavaMailSender.class));
  }
}
