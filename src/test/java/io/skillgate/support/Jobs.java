package io.skillgate.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's jobs in tests, where the job executor is off: every job that is due now (by the
 * engine's clock, {@code ClockUtil}) and has retries left, again and again until none is left. A failing
 * job does not stop the run: the engine records the failure (retries, backoff, incident) as the job
 * executor would, and the failure is reported in the result.
 */
public class Jobs {

  /** Guards against jobs that keep creating due jobs (e.g. a cycle timer in the past). */
  private static final int MAX_ROUNDS = 50;

  private final ManagementService management;

  Jobs(ManagementService management) {
    this.management = management;
  }

  /** What a run did: how many job executions succeeded, and the failures. */
  public record Run(int succeeded, List<Failure> failures) {}

  public record Failure(String jobId, Exception exception) {}

  public Run executeAll() {
    int succeeded = 0;
    List<Failure> failures = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = management.createJobQuery().executable().active().list();
      if (due.isEmpty()) {
        return new Run(succeeded, failures);
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
          succeeded++;
        } catch (Exception e) {
          failures.add(new Failure(job.getId(), e));
        }
      }
    }
    throw new AssertionError("jobs still due after " + MAX_ROUNDS + " rounds: "
        + management.createJobQuery().executable().active().count());
  }
}
