package io.skillgate.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;

/**
 * Timer, job and clock moves for engine tests of a {@link SkillGateTest} class (the job executor is
 * off in tests, so a test runs what is due itself). Tasks need no helper here: camunda-bpm-assert's
 * {@code BpmnAwareTests.task(instance)} and {@code task(taskDefinitionKey, instance)} find them.
 * The clock set here is reset after every test by {@link SkillGateExtension}.
 */
public final class ProcessHelpers {

  /** Tests put a day's events at 09:00 local time, well inside any business day. */
  private static final int NINE = 9;

  private ProcessHelpers() {}

  /**
   * Deletes every process instance of a contract (its business key, which called instances share), so
   * a test leaves no tasks behind in the shared engine for the next test's lists. Nothing happens
   * when the contract was never registered ({@code null}) or has no instances.
   */
  public static void removeContractInstances(RuntimeService runtime, String contractId) {
    if (contractId == null) {
      return;
    }
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(contractId).list()
        .stream().map(ProcessInstance::getId).toList();
    runtime.deleteProcessInstancesIfExists(instances, "test done", true, true, true);
  }

  /** Moves the engine clock (SkillGate's business date) to 09:00 of the day; reset after the test. */
  public static void clockAt(LocalDate day) {
    clockAt(day.atTime(NINE, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** Moves the engine clock to an instant; reset after the test. */
  public static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Puts the engine clock back to real time (it is also put back after every test). */
  public static void realTime() {
    ClockUtil.reset();
  }

  /** The engine clock's now: real time unless the test moved it. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The timer job waiting at an activity of the instance (a boundary, catch or start event); fails if none. */
  public static Job timer(ProcessInstance instance, String activityId) {
    return timer(instance.getId(), activityId);
  }

  public static Job timer(String processInstanceId, String activityId) {
    Job timer = management().createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
        .singleResult();
    assertThat(timer).as("timer at " + activityId).isNotNull();
    return timer;
  }

  /** Fires the timer waiting at an activity now, whatever its due date. */
  public static void fireTimer(ProcessInstance instance, String activityId) {
    management().executeJob(timer(instance, activityId).getId());
  }

  /** Moves the clock to the day, then fires the timer waiting at the activity. */
  public static void fireTimer(String processInstanceId, String activityId, LocalDate on) {
    clockAt(on);
    management().executeJob(timer(processInstanceId, activityId).getId());
  }

  /** Runs the instance's asynchronous continuations (not its timers) until none is left, as the job executor would. */
  public static void runAsyncJobs(String processInstanceId) {
    for (int round = 0; round < 1000; round++) {
      List<Job> jobs = management().createJobQuery().processInstanceId(processInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management().executeJob(j.getId()));
    }
    throw new AssertionError("asynchronous jobs of " + processInstanceId + " keep coming");
  }

  private static ManagementService management() {
    return AbstractAssertions.processEngine().getManagementService();
  }
}
