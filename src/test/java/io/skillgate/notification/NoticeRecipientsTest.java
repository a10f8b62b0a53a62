package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
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
 * The notices of each feature's tasks reach the right people: the vendor's users and contact for
 * vendor work, the client's reviewers for approvals, and never the other vendor.
 */
@SkillGateTest
class NoticeRecipientsTest {

  private static final String VENDOR_A_USER = "vic@northwind.example";
  private static final String VENDOR_A_CONTACT = "training-lead@northwind.example";
  private static final String VENDOR_B_USER = "olaf@oakfield.example";
  private static final String REVIEWER = "tess@client.example";

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired NoticeRepository notices;

  @Test
  void planOnboardingAndTrainingTasksNoticeTheirParties() {
    String id = Fixtures.uniqueId("NTC");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);

    Task confirm = onlyTask(id, "ContractProgrammeProcess");
    assertThat(recipients(confirm)).contains(VENDOR_A_USER, VENDOR_A_CONTACT).doesNotContain(VENDOR_B_USER, REVIEWER);

    tasks.complete(confirm.getId(), Map.of("vendorComment", "ok"));
    Task approve = onlyTask(id, "ContractProgrammeProcess");
    assertThat(recipients(approve)).contains(REVIEWER).doesNotContain(VENDOR_A_USER, VENDOR_A_CONTACT, VENDOR_B_USER);

    runtime.startProcessInstanceByKey("MemberOnboardingProcess", id,
        Map.of("contractId", id, "memberId", "NW-A01", "vendorGroup", Fixtures.VENDOR_A_GROUP));
    Task provision = onlyTask(id, "MemberOnboardingProcess");
    assertThat(recipients(provision)).contains(VENDOR_A_USER, VENDOR_A_CONTACT).doesNotContain(VENDOR_B_USER);

    runtime.startProcessInstanceByKey("PhaseGatedTrainingProcess", id,
        Map.of("contractId", id, "vendorGroup", Fixtures.VENDOR_A_GROUP));
    List<Task> milestoneTasks = tasks.createTaskQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("TrainingMilestoneProcess").list();
    assertThat(milestoneTasks).isNotEmpty().allSatisfy(t ->
        assertThat(recipients(t)).contains(VENDOR_A_USER, VENDOR_A_CONTACT).doesNotContain(VENDOR_B_USER));
  }

  private Task onlyTask(String contractId, String processKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(contractId).processDefinitionKey(processKey)
        .singleResult();
  }

  private List<String> recipients(Task task) {
    return notices.search(null, null, null, null, 5000).stream()
        .filter(n -> task.getId().equals(n.taskId()) && n.kind() == NoticeKind.TASK_CREATED)
        .map(Notice::recipient)
        .toList();
  }
}
