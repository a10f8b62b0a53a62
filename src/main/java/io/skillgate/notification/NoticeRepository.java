package io.skillgate.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notice} table. Status changes are conditional updates ("only if still PENDING"), so two
 * nodes or a retried job can never both claim the same notice.
 */
@Repository
public class NoticeRepository {

  private static final String COLUMNS = "id, kind, recipient, vendor_group, contract_id, task_id, task_name, subject, "
      + "status, attempts, last_error, created_at, sent_at";

  private static final RowMapper<Notice> NOTICE = (rs, i) -> new Notice(
      rs.getString("id"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
      rs.getString("vendor_group"), rs.getString("contract_id"), rs.getString("task_id"), rs.getString("task_name"),
      rs.getString("subject"), NoticeStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
      rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
      rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());

  private final JdbcClient jdbc;
  private final Clock clock;

  public NoticeRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The rendered mail, ready to send. */
  public record Mail(String id, String recipient, String subject, String text, String html, NoticeStatus status) {}

  public void insert(String id, String eventId, NoticeKind kind, String recipient, String vendorGroup,
      String contractId, String taskId, String taskName, String processInstanceId, NoticeTemplates.Rendered mail,
      NoticeStatus status) {
    Timestamp now = now();
    jdbc.sql("INSERT INTO notice (id, event_id, kind, recipient, vendor_group, contract_id, task_id, task_name, "
            + "process_instance_id, subject, body_text, body_html, status, attempts, created_at, updated_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)")
        .params(id, eventId, kind.name(), recipient, vendorGroup, contractId, taskId, truncate(taskName, 255),
            processInstanceId, mail.subject(), mail.text(), mail.html(), status.name(), now, now)
        .update();
  }

  public boolean eventRecorded(String eventId) {
    return jdbc.sql("SELECT COUNT(*) FROM notice WHERE event_id = ?").param(eventId).query(Long.class).single() > 0;
  }

  public Optional<Notice> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM notice WHERE id = ?").param(id).query(NOTICE).optional();
  }

  public Optional<Mail> mail(String id) {
    return jdbc.sql("SELECT id, recipient, subject, body_text, body_html, status FROM notice WHERE id = ?")
        .param(id)
        .query((rs, i) -> new Mail(rs.getString("id"), rs.getString("recipient"), rs.getString("subject"),
            rs.getString("body_text"), rs.getString("body_html"), NoticeStatus.valueOf(rs.getString("status"))))
        .optional();
  }

  /** Notices matching the filter, newest first; {@code vendorGroups} null means all vendors' and the client's. */
  public List<Notice> search(String contractId, NoticeStatus status, String recipient, Collection<String> vendorGroups,
      int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notice WHERE 1=1");
    List<Object> params = new ArrayList<>();
    if (contractId != null) {
      sql.append(" AND contract_id = ?");
      params.add(contractId);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      params.add(status.name());
    }
    if (recipient != null) {
      sql.append(" AND LOWER(recipient) = ?");
      params.add(recipient.toLowerCase());
    }
    if (vendorGroups != null) {
      if (vendorGroups.isEmpty()) {
        return List.of();
      }
      sql.append(" AND vendor_group IN (")
          .append(vendorGroups.stream().map(g -> "?").collect(Collectors.joining(","))).append(")");
      params.addAll(vendorGroups);
    }
    sql.append(" ORDER BY created_at DESC, id FETCH FIRST ").append(limit).append(" ROWS ONLY");
    return jdbc.sql(sql.toString()).params(params).query(NOTICE).list();
  }

  /** Takes a notice for one send attempt; false if another attempt already took, sent or failed it. */
  public boolean claim(String id) {
    return jdbc.sql("UPDATE notice SET status = 'SENDING', attempts = attempts + 1, updated_at = ? "
            + "WHERE id = ? AND status = 'PENDING'")
        .params(now(), id).update() == 1;
  }

  public void markSent(String id) {
    Timestamp now = now();
    // FAILED too: another node may have given up on a slow attempt that did succeed; SENT is the truth.
    jdbc.sql("UPDATE notice SET status = 'SENT', sent_at = ?, updated_at = ?, last_error = NULL "
            + "WHERE id = ? AND status IN ('SENDING', 'FAILED')")
        .params(now, now, id).update();
  }

  /** The attempt failed before the server accepted the mail: the notice may be tried again. */
  public void releaseAfterFailure(String id, String error) {
    jdbc.sql("UPDATE notice SET status = 'PENDING', last_error = ?, updated_at = ? WHERE id = ? AND status = 'SENDING'")
        .params(truncate(error, 2000), now(), id).update();
  }

  /** No more attempts: FAILED with the last error (from PENDING, or SENDING when an attempt was cut off). */
  public void markFailed(String id, String error) {
    jdbc.sql("UPDATE notice SET status = 'FAILED', last_error = COALESCE(?, last_error), updated_at = ? "
            + "WHERE id = ? AND status IN ('PENDING', 'SENDING')")
        .params(truncate(error, 2000), now(), id).update();
  }

  /** SMTP is no longer configured: the notice waits (HELD) until it is again. */
  public void hold(String id) {
    jdbc.sql("UPDATE notice SET status = 'HELD', updated_at = ? WHERE id = ? AND status = 'PENDING'")
        .params(now(), id).update();
  }

  /** Back to PENDING for an admin's re-send or once SMTP is configured; false if it is in none of {@code from}. */
  public boolean requeue(String id, Collection<NoticeStatus> from) {
    return jdbc.sql("UPDATE notice SET status = 'PENDING', attempts = 0, updated_at = :now WHERE id = :id AND status IN (:from)")
        .param("now", now()).param("id", id).param("from", from.stream().map(Enum::name).toList())
        .update() == 1;
  }

  public List<String> idsWithStatus(NoticeStatus status, int limit) {
    return jdbc.sql("SELECT id FROM notice WHERE status = ? ORDER BY created_at FETCH FIRST " + limit + " ROWS ONLY")
        .param(status.name()).query(String.class).list();
  }

  public Map<NoticeStatus, Long> countByStatus() {
    return jdbc.sql("SELECT status, COUNT(*) AS n FROM notice GROUP BY status")
        .query((rs, i) -> Map.entry(NoticeStatus.valueOf(rs.getString("status")), rs.getLong("n")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
