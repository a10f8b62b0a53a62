package io.skillgate.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Health is public (load balancers, the container's health check); metrics are for admins and carry the engine's gauges. */
@SkillGateTest
class OperationsEndpointsTest {

  @Autowired Api api;

  @Test
  void healthIsUpWithoutLogin() {
    Api.Response health = api.get(null, "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void metricsNeedAnAdminAndShowTheEngineGauges() {
    assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
    assertThat(api.get(TestSupport.VENDOR_A, "/actuator/prometheus").status()).isEqualTo(403);

    Api.Response metrics = api.get(TestSupport.ADMIN, "/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("skillgate_tasks_open", "skillgate_incidents_open", "skillgate_jobs_failed",
        "skillgate_jobs_due", "skillgate_notices{status=\"PENDING\"");
  }
}
