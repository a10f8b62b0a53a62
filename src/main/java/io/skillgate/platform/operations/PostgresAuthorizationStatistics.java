package io.skillgate.platform.operations;

import io.skillgate.platform.engine.EngineAccess;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner what it needs to plan the engine's authorization check well.
 *
 * <p>With authorization on, every task query joins the authorizations matching
 * {@code PERMS_ & <permission> = <permission>}. PostgreSQL has no statistics for such an expression and
 * guesses that 0.5% of the rows match; in SkillGate nearly all do (each task gives its candidate group
 * READ on it), so with 50,000 open tasks the planner expected 50 rows instead of 10,000 and chose a
 * nested loop over all pairs: a reviewer's "Due soon / overdue" count took 70 s in psql. Expression
 * statistics on the two permissions Tasklist's queries check (READ on a task, READ_TASK on a process
 * definition) make it probe the authorization index per task instead: 2.5 s, and 0.5 s without JIT
 * (see docs/benchmark.md).
 * They are filled by ANALYZE, which autovacuum runs as the table grows, and used only by plans made for
 * the actual values: hence {@code plan_cache_mode = force_custom_plan} in application-postgres.yaml.
 */
@Component
class PostgresAuthorizationStatistics implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(PostgresAuthorizationStatistics.class);

  /** READ (2) on a task, READ_TASK (64) on a process definition: what a Tasklist filter checks. */
  static final int[] PERMISSIONS = {2, 64};

  private final ProcessEngine engine;
  private final JdbcClient jdbc;

  PostgresAuthorizationStatistics(ProcessEngine engine, JdbcClient jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!"postgres".equals(engine.getProcessEngineConfiguration().getDatabaseType())) {
      return; // H2 plans these queries well enough for its single-node, embedded use
    }
    for (int permission : PERMISSIONS) {
      try {
        jdbc.sql("CREATE STATISTICS IF NOT EXISTS skillgate_auth_perms_" + permission + " ON (PERMS_ & " + permission
            + ") FROM " + EngineAccess.tablePrefix(engine) + "ACT_RU_AUTHORIZATION").update();
      } catch (DataAccessException e) {
        // PostgreSQL before 14 has no expression statistics; two nodes starting together may race here.
        log.warn("Planner statistics for authorization checks not created ({}); Tasklist queries may be slow with "
            + "many open tasks", e.getMostSpecificCause().getMessage());
      }
    }
  }
}
