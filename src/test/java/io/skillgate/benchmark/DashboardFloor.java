package io.skillgate.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/**
 * The database's floor for the dashboard's two requests of one contract: hand-written SQL that reads
 * the rows each answer is computed from, over JDBC on the same database in the same run. The KPI
 * report reads the contract, its roster, milestones, assessment attempts, certifications, ledger,
 * progress reports and its overdue tasks; the progress panel counts members, onboardings and their
 * items, and the open and overdue tasks of each party (vendor group, reviewers, admins) with the
 * earliest 15.
 */
final class DashboardFloor {

  static final String DESCRIPTION = "hand-written SQL over JDBC, same database and run, reading the rows each "
      + "answer is computed from (no computation): /kpis 8 statements (contract, roster, milestones, attempts, "
      + "certifications, ledger, progress reports, overdue tasks by business key); /progress 9 (three counts, "
      + "then per party the open and overdue count and the earliest 15 tasks of its candidate group).";

  private static final List<String> KPI_READS = List.of(
      "SELECT * FROM contract WHERE id = ?",
      "SELECT * FROM contract_member WHERE contract_id = ?",
      "SELECT * FROM training_milestone WHERE contract_id = ?",
      "SELECT * FROM assessment_attempt WHERE contract_id = ?",
      "SELECT * FROM certification WHERE contract_id = ?",
      "SELECT * FROM incentive_ledger WHERE contract_id = ?",
      "SELECT * FROM progress_report WHERE contract_id = ?");
  private static final String OF_CONTRACT = " FROM ACT_RU_TASK T JOIN ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_ "
      + "WHERE E.BUSINESS_KEY_ = ? AND T.SUSPENSION_STATE_ = 1";
  private static final String OVERDUE = "SELECT T.*" + OF_CONTRACT + " AND T.DUE_DATE_ < ? ORDER BY T.DUE_DATE_";
  private static final List<String> PROGRESS_COUNTS = List.of(
      "SELECT COUNT(*) FROM contract_member WHERE contract_id = ? AND status = 'ACTIVE'",
      "SELECT status, COUNT(*) FROM onboarding WHERE contract_id = ? GROUP BY status",
      "SELECT i.status, COUNT(*) FROM onboarding_item i JOIN onboarding o ON o.id = i.onboarding_id "
          + "WHERE o.contract_id = ? GROUP BY i.status");
  private static final String OF_GROUP = OF_CONTRACT + " AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I "
      + "WHERE I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ = ?)";
  private static final String PARTY_COUNTS = "SELECT COUNT(*), COUNT(*) FILTER (WHERE T.DUE_DATE_ < ?)" + OF_GROUP;
  private static final String PARTY_PAGE = "SELECT T.*" + OF_GROUP + " ORDER BY T.DUE_DATE_ LIMIT 15";

  private DashboardFloor() {}

  /** Sorted times of the KPI reads and of the progress reads, each after three warm-up rounds. */
  static long[][] measure(String url, String contractId, String vendorGroup, int samples) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      try (Statement s = c.createStatement()) {
        s.execute(SqlFloor.APP_SESSION);
      }
      long[] kpis = new long[samples];
      long[] progress = new long[samples];
      for (int i = -3; i < samples; i++) {
        long t = System.nanoTime();
        for (String sql : KPI_READS) {
          read(c, sql, contractId);
        }
        try (PreparedStatement p = c.prepareStatement(OVERDUE)) {
          p.setString(1, contractId);
          p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
          drain(p);
        }
        long kpiTime = System.nanoTime() - t;
        t = System.nanoTime();
        for (String sql : PROGRESS_COUNTS) {
          read(c, sql, contractId);
        }
        for (String group : List.of(vendorGroup, "reviewers", "camunda-admin")) {
          try (PreparedStatement p = c.prepareStatement(PARTY_COUNTS)) {
            p.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            p.setString(2, contractId);
            p.setString(3, group);
            drain(p);
          }
          try (PreparedStatement p = c.prepareStatement(PARTY_PAGE)) {
            p.setString(1, contractId);
            p.setString(2, group);
            drain(p);
          }
        }
        if (i >= 0) {
          kpis[i] = kpiTime;
          progress[i] = System.nanoTime() - t;
        }
      }
      Arrays.sort(kpis);
      Arrays.sort(progress);
      return new long[][] {kpis, progress};
    }
  }

  private static void read(Connection c, String sql, String contractId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, contractId);
      drain(p);
    }
  }

  /** Reads every row and column, as the application's mapping would. */
  private static void drain(PreparedStatement p) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= columns; i++) {
          r.getObject(i);
        }
      }
    }
  }
}
