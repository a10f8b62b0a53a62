package io.skillgate.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporting tables: progress reports, training KPI snapshots, confirmed statements, evaluation feedback. */
@Repository
public class ReportingRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public ReportingRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Creates the awaited report of a period; a period opened twice keeps its first row. */
  public long openPeriod(String contractId, ReportingPeriod period, LocalDate dueOn) {
    Optional<ProgressReport> existing = report(contractId, period.number());
    if (existing.isPresent()) {
      return existing.get().id();
    }
    jdbc.sql("INSERT INTO progress_report (contract_id, period_no, period_start, period_end, due_on, status, late, "
            + "submissions) VALUES (?,?,?,?,?,?,?,?)")
        .params(contractId, period.number(), period.start(), period.end(), dueOn,
            ProgressReport.Status.AWAITED.name(), false, 0)
        .update();
    return report(contractId, period.number()).orElseThrow().id();
  }

  public void markLate(long reportId) {
    jdbc.sql("UPDATE progress_report SET late = ? WHERE id = ?").params(true, reportId).update();
  }

  /** Stores a (re)submission: the values replace those of an earlier submission. */
  public void submit(long reportId, Map<String, BigDecimal> values, BigDecimal learnerFeedback, String comments,
      String by) {
    jdbc.sql("UPDATE progress_report SET status = ?, submissions = submissions + 1, learner_feedback = ?, "
            + "comments = ?, submitted_by = ?, submitted_at = ? WHERE id = ?")
        .params(ProgressReport.Status.SUBMITTED.name(), learnerFeedback, comments, by, now(), reportId)
        .update();
    jdbc.sql("DELETE FROM progress_report_value WHERE report_id = ?").param(reportId).update();
    values.forEach((key, value) -> jdbc.sql(
            "INSERT INTO progress_report_value (report_id, kpi_key, kpi_value) VALUES (?,?,?)")
        .params(reportId, key, value).update());
  }

  public void review(long reportId, boolean accepted, String queryReason, String by) {
    jdbc.sql("UPDATE progress_report SET status = ?, query_reason = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
        .params((accepted ? ProgressReport.Status.ACCEPTED : ProgressReport.Status.QUERIED).name(),
            accepted ? null : queryReason, by, now(), reportId)
        .update();
  }

  public Optional<ProgressReport> report(String contractId, int period) {
    return jdbc.sql("SELECT * FROM progress_report WHERE contract_id = ? AND period_no = ?")
        .params(contractId, period).query(this::mapReport).optional().map(this::withValues);
  }

  public Optional<ProgressReport> report(long id) {
    return jdbc.sql("SELECT * FROM progress_report WHERE id = ?").param(id).query(this::mapReport).optional()
        .map(this::withValues);
  }

  public List<ProgressReport> reports(String contractId) {
    return jdbc.sql("SELECT * FROM progress_report WHERE contract_id = ? ORDER BY period_no")
        .param(contractId).query(this::mapReport).list().stream().map(this::withValues).toList();
  }

  public void saveSnapshot(String contractId, int period, Map<String, Rate> rates, BigDecimal averageScore) {
    jdbc.sql("DELETE FROM training_kpi_snapshot WHERE contract_id = ? AND period_no = ?")
        .params(contractId, period).update();
    rates.forEach((key, rate) -> jdbc.sql("INSERT INTO training_kpi_snapshot (contract_id, period_no, kpi_key, "
            + "item_count, item_total, kpi_value) VALUES (?,?,?,?,?,?)")
        .params(contractId, period, key, rate.count(), rate.of(), rate.percent()).update());
    jdbc.sql("INSERT INTO training_kpi_snapshot (contract_id, period_no, kpi_key, kpi_value) VALUES (?,?,?,?)")
        .params(contractId, period, "average-score", averageScore).update();
  }

  /** Snapshot values by period, then KPI key (null values: nothing to count that period). */
  public Map<Integer, Map<String, BigDecimal>> snapshots(String contractId) {
    Map<Integer, Map<String, BigDecimal>> byPeriod = new LinkedHashMap<>();
    jdbc.sql("SELECT period_no, kpi_key, kpi_value FROM training_kpi_snapshot WHERE contract_id = ? "
            + "ORDER BY period_no, kpi_key")
        .param(contractId)
        .query(rs -> {
          byPeriod.computeIfAbsent(rs.getInt("period_no"), p -> new LinkedHashMap<>())
              .put(rs.getString("kpi_key"), plain(rs.getBigDecimal("kpi_value")));
        });
    return byPeriod;
  }

  public boolean confirmStatement(String contractId, IncentiveStatement s, String by) {
    int exists = jdbc.sql("SELECT COUNT(*) FROM incentive_statement_confirmation WHERE contract_id = ? AND period_no = ?")
        .params(contractId, s.period()).query(Integer.class).single();
    if (exists > 0) {
      return false;
    }
    jdbc.sql("INSERT INTO incentive_statement_confirmation (contract_id, period_no, currency, bonuses, penalties, "
            + "waivers, net, confirmed_by, confirmed_at) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(contractId, s.period(), s.currency(), s.bonuses(), s.penalties(), s.waivers(), s.net(), by, now())
        .update();
    return true;
  }

  /** Who confirmed which period's statement, and when. */
  public Map<Integer, Confirmation> confirmations(String contractId) {
    Map<Integer, Confirmation> byPeriod = new LinkedHashMap<>();
    jdbc.sql("SELECT period_no, confirmed_by, confirmed_at FROM incentive_statement_confirmation "
            + "WHERE contract_id = ? ORDER BY period_no")
        .param(contractId)
        .query(rs -> {
          byPeriod.put(rs.getInt("period_no"),
              new Confirmation(rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at").toInstant()));
        });
    return byPeriod;
  }

  public record Confirmation(String by, Instant at) {}

  public void saveFeedback(String contractId, String party, int rating, String feedback, String by) {
    jdbc.sql("DELETE FROM contract_evaluation_feedback WHERE contract_id = ? AND party = ?")
        .params(contractId, party).update();
    jdbc.sql("INSERT INTO contract_evaluation_feedback (contract_id, party, rating, feedback, given_by, given_at) "
            + "VALUES (?,?,?,?,?,?)")
        .params(contractId, party, rating, feedback, by, now()).update();
  }

  public List<EvaluationFeedback> feedback(String contractId) {
    return jdbc.sql("SELECT party, rating, feedback, given_by, given_at FROM contract_evaluation_feedback "
            + "WHERE contract_id = ? ORDER BY party")
        .param(contractId)
        .query((rs, i) -> new EvaluationFeedback(rs.getString("party"), rs.getInt("rating"), rs.getString("feedback"),
            rs.getString("given_by"), rs.getTimestamp("given_at").toInstant()))
        .list();
  }

  public record EvaluationFeedback(String party, int rating, String feedback, String givenBy, Instant givenAt) {}

  /** Reads the report's KPI values after its row, so no two result sets are open at once. */
  private ProgressReport withValues(ProgressReport r) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    jdbc.sql("SELECT kpi_key, kpi_value FROM progress_report_value WHERE report_id = ? ORDER BY kpi_key")
        .param(r.id()).query(v -> {
          values.put(v.getString("kpi_key"), plain(v.getBigDecimal("kpi_value")));
        });
    return new ProgressReport(r.id(), r.contractId(), r.period(), r.periodStart(), r.periodEnd(), r.dueOn(),
        r.status(), r.late(), r.submissions(), r.learnerFeedback(), r.comments(), r.submittedBy(), r.submittedAt(),
        r.reviewedBy(), r.reviewedAt(), r.queryReason(), java.util.Collections.unmodifiableMap(values));
  }

  private ProgressReport mapReport(ResultSet rs, int row) throws SQLException {
    return new ProgressReport(rs.getLong("id"), rs.getString("contract_id"), rs.getInt("period_no"),
        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
        rs.getObject("due_on", LocalDate.class), ProgressReport.Status.valueOf(rs.getString("status")),
        rs.getBoolean("late"), rs.getInt("submissions"), plain(rs.getBigDecimal("learner_feedback")),
        rs.getString("comments"), rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")),
        rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("query_reason"), Map.of());
  }

  /** NUMERIC columns come back with their column's scale (80.00); figures are shown as entered (80). */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
