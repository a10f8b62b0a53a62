package io.skillgate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people complete the same task at once: one wins, the others get a clear 409. */
@SkillGateTest
class ConcurrentCompletionTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  /** Repeated: which way each loser loses depends on timing, and every way must be a 409. */
  @RepeatedTest(10)
  void oneCompletionWinsAndTheOthersAreToldWhy() {
    String id = Fixtures.uniqueId("RACE");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Api.Response>> attempts = IntStream.range(0, 4)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
          await(start);
          return api.post(TestSupport.VENDOR_A, "/engine-rest/task/" + taskId + "/complete",
              "{\"variables\": {\"vendorComment\": {\"value\": \"attempt " + i + "\"}}}");
        }))
        .toList();
    start.countDown();
    List<Api.Response> responses = attempts.stream().map(CompletableFuture::join).toList();

    assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != 204)
        .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(409));
    assertThat(responses).filteredOn(r -> r.status() == 409)
        .allSatisfy(r -> assertThat(r.body()).containsAnyOf("at the same time", "no longer open"));
    // Exactly one completion happened: the process moved on once.
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("UserTask_ConfirmUpskillingPlan").finished().count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("UserTask_ApproveUpskillingPlan")
        .count()).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
