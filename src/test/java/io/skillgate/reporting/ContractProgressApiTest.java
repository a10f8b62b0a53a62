package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/contracts/{id}/progress}: whose turn it is and how far onboarding has come, for the parties only. */
@SkillGateTest
class ContractProgressApiTest {

  @Autowired Api api;
  @Autowired TaskService tasks;

  @Test
  void theTurnPassesFromVendorToClientAndOnlyThePartiesSeeIt() {
    String id = Fixtures.uniqueId("TURN");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);

    JsonNode vendorsView = progress(TestSupport.VENDOR_A, id);
    assertThat(vendorsView.path("stage").asText()).isEqualTo("PLAN_CONFIRMATION");
    assertThat(vendorsView.path("waitingOn")).hasSize(1);
    JsonNode turn = vendorsView.path("waitingOn").get(0);
    assertThat(turn.path("party").asText()).isEqualTo("VENDOR");
    assertThat(turn.path("label").asText()).isEqualTo("Northwind BPO (vendor)");
    assertThat(turn.path("openTasks").asInt()).isEqualTo(1);
    assertThat(turn.path("overdueTasks").asInt()).isZero();
    assertThat(turn.path("nextDue").isTextual()).isTrue();
    assertThat(turn.path("tasks").path("Confirm upskilling plan").asInt()).isEqualTo(1);
    JsonNode onboarding = vendorsView.path("onboarding");
    assertThat(onboarding.path("members").asInt()).isEqualTo(15);
    assertThat(onboarding.path("notStarted").asInt()).isEqualTo(15);
    assertThat(onboarding.path("approved").asInt()).isZero();

    Api.Response otherVendor = api.get(TestSupport.VENDOR_B, "/api/contracts/" + id + "/progress");
    assertThat(otherVendor.status()).isEqualTo(404);
    assertThat(otherVendor.body()).doesNotContain("Northwind");
    assertThat(api.get(null, "/api/contracts/" + id + "/progress").status()).isEqualTo(401);

    String confirm = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
    tasks.complete(confirm, Map.of("vendorComment", "we confirm"));

    JsonNode reviewersView = progress(TestSupport.REVIEWER, id);
    assertThat(reviewersView.path("waitingOn")).hasSize(1);
    assertThat(reviewersView.at("/waitingOn/0/party").asText()).isEqualTo("CLIENT");
    assertThat(reviewersView.at("/waitingOn/0/tasks").fieldNames().next()).isEqualTo("Approve upskilling plan");
  }

  private JsonNode progress(String user, String id) {
    Api.Response r = api.get(user, "/api/contracts/" + id + "/progress");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }
}
