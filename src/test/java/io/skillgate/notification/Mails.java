package io.skillgate.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The mails GreenMail received for given notices (other tests' leftover notices may arrive too). */
final class Mails {

  private Mails() {}

  static List<MimeMessage> forNotices(GreenMailExtension mail, Collection<Notice> notices) {
    Set<String> ids = notices.stream().map(Notice::id).collect(Collectors.toSet());
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> ids.contains(noticeId(m))).toList();
  }

  static String noticeId(MimeMessage m) {
    try {
      String[] values = m.getHeader(NoticeMailer.NOTICE_HEADER);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded body part of the given type ("text/plain" or "text/html"). */
  static String part(Part message, String type) {
    try {
      if (message.isMimeType(type)) {
        return (String) message.getContent();
      }
      if (message.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = part(body, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
