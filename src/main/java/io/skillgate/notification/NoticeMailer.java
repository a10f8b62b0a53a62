package io.skillgate.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Turns a recorded notice into a multipart (text + HTML) email. */
final class NoticeMailer {

  /** Lets a mail client or Mailpit relate a mail to its notice. */
  static final String NOTICE_HEADER = "X-SkillGate-Notice";

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
