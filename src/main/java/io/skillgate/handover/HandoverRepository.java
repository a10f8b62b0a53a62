package io.skillgate.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The termination, handover, checklist and access revocation tables. */
@Repository
public class HandoverRepository {

  private static final RowMapper<Handover> HANDOVER = (rs, i) -> new Handover(
      rs.getString("contract_id"), rs.getBoolean("terminated"), rs.getObject("effective_end_date", LocalDate.class),
      rs.getObject("items_due", LocalDate.class), rs.getObject("sign_off_due", LocalDate.class),
      rs.getObject("revoke_access_due", LocalDate.class), instant(rs, "started_at"), rs.getString("client_signatory"),
      rs.getString("vendor_signatory"), instant(rs, "signed_off_at"));

  private static final RowMapper<HandoverItem> ITEM = (rs, i) -> new HandoverItem(
      rs.getLong("id"), rs.getString("contract_id"), rs.getInt("position"),
      HandoverItem.Kind.valueOf(rs.getString("kind")), rs.getString("title"),
      HandoverItem.Status.valueOf(rs.getString("status")), rs.getString("location"), rs.getString("delivery_note"),
      rs.getString("delivered_by"), instant(rs, "delivered_at"), rs.getString("reviewed_by"),
      instant(rs, "reviewed_at"), rs.getInt("refusals"), rs.getString("refusal_reason"), instant(rs, "escalated_at"));

  private static final RowMapper<AccessRevocation> REVOCATION = (rs, i) -> new AccessRevocation(
      rs.getString("system_name"), rs.getString("member_id"), rs.getString("member_name"), rs.getString("revoked_by"),
      instant(rs, "revoked_at"));

  private final JdbcClient jdbc;
  private final Clock clock;

  public HandoverRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  // --- termination ---

  public void insertTermination(Termination t) {
    jdbc.sql("INSERT INTO contract_termination (contract_id, reason, effective_date, requested_by, requested_at) "
            + "VALUES (?,?,?,?,?)")
        .params(t.contractId(), t.reason(), t.effectiveDate(), t.requestedBy(), Timestamp.from(t.requestedAt()))
        .update();
  }

  public Optional<Termination> termination(String contractId) {
    return jdbc.sql("SELECT * FROM contract_termination WHERE contract_id = ?").param(contractId)
        .query((rs, i) -> new Termination(rs.getString("contract_id"), rs.getString("reason"),
            rs.getObject("effective_date", LocalDate.class), rs.getString("requested_by"),
            instant(rs, "requested_at")))
        .optional();
  }

  // --- handover ---

  public void insertHandover(Handover h) {
    jdbc.sql("INSERT INTO handover (contract_id, terminated, effective_end_date, items_due, sign_off_due, "
            + "revoke_access_due, started_at) VALUES (?,?,?,?,?,?,?)")
        .params(h.contractId(), h.terminated(), h.effectiveEndDate(), h.itemsDue(), h.signOffDue(),
            h.revokeAccessDue(), Timestamp.from(h.startedAt()))
        .update();
  }

  public Optional<Handover> handover(String contractId) {
    return jdbc.sql("SELECT * FROM handover WHERE contract_id = ?").param(contractId).query(HANDOVER).optional();
  }

  public void recordSignOff(String contractId, String clientSignatory, String vendorSignatory) {
    jdbc.sql("UPDATE handover SET client_signatory = ?, vendor_signatory = ?, signed_off_at = ? WHERE contract_id = ?")
        .params(clientSignatory, vendorSignatory, now(), contractId)
        .update();
  }

  // --- checklist ---

  public void insertItem(String contractId, int position, HandoverItem.Kind kind, String title) {
    jdbc.sql("INSERT INTO handover_item (contract_id, position, kind, title, status, refusals) VALUES (?,?,?,?,?,0)")
        .params(contractId, position, kind.name(), title, HandoverItem.Status.OUTSTANDING.name())
        .update();
  }

  public List<HandoverItem> items(String contractId) {
    return jdbc.sql("SELECT * FROM handover_item WHERE contract_id = ? ORDER BY position")
        .param(contractId).query(ITEM).list();
  }

  public Optional<HandoverItem> item(long id) {
    return jdbc.sql("SELECT * FROM handover_item WHERE id = ?").param(id).query(ITEM).optional();
  }

  public void markDelivered(long id, String location, String note, String by) {
    jdbc.sql("UPDATE handover_item SET status = ?, location = ?, delivery_note = ?, delivered_by = ?, delivered_at = ? "
            + "WHERE id = ?")
        .params(HandoverItem.Status.DELIVERED.name(), location, note, by, now(), id)
        .update();
  }

  public void markAccepted(long id, String by) {
    jdbc.sql("UPDATE handover_item SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
        .params(HandoverItem.Status.ACCEPTED.name(), by, now(), id)
        .update();
  }

  public void markRefused(long id, String by, String reason) {
    jdbc.sql("UPDATE handover_item SET status = ?, reviewed_by = ?, reviewed_at = ?, refusals = refusals + 1, "
            + "refusal_reason = ? WHERE id = ?")
        .params(HandoverItem.Status.REFUSED.name(), by, now(), reason, id)
        .update();
  }

  public void markEscalated(long id) {
    jdbc.sql("UPDATE handover_item SET escalated_at = ? WHERE id = ?").params(now(), id).update();
  }

  // --- access revocation ---

  public void insertAccess(String contractId, String system, String memberId, String memberName) {
    jdbc.sql("INSERT INTO access_revocation (contract_id, system_name, member_id, member_name) VALUES (?,?,?,?)")
        .params(contractId, system, memberId, memberName)
        .update();
  }

  /** Marks every member's access to the system revoked; returns how many members it concerned. */
  public int markRevoked(String contractId, String system, String by) {
    return jdbc.sql("UPDATE access_revocation SET revoked_by = ?, revoked_at = ? "
            + "WHERE contract_id = ? AND system_name = ? AND revoked_at IS NULL")
        .params(by, now(), contractId, system)
        .update();
  }

  /** Marks one member's access to every system revoked; returns how many systems it concerned. */
  public int markMemberRevoked(String contractId, String memberId, String by) {
    return jdbc.sql("UPDATE access_revocation SET revoked_by = ?, revoked_at = ? "
            + "WHERE contract_id = ? AND member_id = ? AND revoked_at IS NULL")
        .params(by, now(), contractId, memberId)
        .update();
  }

  public List<AccessRevocation> accesses(String contractId) {
    return jdbc.sql("SELECT * FROM access_revocation WHERE contract_id = ? ORDER BY system_name, member_id")
        .param(contractId).query(REVOCATION).list();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
