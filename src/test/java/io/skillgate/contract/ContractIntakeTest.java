package io.skillgate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

@SkillGateTest
class ContractIntakeTest {

  @Autowired Api api;
  @Autowired ContractRepository contracts;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void validContractIsStoredAndStartsItsProgramme() {
    String id = Fixtures.uniqueId("OK");

    Api.Response created = api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/contracts/" + id);
    assertThat(created.json().get("stage").asText()).isEqualTo("PLAN_CONFIRMATION");
    assertThat(contracts.members(id)).hasSize(15);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(ContractVariables.PROCESS_KEY).count()).isEqualTo(1);
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo("UserTask_ConfirmUpskillingPlan");
    assertThat(tasks.getIdentityLinksForTask(confirm.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Fixtures.VENDOR_A_GROUP));
    assertThat(confirm.getDueDate()).isNotNull();

    JsonNode view = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id).json();
    assertThat(view.at("/contract/stage").asText()).isEqualTo("PLAN_CONFIRMATION");
    assertThat(view.at("/openTasks/0/name").asText()).isEqualTo("Confirm upskilling plan");
    assertThat(view.at("/terms/kpis").size()).isEqualTo(6);
    assertThat(view.at("/history/0/kind").asText()).isEqualTo("REGISTERED");
  }

  static Stream<Arguments> badContracts() {
    return Stream.of(
        bad("missing client", "client", c -> c.remove("client")),
        bad("missing vendor email", "vendor.contactEmail", c -> ((ObjectNode) c.get("vendor")).remove("contactEmail")),
        bad("end before start", "endDate", c -> c.put("endDate", "2026-01-01")),
        bad("phase outside the contract", "phases[2].startDate",
            c -> ((ObjectNode) c.get("phases").get(2)).put("startDate", "2030-01-01")),
        bad("unknown role", "members[0].role", c -> ((ObjectNode) c.get("members").get(0)).put("role", "pilot")),
        bad("duplicate member id", "members[1].id",
            c -> ((ObjectNode) c.get("members").get(1)).put("id", c.get("members").get(0).get("id").asText())),
        bad("invalid member email", "members[3].email",
            c -> ((ObjectNode) c.get("members").get(3)).put("email", "not-an-email")),
        bad("negative penalty", "incentives.missedMilestonePenalty",
            c -> ((ObjectNode) c.get("incentives")).put("missedMilestonePenalty", -250)),
        bad("unknown reporting frequency", "reportingFrequency", c -> c.put("reportingFrequency", "HOURLY")),
        bad("malformed date", "startDate", c -> c.put("startDate", "1st of Feb")),
        bad("unknown field", "surprise", c -> c.put("surprise", true)),
        bad("training for unknown phase", "trainingRequirements[0].beforePhase",
            c -> ((ObjectNode) c.get("trainingRequirements").get(0)).put("beforePhase", "go-live")),
        bad("pass mark over 100", "trainingRequirements[1].assessment.passMark",
            c -> ((ObjectNode) c.get("trainingRequirements").get(1).get("assessment")).put("passMark", 120)),
        bad("no members", "members", c -> c.putArray("members")));
  }

  private static Arguments bad(String name, String field, Consumer<ObjectNode> change) {
    return Arguments.of(name, field, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badContracts")
  void invalidContractIsRefusedWithTheOffendingFieldAndChangesNothing(String name, String field,
      Consumer<ObjectNode> change) {
    String id = Fixtures.uniqueId("BAD");
    ObjectNode contract = Fixtures.contract(id);
    change.accept(contract);

    Api.Response response = api.post(TestSupport.REVIEWER, "/api/contracts", contract);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("fieldErrors").findValuesAsText("field")).contains(field);
    assertNothingStoredOrStarted(id);
  }

  @Test
  void existingContractIdIsAConflictAndChangesNothing() {
    String id = Fixtures.uniqueId("DUP");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    ObjectNode again = Fixtures.contract(id);
    again.put("title", "a second attempt");

    Api.Response response = api.post(TestSupport.REVIEWER, "/api/contracts", again);

    assertThat(response.status()).isEqualTo(409);
    assertThat(contracts.find(id).orElseThrow().title()).isNotEqualTo("a second attempt");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
  }

  @Test
  void oversizedBodyIsRefusedWith413() {
    String id = Fixtures.uniqueId("BIG");
    ObjectNode contract = Fixtures.contract(id);
    contract.put("title", "x".repeat(1_100_000));

    Api.Response response = api.post(TestSupport.REVIEWER, "/api/contracts", contract);

    assertThat(response.status()).isEqualTo(413);
    assertNothingStoredOrStarted(id);
  }

  @Test
  void malformedJsonIsABadRequest() {
    Api.Response response = api.post(TestSupport.REVIEWER, "/api/contracts", "{\"id\": ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("not valid JSON");
  }

  @Test
  void vendorsCannotRegisterContracts() {
    String id = Fixtures.uniqueId("VEN");
    Api.Response response = api.post(TestSupport.VENDOR_A, "/api/contracts", Fixtures.contract(id));
    assertThat(response.status()).isEqualTo(403);
    assertNothingStoredOrStarted(id);
  }

  private void assertNothingStoredOrStarted(String id) {
    assertThat(contracts.exists(id)).as("contract stored").isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).as("process started")
        .isZero();
  }
}
