package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A recorded notice becomes one text-and-HTML mail to one address, written without a service lookup per part. */
class NoticeMailerTest {

  final JavaMailSenderImpl sender = new JavaMailSenderImpl();

  @Test
  void aNoticeIsAMultipartMailToItsRecipientCarryingItsId() throws Exception {
    MimeMessage m = NoticeMailer.write(sender, "skillgate@example.org", mail("ana@northwind.example"));
    m.saveChanges();

    assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("ana@northwind.example");
    assertThat(m.getHeader(NoticeMailer.NOTICE_HEADER)).containsExactly("N-1");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    m.writeTo(raw);
    String written = raw.toString(StandardCharsets.UTF_8);
    assertThat(written).contains("Subject: Task due: Confirm upskilling plan", "Please confirm the plan.",
        "<p>Please confirm the plan.</p>");
    assertThat(((MimeMultipart) m.getContent()).getContentType()).startsWith("multipart/mixed");
  }

  @Test
  void aRecipientWithASecondAddressIsRefused() {
    assertThatThrownBy(() -> NoticeMailer.write(sender, "skillgate@example.org",
        mail("ana@northwind.example, eve@example.org")))
        .isInstanceOf(MailPreparationException.class).hasMessageContaining("exactly one address");
  }

  @Test
  void jakartaMailFindsItsStreamProviderByNameOnceANoticeWasWritten() {
    NoticeMailer.write(sender, "skillgate@example.org", mail("ana@northwind.example"));

    assertThat(System.getProperty(NoticeMailer.STREAM_PROVIDER)).isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
  }

  private static NoticeRepository.Mail mail(String recipient) {
    return new NoticeRepository.Mail("N-1", recipient, "Task due: Confirm upskilling plan", "Please confirm the plan.",
        "<p>Please confirm the plan.</p>", NoticeStatus.PENDING);
  }
}
