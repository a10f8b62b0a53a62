package io.skillgate.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillgate.support.SkillGateTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On PostgreSQL (CI's second suite), what keeps Tasklist's queries fast with many open tasks is in place. */
@SkillGateTest
class PostgresTuningTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void onPostgres() {
    assumeTrue("postgres".equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDatabaseType()), "PostgreSQL only");
  }

  @Test
  void thePermissionExpressionsOfTheAuthorizationCheckHavePlannerStatistics() {
    assertThat(jdbc.sql("SELECT stxname FROM pg_statistic_ext WHERE stxrelid = 'act_ru_authorization'::regclass")
        .query(String.class).list())
        .contains("skillgate_auth_perms_2", "skillgate_auth_perms_64");
  }

  @Test
  void everyConnectionPlansWithTheActualValuesAndWithoutJit() {
    for (int i = 0; i < 3; i++) {
      assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
      assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
    }
  }
}
