package io.skillgate.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claiming a task yourself sends you nothing; being assigned by someone else does. */
@SkillGateTest
class AssignmentNoticeTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired NoticeRepository notices;

  @Test
  void onlyAssignmentsByOthersAreNoticed() {
    String id = Fixtures.uniqueId("ASG");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();

    Api.Response claim = api.post(TestSupport.VENDOR_A, "/engine-rest/task/" + taskId + "/claim",
        "{\"userId\": \"" + TestSupport.VENDOR_A + "\"}");
    assertThat(claim.status()).as(claim.body()).isEqualTo(204);
    assertThat(assignedNotices(id)).isEmpty();

    Api.Response assign = api.post(TestSupport.ADMIN, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\": \"" + TestSupport.REVIEWER + "\"}");
    assertThat(assign.status()).as(assign.body()).isEqualTo(204);
    assertThat(assignedNotices(id)).extracting(Notice::recipient).containsExactly("tess@client.example");
  }

  private List<Notice> assignedNotices(String contractId) {
    return notices.search(contractId, null, null, null, 100).stream()
        .filter(n -> n.kind() == NoticeKind.TASK_ASSIGNED).toList();
  }
}
