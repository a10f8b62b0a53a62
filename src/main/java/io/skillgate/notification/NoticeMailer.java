package io.skillgate.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Turns a recorded notice into a multipart (text + HTML) email. */
final class NoticeMailer {

  /** Lets a mail client or Mailpit relate a mail to its notice. */
  static final String NOTICE_HEADER = "X-SkillGate-Notice";

  /** The system property Jakarta Mail reads, before its ServiceLoader, to find its stream provider. */
  static final String STREAM_PROVIDER = StreamProvider.class.getName();

  static {
    // Jakarta Mail 2.1 finds its stream provider anew, through a ServiceLoader that reads every jar's
    // META-INF/services, each time it encodes or parses a part (jakartaee/mail-api#861): 51 of the 120
    // samples of a delivery in NoticeDeliveryBenchmark's flight recording. Named, it is one Class.forName
    // in the thread's context class loader, which for the delivery jobs (the only writers of mail) is the
    // application's. A JVM started with another provider named keeps it.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
    }
  }

  private NoticeMailer() {}

  static MimeMessage write(JavaMailSender sender, String from, NoticeRepository.Mail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      // Strict parse: an address with CR/LF or a second address is refused, never sent.
      InternetAddress[] to = InternetAddress.parse(mail.recipient(), true);
      if (to.length != 1) {
        throw new MailPreparationException("a notice goes to exactly one address");
      }
      helper.setTo(to[0]);
      helper.setSubject(NoticeTemplates.singleLine(mail.subject()));
      helper.setText(mail.text(), mail.html());
      message.setHeader(NOTICE_HEADER, mail.id());
    } catch (MessagingException e) {
      throw new MailPreparationException("notice " + mail.id() + " cannot be written as an email", e);
    }
    return message;
  }
}
