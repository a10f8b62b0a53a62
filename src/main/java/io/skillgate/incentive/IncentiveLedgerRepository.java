package io.skillgate.incentive;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The incentive_ledger table. Entries are only ever added, never changed. */
@Repository
public class IncentiveLedgerRepository {

  private static final RowMapper<LedgerEntry> ENTRY = (rs, i) -> new LedgerEntry(
      rs.getLong("id"), rs.getString("contract_id"), rs.getString("member_id"),
      (Long) rs.getObject("milestone_id", Long.class), IncentiveKind.valueOf(rs.getString("kind")),
      rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("reason"), rs.getString("period"),
      rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
      rs.getObject("booked_on", LocalDate.class), rs.getString("booking_key"));

  private final JdbcClient jdbc;

  public IncentiveLedgerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param bookedOn the business day of the booking
   * @param bookingKey what a bonus is for (unique per contract), null for penalties and waivers
   */
  public LedgerEntry add(String contractId, String memberId, Long milestoneId, IncentiveKind kind, BigDecimal amount,
      String currency, String reason, String period, String createdBy, Instant at, LocalDate bookedOn,
      String bookingKey) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO incentive_ledger (contract_id, member_id, milestone_id, kind, amount, currency, reason, "
            + "period, created_by, created_at, booked_on, booking_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(contractId, memberId, milestoneId, kind.name(), amount, currency,
            reason.substring(0, Math.min(reason.length(), 500)), period, createdBy, Timestamp.from(at), bookedOn,
            bookingKey)
        .update(keys, "id");
    return new LedgerEntry(keys.getKey().longValue(), contractId, memberId, milestoneId, kind, amount, currency, reason,
        period, createdBy, at, bookedOn, bookingKey);
  }

  /** The entry booked under a key, if any. */
  public Optional<LedgerEntry> booked(String contractId, String bookingKey) {
    return jdbc.sql("SELECT * FROM incentive_ledger WHERE contract_id = ? AND booking_key = ?")
        .params(contractId, bookingKey).query(ENTRY).optional();
  }

  public List<LedgerEntry> entries(String contractId) {
    return jdbc.sql("SELECT * FROM incentive_ledger WHERE contract_id = ? ORDER BY id")
        .param(contractId).query(ENTRY).list();
  }

  public List<LedgerEntry> entriesOfMilestone(String contractId, long milestoneId) {
    return jdbc.sql("SELECT * FROM incentive_ledger WHERE contract_id = ? AND milestone_id = ? ORDER BY id")
        .params(contractId, milestoneId).query(ENTRY).list();
  }

  /** Penalties minus waivers already booked for one milestone: what a waiver gives back. */
  public BigDecimal netPenaltiesOfMilestone(String contractId, long milestoneId) {
    BigDecimal net = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN kind = 'PENALTY' THEN amount ELSE -amount END), 0) "
            + "FROM incentive_ledger WHERE contract_id = ? AND milestone_id = ? AND kind IN ('PENALTY', 'WAIVER')")
        .params(contractId, milestoneId).query(BigDecimal.class).single();
    return net == null ? BigDecimal.ZERO : net;
  }

  /** Penalties minus waivers of a contract in a quarter: what counts against the cap. */
  public BigDecimal netPenalties(String contractId, String period) {
    BigDecimal net = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN kind = 'PENALTY' THEN amount ELSE -amount END), 0) "
            + "FROM incentive_ledger WHERE contract_id = ? AND period = ? AND kind IN ('PENALTY', 'WAIVER')")
        .params(contractId, period).query(BigDecimal.class).single();
    return net == null ? BigDecimal.ZERO : net;
  }
}
