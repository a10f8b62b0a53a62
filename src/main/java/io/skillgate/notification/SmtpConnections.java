package io.skillgate.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Open SMTP connections, kept between notices. {@link JavaMailSender#send} opens a connection, greets
 * the server and says goodbye for every mail: that handshake costs more than the mail itself (20 mails/s
 * that way against 230 over one open connection to a local server; docs/benchmark.md). Delivery threads
 * borrow a connection, send one mail and give it back. A borrowed connection is first asked whether it
 * still works (NOOP, one round trip), so a restarted server costs a reconnect, not a failed delivery;
 * a connection that failed is closed, never reused; idle ones are closed well before an SMTP server
 * would drop them (RFC 5321 lets servers close after five idle minutes).
 */
@Component
class SmtpConnections implements DisposableBean {

  /** Idle connections are looked at this often; the ones idle longer than MAX_IDLE are closed. */
  static final Duration CHECK_EVERY = Duration.ofSeconds(15);
  static final Duration MAX_IDLE = Duration.ofSeconds(60);
  /** As many as delivery threads send at once; beyond this many idle ones, a returned connection is closed. */
  static final int MAX_IDLE_CONNECTIONS = 8;

  private volatile Pool pool;

  /** Sends one mail over an open connection of the sender's server; Spring's mail exceptions, as send would. */
  void send(JavaMailSender sender, MimeMessage message) {
    if (!(sender instanceof JavaMailSenderImpl smtp)) {
      sender.send(message); // not an SMTP sender (none in the app): nothing to keep open
      return;
    }
    GenericObjectPool<Transport> connections = poolFor(smtp);
    Transport transport;
    try {
      transport = connections.borrowObject();
    } catch (AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (Exception e) {
      throw new MailSendException("cannot connect to the SMTP server " + smtp.getHost() + ":" + smtp.getPort(), e);
    }
    try {
      prepare(message);
      transport.sendMessage(message, message.getAllRecipients());
      connections.returnObject(transport);
    } catch (MessagingException | RuntimeException e) {
      invalidate(connections, transport);
      throw new MailSendException("the SMTP server did not take the mail", e);
    }
  }

  /** Connections opened so far to the current server: fewer than mails sent, when they are kept open. */
  long connectionsOpened() {
    Pool current = pool;
    return current == null ? 0 : current.connections.getCreatedCount();
  }

  /** What JavaMailSenderImpl does before it sends: a date, and headers written out (keeping a set Message-ID). */
  private static void prepare(MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
  }

  private static void invalidate(GenericObjectPool<Transport> connections, Transport transport) {
    try {
      connections.invalidateObject(transport);
    } catch (Exception e) {
      // closing a broken connection may fail too; it is out of the pool either way
    }
  }

  /** The sender is a singleton in the app; a new one (tests) gets a new pool and the old one is closed. */
  private GenericObjectPool<Transport> poolFor(JavaMailSenderImpl smtp) {
    Pool current = pool;
    if (current != null && current.sender == smtp) {
      return current.connections;
    }
    synchronized (this) {
      if (pool == null || pool.sender != smtp) {
        Pool old = pool;
        pool = new Pool(smtp, newPool(smtp));
        if (old != null) {
          old.connections.close();
        }
      }
      return pool.connections;
    }
  }

  private static GenericObjectPool<Transport> newPool(JavaMailSenderImpl smtp) {
    GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(-1); // bounded by the delivery threads
    config.setMaxIdle(MAX_IDLE_CONNECTIONS);
    config.setTestOnBorrow(true);
    config.setTimeBetweenEvictionRuns(CHECK_EVERY);
    config.setMinEvictableIdleDuration(MAX_IDLE);
    config.setJmxEnabled(false);
    return new GenericObjectPool<>(new TransportFactory(smtp), config);
  }

  @Override
  public synchronized void destroy() {
    if (pool != null) {
      pool.connections.close();
      pool = null;
    }
  }

  private record Pool(JavaMailSenderImpl sender, GenericObjectPool<Transport> connections) {}

  /** Connects with the sender's session and credentials, as JavaMailSenderImpl would for each mail. */
  private static final class TransportFactory extends BasePooledObjectFactory<Transport> {

    private final JavaMailSenderImpl smtp;

    TransportFactory(JavaMailSenderImpl smtp) {
      this.smtp = smtp;
    }

    @Override
    public Transport create() throws MessagingException {
      String protocol = smtp.getProtocol() == null ? "smtp" : smtp.getProtocol();
      Transport transport = smtp.getSession().getTransport(protocol);
      // Empty credentials (the unset environment variables) mean: no authentication.
      boolean anonymous = smtp.getUsername() == null || smtp.getUsername().isEmpty();
      transport.connect(smtp.getHost(), smtp.getPort(), anonymous ? null : smtp.getUsername(),
          anonymous ? null : smtp.getPassword());
      return transport;
    }

    @Override
    public PooledObject<Transport> wrap(Transport transport) {
      return new DefaultPooledObject<>(transport);
    }

    /** isConnected asks the server (NOOP) whether the connection still works. */
    @Override
    public boolean validateObject(PooledObject<Transport> p) {
      return p.getObject().isConnected();
    }

    @Override
    public void destroyObject(PooledObject<Transport> p) throws MessagingException {
      p.getObject().close();
    }
  }
}
