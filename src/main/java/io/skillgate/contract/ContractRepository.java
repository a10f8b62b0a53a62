package io.skillgate.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contract, roster and audit tables. */
@Repository
public class ContractRepository implements Contracts, ContractJournal, ContractRoster {

  private static final String SUMMARY_COLUMNS = "id, title, client_name, vendor_name, vendor_group, vendor_email, "
      + "start_date, end_date, stage, created_by, created_at";

  private static final RowMapper<ContractSummary> SUMMARY = (rs, i) -> new ContractSummary(
      rs.getString("id"), rs.getString("title"), rs.getString("client_name"), rs.getString("vendor_name"),
      rs.getString("vendor_group"), rs.getString("vendor_email"), rs.getObject("start_date", LocalDate.class),
      rs.getObject("end_date", LocalDate.class), ContractStage.valueOf(rs.getString("stage")),
      rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());

  private static final RowMapper<TeamMember> MEMBER = (rs, i) -> new TeamMember(
      rs.getString("contract_id"), rs.getString("member_id"), rs.getString("name"), rs.getString("email"),
      rs.getString("role"), rs.getString("buddy"), TeamMember.Status.valueOf(rs.getString("status")),
      rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
      rs.getString("left_reason"));

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public ContractRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public boolean exists(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM contract WHERE id = ?").param(id).query(Integer.class).single() > 0;
  }

  public void insert(Contract c, ContractStage stage, String createdBy) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("INSERT INTO contract (id, title, client_name, vendor_name, vendor_group, vendor_email, start_date, "
            + "end_date, stage, terms, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(c.id(), c.title(), c.client().name(), c.vendor().name(), c.vendor().group(),
            c.vendor().contactEmail(), c.startDate(), c.endDate(), stage.name(), toJson(c), createdBy, now, now)
        .update();
    for (Contract.Member m : c.members()) {
      insertMember(c.id(), m, c.startDate());
    }
  }

  @Override
  public void insertMember(String contractId, Contract.Member m, LocalDate joinedOn) {
    jdbc.sql("INSERT INTO contract_member (contract_id, member_id, name, email, role, buddy, status, joined_on) "
            + "VALUES (?,?,?,?,?,?,?,?)")
        .params(contractId, m.id(), m.name(), m.email(), m.role(), m.buddy(), TeamMember.Status.ACTIVE.name(), joinedOn)
        .update();
  }

  /** Marks an active member as having left; returns false if there was no such active member. */
  @Override
  public boolean markMemberLeft(String contractId, String memberId, LocalDate leftOn, String reason) {
    return jdbc.sql("UPDATE contract_member SET status = 'LEFT', left_on = ?, left_reason = ? "
            + "WHERE contract_id = ? AND member_id = ? AND status = 'ACTIVE'")
        .params(leftOn, reason, contractId, memberId)
        .update() == 1;
  }

  @Override
  public Optional<ContractSummary> find(String id) {
    return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM contract WHERE id = ?").param(id).query(SUMMARY).optional();
  }

  /** All contracts, or only those of the given vendor groups when {@code vendorGroups} is not null. */
  public List<ContractSummary> list(Collection<String> vendorGroups) {
    if (vendorGroups == null) {
      return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM contract ORDER BY start_date, id").query(SUMMARY).list();
    }
    if (vendorGroups.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM contract WHERE vendor_group IN (:groups) ORDER BY start_date, id")
        .param("groups", vendorGroups)
        .query(SUMMARY)
        .list();
  }

  @Override
  public Optional<Contract> findTerms(String id) {
    return jdbc.sql("SELECT terms FROM contract WHERE id = ?").param(id).query(String.class).optional()
        .map(this::fromJson);
  }

  public void updateStage(String id, ContractStage stage) {
    jdbc.sql("UPDATE contract SET stage = ?, updated_at = ? WHERE id = ?")
        .params(stage.name(), Timestamp.from(clock.instant()), id)
        .update();
  }

  @Override
  public List<TeamMember> members(String contractId) {
    return jdbc.sql("SELECT * FROM contract_member WHERE contract_id = ? ORDER BY member_id")
        .param(contractId).query(MEMBER).list();
  }

  @Override
  public Optional<TeamMember> member(String contractId, String memberId) {
    return jdbc.sql("SELECT * FROM contract_member WHERE contract_id = ? AND member_id = ?")
        .params(contractId, memberId).query(MEMBER).optional();
  }

  @Override
  public void recordEvent(String contractId, String actor, String kind, String detail) {
    jdbc.sql("INSERT INTO contract_event (contract_id, occurred_at, actor, kind, detail) VALUES (?,?,?,?,?)")
        .params(contractId, Timestamp.from(clock.instant()), actor, kind,
            detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)))
        .update();
  }

  public List<ContractEvent> events(String contractId) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM contract_event WHERE contract_id = ? ORDER BY id")
        .param(contractId)
        .query((rs, i) -> new ContractEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            rs.getString("kind"), rs.getString("detail")))
        .list();
  }

  private String toJson(Contract c) {
    try {
      return json.writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("contract " + c.id() + " cannot be written as JSON", e);
    }
  }

  private Contract fromJson(String terms) {
    try {
      return json.readValue(terms, Contract.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored contract terms are unreadable", e);
    }
  }
}
