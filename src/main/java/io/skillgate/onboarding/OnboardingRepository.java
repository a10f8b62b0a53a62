package io.skillgate.onboarding;

import io.skillgate.contract.Contract;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The onboarding, onboarding_item and onboarding_evidence tables. */
@Repository
public class OnboardingRepository implements Onboardings {

  private static final RowMapper<OnboardingRecord> ONBOARDING = (rs, i) -> new OnboardingRecord(
      rs.getLong("id"), rs.getString("contract_id"), rs.getString("member_id"),
      OnboardingStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
      instant(rs, "started_at"), rs.getString("access_provisioned_by"), instant(rs, "access_provisioned_at"),
      rs.getString("access_note"), rs.getString("approved_by"), instant(rs, "approved_at"),
      rs.getString("last_return_reason"), instant(rs, "ended_at"), rs.getString("ended_reason"));

  private static final RowMapper<OnboardingItem> ITEM = (rs, i) -> new OnboardingItem(
      rs.getLong("id"), rs.getLong("onboarding_id"), rs.getString("item_key"), ItemKind.valueOf(rs.getString("kind")),
      rs.getString("title"), Contract.Delivery.valueOf(rs.getString("delivery")),
      LearningPathItem.Source.valueOf(rs.getString("source")), rs.getString("buddy"),
      rs.getObject("due_date", LocalDate.class), ItemStatus.valueOf(rs.getString("status")),
      rs.getString("return_reason"), rs.getString("signed_off_by"), instant(rs, "signed_off_at"));

  private static final RowMapper<Evidence> EVIDENCE = (rs, i) -> new Evidence(
      rs.getLong("item_id"), rs.getObject("done_on", LocalDate.class), rs.getInt("duration_minutes"),
      rs.getString("done_with"), rs.getString("reference"), rs.getString("recorded_by"), instant(rs, "recorded_at"));

  private final JdbcClient jdbc;

  public OnboardingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String contractId, String memberId, String processInstanceId, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO onboarding (contract_id, member_id, status, process_instance_id, started_at) VALUES (?,?,?,?,?)")
        .params(contractId, memberId, OnboardingStatus.IN_PROGRESS.name(), processInstanceId, Timestamp.from(now))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void insertItem(long onboardingId, LearningPathItem item) {
    jdbc.sql("INSERT INTO onboarding_item (onboarding_id, item_key, kind, title, delivery, source, buddy, due_date, status) "
            + "VALUES (?,?,?,?,?,?,?,?,?)")
        .params(onboardingId, item.key(), item.kind().name(), item.title(), item.delivery().name(),
            item.source().name(), item.buddy(), item.dueDate(), ItemStatus.OPEN.name())
        .update();
  }

  public Optional<OnboardingRecord> find(long id) {
    return jdbc.sql("SELECT * FROM onboarding WHERE id = ?").param(id).query(ONBOARDING).optional();
  }

  @Override
  public Optional<OnboardingRecord> findByMember(String contractId, String memberId) {
    return jdbc.sql("SELECT * FROM onboarding WHERE contract_id = ? AND member_id = ?")
        .params(contractId, memberId).query(ONBOARDING).optional();
  }

  public List<OnboardingItem> items(long onboardingId) {
    return jdbc.sql("SELECT * FROM onboarding_item WHERE onboarding_id = ? ORDER BY id")
        .param(onboardingId).query(ITEM).list();
  }

  public Optional<OnboardingItem> item(long itemId) {
    return jdbc.sql("SELECT * FROM onboarding_item WHERE id = ?").param(itemId).query(ITEM).optional();
  }

  /** Items still to be done: not yet signed off (nor cancelled). */
  public List<Long> openItemIds(long onboardingId) {
    return jdbc.sql("SELECT id FROM onboarding_item WHERE onboarding_id = ? AND status IN ('OPEN','SUBMITTED','RETURNED') "
            + "ORDER BY id")
        .param(onboardingId).query(Long.class).list();
  }

  public List<Evidence> evidence(long onboardingId) {
    return jdbc.sql("SELECT e.* FROM onboarding_evidence e JOIN onboarding_item i ON i.id = e.item_id "
            + "WHERE i.onboarding_id = ? ORDER BY e.id")
        .param(onboardingId).query(EVIDENCE).list();
  }

  public List<Evidence> evidenceOfItem(long itemId) {
    return jdbc.sql("SELECT * FROM onboarding_evidence WHERE item_id = ? ORDER BY id").param(itemId).query(EVIDENCE).list();
  }

  public void insertEvidence(Evidence e) {
    jdbc.sql("INSERT INTO onboarding_evidence (item_id, done_on, duration_minutes, done_with, reference, recorded_by, "
            + "recorded_at) VALUES (?,?,?,?,?,?,?)")
        .params(e.itemId(), e.date(), e.durationMinutes(), e.with(), e.reference(), e.recordedBy(),
            Timestamp.from(e.recordedAt()))
        .update();
    setItemStatus(e.itemId(), ItemStatus.SUBMITTED);
  }

  public void setItemStatus(long itemId, ItemStatus status) {
    jdbc.sql("UPDATE onboarding_item SET status = ? WHERE id = ?").params(status.name(), itemId).update();
  }

  public void acceptItem(long itemId, String by, Instant at) {
    jdbc.sql("UPDATE onboarding_item SET status = 'ACCEPTED', return_reason = NULL, signed_off_by = ?, signed_off_at = ? "
            + "WHERE id = ?")
        .params(by, Timestamp.from(at), itemId).update();
  }

  public void returnItem(long itemId, String reason) {
    jdbc.sql("UPDATE onboarding_item SET status = 'RETURNED', return_reason = ?, signed_off_by = NULL, "
            + "signed_off_at = NULL WHERE id = ?")
        .params(reason, itemId).update();
  }

  public void cancelOpenItems(long onboardingId) {
    jdbc.sql("UPDATE onboarding_item SET status = 'CANCELLED' WHERE onboarding_id = ? "
            + "AND status IN ('OPEN','SUBMITTED','RETURNED')")
        .param(onboardingId).update();
  }

  public void accessProvisioned(long onboardingId, String by, Instant at, String note) {
    jdbc.sql("UPDATE onboarding SET access_provisioned_by = ?, access_provisioned_at = ?, access_note = ? WHERE id = ?")
        .params(by, Timestamp.from(at), note, onboardingId).update();
  }

  public void setStatus(long onboardingId, OnboardingStatus status) {
    jdbc.sql("UPDATE onboarding SET status = ? WHERE id = ?").params(status.name(), onboardingId).update();
  }

  public void approved(long onboardingId, String by, Instant at) {
    jdbc.sql("UPDATE onboarding SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE id = ?")
        .params(by, Timestamp.from(at), onboardingId).update();
  }

  public void returned(long onboardingId, String reason) {
    jdbc.sql("UPDATE onboarding SET status = 'IN_PROGRESS', last_return_reason = ? WHERE id = ?")
        .params(reason, onboardingId).update();
  }

  public void ended(long onboardingId, Instant at, String reason) {
    jdbc.sql("UPDATE onboarding SET status = 'ENDED', ended_at = ?, ended_reason = ? WHERE id = ?")
        .params(Timestamp.from(at), reason, onboardingId).update();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
