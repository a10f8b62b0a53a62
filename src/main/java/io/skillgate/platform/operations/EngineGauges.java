package io.skillgate.platform.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The engine's health in numbers, on /actuator/prometheus: open tasks, open incidents, failed
 * jobs (retries exhausted) and due jobs waiting for the job executor. Each is one COUNT query,
 * run when Prometheus scrapes, so nothing is polled in between.
 */
@Component
class EngineGauges implements SmartInitializingSingleton {

  private final MeterRegistry registry;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;

  EngineGauges(MeterRegistry registry, TaskService tasks, RuntimeService runtime, ManagementService management) {
    this.registry = registry;
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Gauge.builder("skillgate.tasks.open", () -> tasks.createTaskQuery().count())
        .description("user tasks waiting for someone").register(registry);
    Gauge.builder("skillgate.incidents.open", () -> runtime.createIncidentQuery().count())
        .description("incidents an admin must resolve in Cockpit").register(registry);
    Gauge.builder("skillgate.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
        .description("jobs whose retries are exhausted").register(registry);
    Gauge.builder("skillgate.jobs.due", () -> management.createJobQuery().executable().count())
        .description("jobs due and waiting for the job executor").register(registry);
  }
}
