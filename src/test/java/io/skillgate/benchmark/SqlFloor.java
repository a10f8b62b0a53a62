package io.skillgate.benchmark;

import static io.skillgate.benchmark.BenchmarkReport.f;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The database's floor for the two Tasklist filters: hand-written SQL that returns the same page of 15
 * and the same count as the engine's filter query, run over JDBC on the same database in the same run
 * (so the engine's figure over REST against this one shows what the engine's own query costs). A task
 * is visible to a user when one of their groups is a candidate group (ACT_RU_IDENTITYLINK), they are a
 * candidate user, or they are its assignee or owner: the links from which the engine derives its task grants.
 */
final class SqlFloor {

  /**
   * The statements SkillGate runs on each new PostgreSQL connection (connection-init-sql of
   * application-postgres.yaml), run by every floor too so that PostgreSQL plans its SQL as it plans the app's.
   */
  static final String APP_SESSION = appSession();

  static final String DESCRIPTION = "hand-written SQL over JDBC, same database and run: candidate group, candidate "
      + "user, assignee or owner via ACT_RU_IDENTITYLINK/ACT_RU_TASK, ordered by due date and priority like the "
      + "filter, LIMIT 15; connections with the app's settings (" + APP_SESSION + ").";

  private static final String VISIBLE = "(RES.ASSIGNEE_ = ? OR RES.OWNER_ = ? OR EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I "
      + "WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND (I.USER_ID_ = ? OR I.GROUP_ID_ = ANY (?))))";
  private static final String IN_MY_GROUPS = "EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ "
      + "AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ = ANY (?))";
  private static final String ORDER = " ORDER BY RES.DUE_DATE_ ASC, RES.PRIORITY_ DESC LIMIT 15";

  private SqlFloor() {}

  /** "My group tasks": unassigned tasks of the user's groups. */
  static QueryLatencyBenchmark.Samples myGroupTasks(String url, String user, int samples, BenchmarkReport report)
      throws SQLException {
    String where = " FROM ACT_RU_TASK RES WHERE RES.ASSIGNEE_ IS NULL AND " + IN_MY_GROUPS;
    return measure(url, user, samples, report, "My group tasks", "SELECT RES.*" + where + ORDER,
        "SELECT COUNT(*)" + where, (s, groups) -> s.setArray(1, groups));
  }

  /** "Due soon / overdue": the tasks the user may see that are due within two days or overdue. */
  static QueryLatencyBenchmark.Samples dueSoon(String url, String user, int samples, BenchmarkReport report)
      throws SQLException {
    String where = " FROM ACT_RU_TASK RES WHERE RES.DUE_DATE_ < ? AND " + VISIBLE;
    Timestamp inTwoDays = new Timestamp(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(2));
    return measure(url, user, samples, report, "Due soon / overdue", "SELECT RES.*" + where + ORDER,
        "SELECT COUNT(*)" + where, (s, groups) -> {
          s.setTimestamp(1, inTwoDays);
          s.setString(2, user);
          s.setString(3, user);
          s.setString(4, user);
          s.setArray(5, groups);
        });
  }

  private interface Binder {
    void bind(PreparedStatement s, java.sql.Array groups) throws SQLException;
  }

  private static QueryLatencyBenchmark.Samples measure(String url, String user, int samples, BenchmarkReport report,
      String filter, String page, String count, Binder binder) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      try (Statement s = c.createStatement()) {
        s.execute(APP_SESSION);
      }
      java.sql.Array groups = c.createArrayOf("varchar", groupsOf(c, user).toArray());
      long[] pageNanos = new long[samples];
      long[] countNanos = new long[samples];
      long seen = 0;
      try (PreparedStatement p = c.prepareStatement(page); PreparedStatement n = c.prepareStatement(count)) {
        binder.bind(p, groups);
        binder.bind(n, groups);
        for (int i = -3; i < samples; i++) { // three warm-up rounds, as for the REST requests
          long t = System.nanoTime();
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              r.getString("ID_");
            }
          }
          long pageTime = System.nanoTime() - t;
          t = System.nanoTime();
          try (ResultSet r = n.executeQuery()) {
            r.next();
            seen = r.getLong(1);
          }
          if (i >= 0) {
            pageNanos[i] = pageTime;
            countNanos[i] = System.nanoTime() - t;
          }
        }
      }
      Arrays.sort(pageNanos);
      Arrays.sort(countNanos);
      report.note(f("SQL floor: %s sees %d tasks in \"%s\".", user, seen, filter));
      return new QueryLatencyBenchmark.Samples(pageNanos, countNanos, seen);
    }
  }

  @SuppressWarnings("unchecked")
  private static String appSession() {
    try (var in = SqlFloor.class.getClassLoader().getResourceAsStream("application-postgres.yaml")) {
      Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(in);
      for (String key : List.of("spring", "datasource", "hikari")) {
        yaml = (Map<String, Object>) yaml.get(key);
      }
      return (String) yaml.get("connection-init-sql");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> groupsOf(Connection c, String user) throws SQLException {
    List<String> groups = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT GROUP_ID_ FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = ?")) {
      s.setString(1, user);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          groups.add(r.getString(1));
        }
      }
    }
    return groups;
  }
}
