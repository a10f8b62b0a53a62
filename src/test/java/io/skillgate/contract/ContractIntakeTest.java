package io.skillgate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
    assertThat(view.at("/terms/certifications/1/bonus").decimalValue()).isEqualByComparingTo("300");
    assertThat(view.at("/terms/incentives/kpiTargetBonuses/0/amountPerPeriod").decimalValue())
        .isEqualByComparingTo("750");
    assertThat(view.at("/terms/exit/certificationRecords").size()).isEqualTo(2);
  }

  @Test
  void aContractWrittenBeforeTheNewIncentiveTermsIsStillValid() {
    String id = Fixtures.uniqueId("OLD");
    ObjectNode contract = Fixtures.contract(id);
    ((ObjectNode) contract.get("certifications").get(1)).remove("bonus");
    ((ObjectNode) contract.get("incentives")).remove("kpiTargetBonuses");
    ((ObjectNode) contract.get("exit")).remove("certificationRecords");

    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", contract).status()).isEqualTo(201);
    JsonNode terms = api.get(TestSupport.REVIEWER, "/api/contracts/" + id).json().path("terms");
    assertThat(terms.at("/certifications/1/bonus").isMissingNode()).isTrue();
    assertThat(terms.at("/incentives/currency").asText()).isEqualTo("EUR");
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
        bad("no members", "members", c -> c.putArray("members")),
        // Issue 15: the incentive terms added for strategies 3 and 4.
        bad("currency that is no ISO 4217 code", "incentives.currency",
            c -> ((ObjectNode) c.get("incentives")).put("currency", "XEU")),
        bad("currency in lower case", "incentives.currency",
            c -> ((ObjectNode) c.get("incentives")).put("currency", "eur")),
        bad("negative certification bonus", "certifications[1].bonus",
            c -> ((ObjectNode) c.get("certifications").get(1)).put("bonus", -300)),
        bad("certification bonus in fractions of a cent", "certifications[0].bonus",
            c -> ((ObjectNode) c.get("certifications").get(0)).put("bonus", 400.005)),
        bad("duplicate certification", "certifications[1].key",
            c -> ((ObjectNode) c.get("certifications").get(1)).put("key", "itil4-foundation")),
        bad("KPI-target bonus for an unknown KPI", "incentives.kpiTargetBonuses[0].kpis[1]",
            c -> ((ArrayNode) c.get("incentives").get("kpiTargetBonuses").get(0).get("kpis")).set(1, "nps")),
        bad("KPI-target bonus naming no KPI", "incentives.kpiTargetBonuses[0].kpis",
            c -> ((ObjectNode) c.get("incentives").get("kpiTargetBonuses").get(0)).putArray("kpis")),
        bad("KPI-target bonus without an amount", "incentives.kpiTargetBonuses[0].amountPerPeriod",
            c -> ((ObjectNode) c.get("incentives").get("kpiTargetBonuses").get(0)).remove("amountPerPeriod")),
        bad("two KPI-target bonuses with one key", "incentives.kpiTargetBonuses[1].key",
            c -> ((ArrayNode) c.get("incentives").get("kpiTargetBonuses"))
                .add(c.get("incentives").get("kpiTargetBonuses").get(0).deepCopy())),
        bad("exit records of an unknown certification", "exit.certificationRecords[0]",
            c -> ((ArrayNode) c.get("exit").get("certificationRecords")).set(0, "pmp")));
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
