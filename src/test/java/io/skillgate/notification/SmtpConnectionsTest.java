package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mails go over kept-open connections, and a server that went away costs a reconnect, not a mail. */
class SmtpConnectionsTest {

  static final int PORT = ServerSetupTest.SMTP.getPort() + 7;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(PORT));

  final JavaMailSenderImpl sender = sender();
  final SmtpConnections connections = new SmtpConnections();

  @AfterEach
  void close() {
    connections.destroy();
  }

  @Test
  void mailsShareOneConnection() {
    for (int i = 0; i < 5; i++) {
      connections.send(sender, message("mail " + i));
    }
    assertThat(subjects()).containsExactlyInAnyOrder("mail 0", "mail 1", "mail 2", "mail 3", "mail 4");
    assertThat(connections.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void aRestartedServerGetsTheNextMailOverANewConnection() {
    connections.send(sender, message("before"));
    mail.reset(); // stops and starts the server: the kept connection is dead
    connections.send(sender, message("after"));
    assertThat(subjects()).containsExactly("after");
    assertThat(connections.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aServerThatIsDownFailsTheSendAndTheNextOneWorksOnceItIsBack() {
    connections.send(sender, message("first"));
    mail.stop();
    assertThatThrownBy(() -> connections.send(sender, message("while down")))
        .isInstanceOf(MailSendException.class).hasMessageContaining("localhost:" + PORT);
    mail.start();
    connections.send(sender, message("back"));
    assertThat(subjects()).containsExactly("back");
  }

  private String[] subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toArray(String[]::new);
  }

  private MimeMessage message(String subject) {
    MimeMessage m = sender.createMimeMessage();
    try {
      m.setFrom("skillgate@localhost");
      m.setRecipients(MimeMessage.RecipientType.TO, "vic@northwind.example");
      m.setSubject(subject);
      m.setText("body of " + subject);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  private static JavaMailSenderImpl sender() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(PORT);
    sender.setUsername("");
    sender.setPassword("");
    return sender;
  }
}
