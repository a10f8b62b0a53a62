package io.skillgate.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The priority sweep: one pending engine job that raises priorities as due dates near, idempotently. */
@SkillGateTest
class TaskPrioritySweepTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aTaskRisesAsItsDueDateNearsAndPassesAndASecondSweepChangesNothing() {
    String id = Fixtures.uniqueId("PRIO");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    Instant due = confirm.getDueDate().toInstant();
    assertThat(confirm.getPriority()).as("set at creation from the days left")
        .isEqualTo(TaskPriorities.of(due, Instant.now(), ZoneId.systemDefault()));

    // The sweep is an engine job, found and run as the job executor would.
    assertThat(sweeps()).hasSize(1);
    Instant anHourBefore = due.minusSeconds(3600);
    ProcessHelpers.clockAt(anHourBefore);
    runSweep();
    int nearlyDue = TaskPriorities.of(due, anHourBefore, ZoneId.systemDefault());
    assertThat(nearlyDue).isGreaterThan(confirm.getPriority()).isGreaterThanOrEqualTo(80);
    assertThat(priority(confirm)).isEqualTo(nearlyDue);
    assertThat(sweeps()).as("the sweep scheduled its successor").hasSize(1);
    assertThat(sweeps().get(0).getDuedate()).isAfter(Date.from(ProcessHelpers.now()));

    ProcessHelpers.clockAt(due.plusSeconds(60));
    runSweep();
    assertThat(priority(confirm)).isEqualTo(TaskPriorities.OVERDUE);
    runSweep();
    assertThat(priority(confirm)).isEqualTo(TaskPriorities.OVERDUE);
  }

  @Test
  void aPrioritySetOnPurposeIsNeverLowered() {
    String id = Fixtures.uniqueId("PRIO");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    tasks.setPriority(confirm.getId(), 95);
    runSweep();
    assertThat(priority(confirm)).isEqualTo(95);
  }

  @Test
  void twoPendingSweepsBecomeOne() {
    ProcessHelpers.clockAt(java.time.Instant.now().plus(java.time.Duration.ofHours(2)));
    // As if a second node had started at the same moment and created its own.
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) org.camunda.bpm.engine.ProcessEngines
        .getDefaultProcessEngine().getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(c -> {
          TaskPrioritySweep.schedule(Date.from(ProcessHelpers.now()));
          return null;
        });
    assertThat(sweeps()).hasSizeGreaterThanOrEqualTo(2);
    for (Job job : sweeps()) {
      management.executeJob(job.getId());
    }
    assertThat(sweeps()).hasSize(1);
  }

  private void runSweep() {
    Job pending = sweeps().get(0);
    management.setJobDuedate(pending.getId(), Date.from(ProcessHelpers.now()));
    management.executeJob(pending.getId());
  }

  private List<Job> sweeps() {
    return management.createJobQuery().list().stream()
        .filter(j -> TaskPrioritySweep.TYPE.equals(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j)
            .getJobHandlerType()))
        .toList();
  }

  private int priority(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).singleResult().getPriority();
  }
}
