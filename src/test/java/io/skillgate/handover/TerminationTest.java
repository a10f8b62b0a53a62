package io.skillgate.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.contract.ContractRepository;
import io.skillgate.contract.ContractStage;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/** {@code POST /api/contracts/{id}/termination} and the handover report, through the HTTP API. */
@SkillGateTest
class TerminationTest {

  /** Stands in for the training process (built in parallel): one open vendor task, business key = contract id. */
  static final String TRAINING_STAND_IN = "TrainingStandInProcess";

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired ContractRepository contracts;
  @Autowired HandoverRepository handovers;
  @Autowired RecordingTerminationParticipant participant;
  @Autowired Clock clock;

  String id;

  @BeforeEach
  void registerContract() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(TRAINING_STAND_IN).count() == 0) {
      repository.createDeployment().name("termination test").addModelInstance(TRAINING_STAND_IN + ".bpmn",
          Bpmn.createExecutableProcess(TRAINING_STAND_IN).camundaHistoryTimeToLive(1)
              .startEvent().userTask("UserTask_CompleteModule").name("Complete module")
              .camundaCandidateGroups(Fixtures.VENDOR_A_GROUP).endEvent().done()).deploy();
    }
    id = Fixtures.uniqueId("TRM");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
  }

  @Test
  void terminatingARunningContractEndsItsTrainingAndHandsOverEveryItem() {
    agreePlan();
    ProcessInstance training = startTraining();
    LocalDate effective = today().plusDays(30);

    Api.Response response = terminate(TestSupport.REVIEWER, "Service levels missed three quarters running", effective);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().path("effectiveDate").asText()).isEqualTo(effective.toString());
    // Training ended cleanly: told first, then its instance deleted with the reason; nothing of it in Tasklist.
    assertThat(participant.callsFor(id))
        .containsExactly(new RecordingTerminationParticipant.Call(id, "Service levels missed three quarters running"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(training.getId()).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(training.getId()).singleResult()
        .getDeleteReason()).isEqualTo(TerminationService.DELETE_REASON);
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(id).list();
    // What is left in Tasklist is the exit: handover items and the end-of-contract evaluation.
    assertThat(open).isNotEmpty().allSatisfy(t -> assertThat(t.getProcessDefinitionId())
        .matches("(ExitHandoverProcess|ContractEvaluationProcess):.*"));
    assertThat(contracts.find(id).orElseThrow().stage()).isEqualTo(ContractStage.EXIT_HANDOVER);
    assertThat(contracts.events(id)).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("TERMINATED");
      assertThat(e.actor()).isEqualTo(TestSupport.REVIEWER);
    });

    // The checklist is complete: every exit term is an item, every member's access to every system is listed.
    JsonNode report = api.get(TestSupport.VENDOR_A, "/api/contracts/" + id + "/handover").json();
    assertThat(report.path("terminated").asBoolean()).isTrue();
    assertThat(report.path("terminationReason").asText()).isEqualTo("Service levels missed three quarters running");
    assertThat(report.path("effectiveEndDate").asText()).isEqualTo(effective.toString());
    List<String> titles = report.path("items").findValuesAsText("title");
    assertThat(titles).containsExactly(expectedTitles().toArray(String[]::new));
    assertThat(report.path("counts").path("outstanding").asInt()).isEqualTo(ExitHandoverProcessTest.DEMO_ITEMS);
    assertThat(report.path("accessRevocations")).hasSize(3 * 15);
    assertThat(report.has("trainingEvaluationAvailable")).isTrue();
    assertThat(report.path("trainingEvaluationAvailable").asBoolean()).isTrue();

    Api.Response document = api.get(TestSupport.REVIEWER, "/api/contracts/" + id + "/handover/report");
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(document.raw().headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment").contains("handover-report-" + id + ".html");
    for (String title : expectedTitles()) {
      assertThat(document.body()).contains(HtmlUtils.htmlEscape(title));
    }
    assertThat(document.body()).contains("Customer satisfaction").contains("Claims system").contains("Ava Agent (NW-A01)");
  }

  @Test
  void terminationDuringPlanAgreementEndsTheProgrammeToo() {
    ProcessInstance programme = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("ContractProgrammeProcess").singleResult();

    assertThat(terminate(TestSupport.ADMIN, "Vendor insolvent", today()).status()).isEqualTo(201);

    // The programme does not wait for ContractTerminated during the plan stage: it is deleted, the handover runs alone.
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(programme.getId()).singleResult()
        .getDeleteReason()).isEqualTo(TerminationService.DELETE_REASON);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list())
        .singleElement().satisfies(p -> assertThat(p.getProcessDefinitionId()).startsWith("ExitHandoverProcess:"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("UserTask_ConfirmUpskillingPlan")
        .count()).isZero();
  }

  @Test
  void onlyTheClientsReviewersAndAdminsMayTerminate() {
    String other = Fixtures.uniqueId("TRM-B");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.vendorBContract(other)).status()).isEqualTo(201);
    ProcessInstance training = startTraining();

    assertThat(terminate(TestSupport.VENDOR_A, "we quit", today().plusDays(5)).status()).isEqualTo(403);
    assertThat(terminate(TestSupport.VENDOR_B, "we quit", today().plusDays(5)).status()).isEqualTo(404);
    assertThat(terminate(null, "we quit", today().plusDays(5)).status()).isEqualTo(401);
    assertThat(api.post(TestSupport.VENDOR_A, "/api/contracts/" + other + "/termination",
        Map.of("reason", "x", "effectiveDate", today().toString())).status()).isEqualTo(404);

    assertNothingChanged(training);
  }

  @Test
  void invalidTerminationsAreRefusedWithTheirFields() {
    ProcessInstance training = startTraining();

    assertThat(fields(api.post(TestSupport.REVIEWER, path(), Map.of()))).containsExactlyInAnyOrder("reason", "effectiveDate");
    assertThat(fields(terminate(TestSupport.REVIEWER, " ", today()))).containsExactly("reason");
    assertThat(fields(terminate(TestSupport.REVIEWER, "x".repeat(2001), today()))).containsExactly("reason");
    assertThat(fields(terminate(TestSupport.REVIEWER, "late", today().minusDays(1)))).containsExactly("effectiveDate");
    assertThat(fields(terminate(TestSupport.REVIEWER, "too late", LocalDate.parse("2029-02-01"))))
        .containsExactly("effectiveDate");
    assertThat(fields(api.post(TestSupport.REVIEWER, path(), Map.of("reason", "r", "effectiveDate", "31/12/2027"))))
        .containsExactly("effectiveDate");

    assertNothingChanged(training);
  }

  @Test
  void aSecondTerminationIsAConflictAndChangesNothing() {
    assertThat(terminate(TestSupport.ADMIN, "first notice", today().plusDays(10)).status()).isEqualTo(201);
    int events = contracts.events(id).size();
    long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count();
    long openTasks = tasks.createTaskQuery().processInstanceBusinessKey(id).count();

    Api.Response second = terminate(TestSupport.REVIEWER, "second notice", today().plusDays(3));

    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(handovers.termination(id).orElseThrow().reason()).isEqualTo("first notice");
    assertThat(handovers.handover(id).orElseThrow().effectiveEndDate()).isEqualTo(today().plusDays(10));
    assertThat(contracts.events(id)).hasSize(events);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(instances);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).count()).isEqualTo(openTasks);
    assertThat(participant.callsFor(id)).hasSize(1);
  }

  @Test
  void aContractWhoseHandoverAlreadyRunsCannotBeTerminated() {
    ProcessInstance regular = runtime.createProcessInstanceByKey(HandoverVariables.PROCESS_KEY).businessKey(id)
        .setVariables(Map.of("contractId", id, "vendorGroup", Fixtures.VENDOR_A_GROUP,
            "effectiveEndDate", java.util.Date.from(today().plusDays(60).atStartOfDay(clock.getZone()).toInstant()), "terminated", false))
        .execute();

    Api.Response response = terminate(TestSupport.REVIEWER, "bring it forward", today().plusDays(5));

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.json().path("message").asText()).contains("EXIT_HANDOVER");
    assertThat(handovers.termination(id)).isEmpty();
    assertThat(handovers.handover(id).orElseThrow().terminated()).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(regular.getId()).count()).isEqualTo(1);
  }

  @Test
  void aFailingParticipantRollsTheWholeTerminationBack() {
    ProcessInstance training = startTraining();
    participant.failFor(id);

    assertThat(terminate(TestSupport.REVIEWER, "ends", today().plusDays(3)).status()).isEqualTo(500);

    assertNothingChanged(training);
  }

  @Test
  void theReportIsForTheContractsPartiesOnceTheHandoverHasStarted() {
    assertThat(api.get(TestSupport.REVIEWER, path("/handover")).status()).isEqualTo(404);
    terminate(TestSupport.REVIEWER, "ends", today().plusDays(3));

    assertThat(api.get(TestSupport.VENDOR_A, path("/handover")).status()).isEqualTo(200);
    assertThat(api.get(TestSupport.VENDOR_A, path("/handover/report")).status()).isEqualTo(200);
    Api.Response other = api.get(TestSupport.VENDOR_B, path("/handover"));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("Northwind");
    assertThat(api.get(TestSupport.VENDOR_B, path("/handover/report")).status()).isEqualTo(404);
    assertThat(api.get(null, path("/handover/report")).status()).isEqualTo(401);
  }

  @Test
  void theReportEscapesEveryValue() {
    terminate(TestSupport.REVIEWER, "<script>alert('x')</script> & \"quotes\"", today().plusDays(3));

    String body = api.get(TestSupport.VENDOR_A, path("/handover/report")).body();

    assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
  }

  private void assertNothingChanged(ProcessInstance training) {
    assertThat(handovers.termination(id)).isEmpty();
    assertThat(handovers.handover(id)).isEmpty();
    assertThat(handovers.items(id)).isEmpty();
    assertThat(contracts.find(id).orElseThrow().stage()).isEqualTo(ContractStage.PLAN_CONFIRMATION);
    assertThat(contracts.events(id)).noneSatisfy(e -> assertThat(e.kind()).isEqualTo("TERMINATED"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(training.getId()).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(HandoverVariables.PROCESS_KEY).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("UserTask_ConfirmUpskillingPlan")
        .count()).isEqualTo(1);
  }

  private List<String> expectedTitles() {
    return List.of("All training materials with their versions", "Updated system runbook",
        "Skills matrix of every vendor member", "Claims lifecycle workshop recording",
        "Fraud indicators workshop recording", "Customer communication workshop recording",
        "10 days of reverse shadowing: the client's staff shadow the vendor's experts on key skills",
        "Records of ITIL 4 Foundation certifications (role team-lead)",
        "Records of Lean Six Sigma Yellow Belt certifications (role qa-analyst)");
  }

  private void agreePlan() {
    tasks.complete(planTask().getId(), Map.of("vendorComment", "confirmed"));
    tasks.complete(planTask().getId(), Map.of("planDecision", "approve"));
    assertThat(contracts.find(id).orElseThrow().stage()).isEqualTo(ContractStage.ONBOARDING);
  }

  private ProcessInstance programme() {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("ContractProgrammeProcess").singleResult();
  }

  private Task planTask() {
    return tasks.createTaskQuery().processInstanceBusinessKey(id).processDefinitionKey("ContractProgrammeProcess")
        .singleResult();
  }

  private ProcessInstance startTraining() {
    return runtime.startProcessInstanceByKey(TRAINING_STAND_IN, id);
  }

  private Api.Response terminate(String user, String reason, LocalDate effective) {
    return api.post(user, path(), Map.of("reason", reason, "effectiveDate", effective.toString()));
  }

  private String path() {
    return path("");
  }

  private String path(String suffix) {
    return "/api/contracts/" + id + (suffix.isEmpty() ? "/termination" : suffix);
  }

  private static List<String> fields(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().path("fieldErrors").findValuesAsText("field");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
