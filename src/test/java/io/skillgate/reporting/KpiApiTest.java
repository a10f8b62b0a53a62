package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractEvaluationProcessIds;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/contracts/{id}/kpis}, its CSV, statement confirmation and the evaluation API, with vendor isolation. */
@SkillGateTest
class KpiApiTest {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  String id;
  String other;

  @BeforeEach
  void contractWithOneAcceptedReport() {
    id = Fixtures.uniqueId("KPI");
    other = Fixtures.uniqueId("KPB");
    ObjectNode contract = Fixtures.contract(id);
    // A member whose name a spreadsheet would run as a formula.
    ((ObjectNode) contract.withArray("members").get(0)).put("name", "=HYPERLINK(\"http://evil.example\",\"x\")");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", contract).status()).isEqualTo(201);
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.vendorBContract(other)).status()).isEqualTo(201);
    ProcessInstance reporting = runtime.startProcessInstanceByKey(ReportingVariables.PROCESS_KEY, id,
        Map.of("contractId", id, "vendorGroup", Fixtures.VENDOR_A_GROUP));
    management.executeJob(management.createJobQuery().processInstanceId(reporting.getId()).timers().singleResult().getId());
    tasks.complete(task(reporting).getId(), Map.of("kpiValues", "csat = 80\nerror-rate = 4.1\naht = 44\nfcr = 63",
        "learnerFeedback", 4.2));
    tasks.complete(task(reporting).getId(), Map.of("reviewDecision", "accept"));
  }

  @Test
  void bothPartiesSeeTheKpisOfTheContract() {
    JsonNode kpis = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis").json();

    assertThat(kpis.path("contractId").asText()).isEqualTo(id);
    assertThat(kpis.path("members")).hasSize(15);
    assertThat(kpis.path("roles")).hasSize(3);
    assertThat(kpis.path("gates")).hasSize(3);
    assertThat(kpis.path("gates").get(1).path("requiredModules").asInt()).as("four modules before the pilot").isEqualTo(4);
    JsonNode csat = kpi(kpis, "csat");
    assertThat(csat.path("latest").decimalValue()).isEqualByComparingTo("80");
    assertThat(csat.path("change").decimalValue()).isEqualByComparingTo("2");
    assertThat(csat.path("progressPercent").decimalValue()).as("2 of 7 points").isEqualByComparingTo("28.6");
    assertThat(kpi(kpis, "aht").path("met").asBoolean(true)).isFalse();
    assertThat(kpi(kpis, "training-on-time").path("source").asText()).isEqualTo("COMPUTED");
    JsonNode period = kpis.path("periods").get(0);
    assertThat(period.path("reportStatus").asText()).isEqualTo("ACCEPTED");
    assertThat(period.path("reported").path("error-rate").decimalValue()).isEqualByComparingTo("4.1");
    assertThat(period.path("training").path("retention").decimalValue()).isEqualByComparingTo("100");
    // No training data on this branch: zero items, not errors.
    assertThat(kpis.path("contract").path("completion").path("of").asInt()).isZero();
    assertThat(kpis.path("statements")).as("periods 1 and 2 are open").hasSize(2);
    assertThat(kpis.path("statements").get(0).path("net").decimalValue()).isEqualByComparingTo("0");

    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/kpis").status()).isEqualTo(200);
  }

  @Test
  void anotherVendorAndAnonymousCallersSeeNothing() {
    assertThat(api.get(TestSupport.VENDOR_B, "/api/contracts/" + id + "/kpis").status()).isEqualTo(404);
    assertThat(api.get(TestSupport.VENDOR_B, "/api/contracts/" + id + "/kpis.csv").status()).isEqualTo(404);
    assertThat(api.get(TestSupport.VENDOR_B, "/api/contracts/" + id + "/evaluation").status()).isEqualTo(404);
    assertThat(api.post(TestSupport.VENDOR_B, "/api/contracts/" + id + "/statements/1/confirmation", "").status())
        .isEqualTo(404);
    assertThat(api.get(null, "/api/contracts/" + id + "/kpis").status()).isEqualTo(401);
    assertThat(api.get(TestSupport.VENDOR_A, "/api/contracts/" + other + "/kpis").status()).isEqualTo(404);
    assertThat(api.get(TestSupport.VENDOR_A, "/api/contracts/nope/kpis").status()).isEqualTo(404);
  }

  @Test
  void csvIsQuotedAndFormulaSafe() {
    Api.Response csv = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis.csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "kpis-" + id + ".csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("section,scope,name,kpi,count,of,value,baseline,target,change,progress_percent,met");
    assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1).length).isGreaterThanOrEqualTo(12));
    // The formula is defused with an apostrophe and quoted because it holds quotes and a comma.
    assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
        .doesNotContain(",=HYPERLINK");
    // Negative numbers stay numbers: aht went from 42 to 44, -28.6 % of the way to 35.
    assertThat(csv.body()).contains("contract-kpi,reported,Average handling time,aht,,,44,42,35,2,-28.6,false");
    assertThat(csv.body()).contains("reported,period:1,2027-02-01 to 2027-02-28 (accepted),csat,,,80,");
  }

  @Test
  void reviewerConfirmsAPeriodStatementOnce() {
    String path = "/api/contracts/" + id + "/statements/1/confirmation";
    assertThat(api.post(TestSupport.VENDOR_A, path, "").status()).as("the vendor sees but does not confirm")
        .isEqualTo(403);

    Api.Response confirmed = api.post(TestSupport.REVIEWER, path, "");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().path("confirmedBy").asText()).isEqualTo(TestSupport.REVIEWER);
    assertThat(confirmed.json().path("confirmedAt").asText()).isNotBlank();

    assertThat(api.post(TestSupport.REVIEWER, path, "").status()).isEqualTo(409);
    JsonNode statement = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/kpis").json().path("statements").get(0);
    assertThat(statement.path("confirmedBy").asText()).isEqualTo(TestSupport.REVIEWER);
  }

  @Test
  void statementOfAnUnknownOrUnopenedPeriodIsRefused() {
    Api.Response zero = api.post(TestSupport.REVIEWER, "/api/contracts/" + id + "/statements/0/confirmation", "");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("period");
    Api.Response notOpen = api.post(TestSupport.REVIEWER, "/api/contracts/" + id + "/statements/5/confirmation", "");
    assertThat(notOpen.status()).isEqualTo(400);
    assertThat(notOpen.body()).contains("has not been opened");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts/" + id + "/statements/x/confirmation", "").status())
        .isEqualTo(400);
  }

  @Test
  void evaluationIsReadByBothAndStartedByTheClientOnce() {
    Api.Response summary = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/evaluation");
    assertThat(summary.status()).isEqualTo(200);
    assertThat(summary.json().path("started").asBoolean()).isFalse();
    assertThat(summary.json().path("summary").toString())
        .contains("Customer satisfaction: 80 %, target 85 %, baseline 78 %: not met (28.6 % of the way")
        .contains("Progress reports: 1 accepted of 2 periods opened, 0 late");

    assertThat(api.post(TestSupport.VENDOR_A, "/api/contracts/" + id + "/evaluation", "").status()).isEqualTo(403);
    Api.Response started = api.post(TestSupport.REVIEWER, "/api/contracts/" + id + "/evaluation", "");
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().path("started").asBoolean()).isTrue();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK)
        .taskCandidateGroup(Fixtures.VENDOR_A_GROUP).count()).isEqualTo(1);
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts/" + id + "/evaluation", "").status()).isEqualTo(409);
  }

  private static JsonNode kpi(JsonNode kpis, String key) {
    for (JsonNode k : kpis.path("contractKpis")) {
      if (k.path("key").asText().equals(key)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + key);
  }
}
