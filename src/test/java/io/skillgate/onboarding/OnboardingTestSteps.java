package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.security.SkillGateUser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.TestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/** The steps of a member's onboarding as the people involved take them, for the tests of this package. */
final class OnboardingTestSteps {

  static final String EVIDENCE = "UserTask_RecordOnboardingEvidence";
  static final String APPROVAL = "UserTask_ApproveOnboarding";

  /** Northwind's vendor user, as the upload page's session presents her. */
  static final SkillGateUser VENDOR = new SkillGateUser(TestSupport.VENDOR_A, List.of(Fixtures.VENDOR_A_GROUP));

  private final TaskService tasks;
  private final ManagementService management;
  private final OnboardingService onboarding;

  OnboardingTestSteps(TaskService tasks, ManagementService management, OnboardingService onboarding) {
    this.tasks = tasks;
    this.management = management;
    this.onboarding = onboarding;
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

  /** The checklist of an evidence task as its form shows it (Markdown, one row per item of the round). */
  static String checklist(TaskService tasks, String taskId) {
    return (String) tasks.getVariable(taskId, "evidenceChecklist");
  }

  /** The items the task waits for, by id. */
  static List<Long> waitingItems(TaskService tasks, String taskId) {
    return OnboardingTasks.ids(tasks.getVariable(taskId, "onboardingItemIds"));
  }

  /** One item's evidence as the upload page sends it, by the contract's vendor. */
  void recordItem(Task task, long itemId) {
    String contractId = (String) tasks.getVariable(task.getId(), "contractId");
    String memberId = (String) tasks.getVariable(task.getId(), "memberId");
    onboarding.submitEvidence(VENDOR, contractId, memberId, itemId,
        new EvidenceRequest(LocalDate.now().minusDays(1), 90, "Harbor trainer", "https://lms.example/rec/1"));
  }

  /** Evidence for every item the task waits for: the task then completes by itself. */
  void recordEvidence(Task task) {
    waitingItems(tasks, task.getId()).forEach(item -> recordItem(task, item));
  }

  void recordAllEvidence(String pi) {
    recordEvidence(single(pi, EVIDENCE));
  }

  /** Tests run without the job executor: continuations run here. */
  void runJobs(String pi) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processInstanceId(pi).executable().list()).isEmpty()) {
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  void approve(String pi, String by) {
    Task approval = single(pi, APPROVAL);
    tasks.claim(approval.getId(), by);
    tasks.complete(approval.getId(), Map.of("onboardingDecision", "approve"));
  }

  /** Returns the items with these ids, as the reviewer's checklist submits them. */
  void returnItems(String pi, String by, String reason, List<Long> itemIds) {
    Task approval = single(pi, APPROVAL);
    tasks.claim(approval.getId(), by);
    String chosen = itemIds.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    tasks.complete(approval.getId(), Map.of("onboardingDecision", "return", "onboardingReturnReason", reason,
        "returnItems", SpinValues.jsonValue(chosen).create()));
  }
}
