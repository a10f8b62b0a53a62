package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** The steps of a member's onboarding as the people involved take them, for the tests of this package. */
final class OnboardingTestSteps {

  private final TaskService tasks;
  private final ManagementService management;

  OnboardingTestSteps(TaskService tasks, ManagementService management) {
    this.tasks = tasks;
    this.management = management;
  }

  List<Task> open(String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
  }

  Task single(String processInstanceId, String taskKey) {
    List<Task> found = open(processInstanceId, taskKey);
    assertThat(found).as(taskKey).hasSize(1);
    return found.get(0);
  }

  void provisionAccess(String pi) {
    tasks.complete(single(pi, "UserTask_ProvisionAccess").getId(),
        Map.of("accessProvisioned", true, "accessNote", "claims system and mail"));
  }

  void recordEvidence(Task task) {
    tasks.complete(task.getId(), Map.of("evidenceDate", LocalDate.now().minusDays(1).toString(),
        "evidenceMinutes", 90, "evidenceWith", "Harbor trainer", "evidenceReference", "https://lms.example/rec/1"));
  }

  void recordAllEvidence(String pi) {
    open(pi, "UserTask_RecordItemEvidence").forEach(this::recordEvidence);
  }

  void signOff(Task task, String by) {
    tasks.claim(task.getId(), by);
    tasks.complete(task.getId(), Map.of("itemDecision", "accept"));
  }

  void returnItem(Task task, String by, String reason) {
    tasks.claim(task.getId(), by);
    tasks.complete(task.getId(), Map.of("itemDecision", "return", "itemReturnReason", reason));
  }

  void signOffAll(String pi, String by) {
    open(pi, "UserTask_SignOffItem").forEach(t -> signOff(t, by));
    runJobs(pi);
  }

  /** Tests run without the job executor: the async continuations after each item run here. */
  void runJobs(String pi) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processInstanceId(pi).executable().list()).isEmpty()) {
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  void approve(String pi, String by) {
    Task approval = single(pi, "UserTask_ApproveOnboarding");
    tasks.claim(approval.getId(), by);
    tasks.complete(approval.getId(), Map.of("onboardingDecision", "approve"));
  }
}
