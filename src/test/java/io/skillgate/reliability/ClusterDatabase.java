package io.skillgate.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fault tests count, read straight from the shared database (engine tables). */
final class ClusterDatabase {

  private final PrivatePostgres postgres;
  private final String database;

  ClusterDatabase(PrivatePostgres postgres, String database) {
    this.postgres = postgres;
    this.database = database;
  }

  long count(String sql, Object... args) throws SQLException {
    try (Connection c = postgres.connect(database); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  Map<String, Long> countBy(String sql, Object... args) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = postgres.connect(database); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(String.valueOf(r.getString(1)), r.getLong(2));
        }
      }
    }
    return counts;
  }

  /** Instances of a batch (business keys {@code <batch>-n}) that have not ended yet. */
  long unfinished(String batch) throws SQLException {
    return count("select count(*) from act_hi_procinst where business_key_ like ? and end_time_ is null", batch + "-%");
  }

  long finished(String batch) throws SQLException {
    return count("select count(*) from act_hi_procinst where business_key_ like ? and end_time_ is not null", batch + "-%");
  }

  /** Successful job executions of a batch, by the node (engine host name) that ran them. */
  Map<String, Long> successfulJobsByNode(String batch) throws SQLException {
    return countBy("select l.hostname_, count(*) from act_hi_job_log l join act_hi_procinst p"
        + " on p.proc_inst_id_ = l.process_instance_id_ where p.business_key_ like ? and l.job_state_ = 2"
        + " group by l.hostname_ order by l.hostname_", batch + "-%");
  }

  /** Jobs of a batch that completed successfully more than once: must always be 0. */
  long jobsExecutedTwice(String batch) throws SQLException {
    return count("select count(*) from (select l.job_id_ from act_hi_job_log l join act_hi_procinst p"
        + " on p.proc_inst_id_ = l.process_instance_id_ where p.business_key_ like ? and l.job_state_ = 2"
        + " group by l.job_id_ having count(*) > 1) twice", batch + "-%");
  }

  /** Failed attempts recorded for a batch (e.g. a database outage in the middle of a job). */
  long failedAttempts(String batch) throws SQLException {
    return count("select count(*) from act_hi_job_log l join act_hi_procinst p on p.proc_inst_id_ = l.process_instance_id_"
        + " where p.business_key_ like ? and l.job_state_ = 1", batch + "-%");
  }

  /** Instances of a batch whose variables show both steps ran (a step's effect lost would show here). */
  long instancesWithBothSteps(String batch) throws SQLException {
    return count("select count(*) from act_hi_procinst p where p.business_key_ like ?"
        + " and exists (select 1 from act_hi_varinst v where v.proc_inst_id_ = p.proc_inst_id_ and v.name_ = 'firstStep')"
        + " and exists (select 1 from act_hi_varinst v where v.proc_inst_id_ = p.proc_inst_id_ and v.name_ = 'secondStep')",
        batch + "-%");
  }
}
