package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.Jobs;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many onboarding tasks a vendor faces for the 15-member fixture contract, counted as the
 * vendor's Tasklist would list them (candidate group, the contract's instances): the figure the
 * docs/user-guide.md reports. A member's onboarding is one vendor task at a time: provisioning, then one
 * evidence task with a row per item.
 */
@SkillGateTest
class OnboardingWorkloadTest {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired Jobs jobs;

  @Test
  void aFifteenMemberTeamGivesTheVendorOneOnboardingTaskPerMember() {
    String id = Fixtures.uniqueId("WKL");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    agreePlan(id);

    List<Task> provisioning = openOnboardingTasks(id);
    System.out.printf("open vendor onboarding tasks, 15-member contract: %d after the plan is agreed%n",
        provisioning.size());
    assertThat(provisioning).hasSize(15)
        .allSatisfy(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo("UserTask_ProvisionAccess"));

    provisioning.forEach(t -> tasks.complete(t.getId(), Map.of("accessProvisioned", true)));
    jobs.executeAll();

    List<Task> evidence = openOnboardingTasks(id);
    long allVendorTasks = tasks.createTaskQuery().processInstanceBusinessKey(id)
        .taskCandidateGroup(Fixtures.VENDOR_A_GROUP).count();
    System.out.printf("open vendor onboarding tasks, 15-member contract: %d once access is provisioned "
        + "(all open vendor tasks of the contract: %d)%n", evidence.size(), allVendorTasks);
    assertThat(evidence).hasSize(15)
        .allSatisfy(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo("UserTask_RecordOnboardingEvidence"));
    // One task per member: no two of them are about the same member.
    assertThat(evidence).extracting(t -> runtime.getVariable(t.getProcessInstanceId(), "memberId"))
        .doesNotHaveDuplicates().hasSize(15);
    // Every item is still there, as a row of its member's checklist.
    assertThat(evidence).allSatisfy(t -> assertThat(OnboardingTestSteps.waitingItems(tasks, t.getId())).hasSizeGreaterThan(5));
  }

  private List<Task> openOnboardingTasks(String contractId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(contractId)
        .processDefinitionKey(OnboardingVariables.PROCESS_KEY)
        .taskCandidateGroup(Fixtures.VENDOR_A_GROUP).list();
  }

  private void agreePlan(String contractId) {
    jobs.executeAll();
    String programme = runtime.createProcessInstanceQuery().processDefinitionKey("ContractProgrammeProcess")
        .processInstanceBusinessKey(contractId).singleResult().getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(programme)
        .taskDefinitionKey("UserTask_ConfirmUpskillingPlan").singleResult().getId(), Map.of("vendorComment", "ok"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(programme)
        .taskDefinitionKey("UserTask_ApproveUpskillingPlan").singleResult().getId(), Map.of("planDecision", "approve"));
    jobs.executeAll();
  }
}
