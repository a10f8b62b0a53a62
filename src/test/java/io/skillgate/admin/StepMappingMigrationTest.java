package io.skillgate.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.onboarding.OnboardingService;
import io.skillgate.platform.deployment.ProcessesDeployer;
import io.skillgate.platform.deployment.ProcessesFolder;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractProgrammeProcessIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What an admin does on the migration page, over the API it calls: a renamed step is proposed as
 * the continuation of the old one and, once the admin confirms the mapping, its instances move;
 * a dry run names each instance by contract and member; a stuck instance is moved to a chosen
 * step with a reason that the contract's history keeps. Only process admins may do any of it.
 */
@SkillGateTest
class StepMappingMigrationTest {

  static final String KEY = "ContractProgrammeProcess";
  static final String BPMN = "contract/ContractProgrammeProcess.bpmn";
  static final String ONBOARDING = "onboarding/MemberOnboardingProcess.bpmn";
  static final String OLD_STEP = ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN;
  static final String RENAMED_STEP = "UserTask_ConfirmTrainingPlan";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ProcessesDeployer deployer;
  @Autowired OnboardingService onboarding;
  @Autowired Api api;
  @Value("${skillgate.processes-dir}") Path folder;


  @AfterEach
  void restoreTheCommittedModels() {
    deployer.deploy(ProcessesFolder.read(folder), "test");
  }

  @Test
  void aRenamedStepIsProposedAndItsInstancesMoveOnceTheAdminConfirmsTheMapping() {
    ProcessInstance contract = startContract();
    String oldDefinition = contract.getProcessDefinitionId();
    deploy(BPMN, bpmn -> bpmn.replace(OLD_STEP, RENAMED_STEP).replace("name=\"Confirm upskilling plan\"",
        "name=\"Confirm training plan\""));

    JsonNode proposal = api.get(TestSupport.ADMIN, "/api/admin/processes/" + KEY + "/migration-proposal?source="
        + oldDefinition).json();
    JsonNode step = find(proposal.get("steps"), "activityId", OLD_STEP);
    assertThat(step.get("mapping").asText()).isEqualTo("PROPOSED");
    assertThat(step.get("targetActivityId").asText()).isEqualTo(RENAMED_STEP);
    assertThat(step.get("waitingInstances").asLong()).isPositive();

    // Without the mapping the instance cannot move: it waits at a step the new version lacks.
    JsonNode unmapped = migrate(oldDefinition, List.of(), false);
    assertThat(result(unmapped, contract.getId()).get("result").asText()).isEqualTo("FAILED");
    assertThat(definitionOf(contract)).isEqualTo(oldDefinition);

    JsonNode report = migrate(oldDefinition, List.of(Map.of("from", OLD_STEP, "to", RENAMED_STEP)), false);

    JsonNode result = result(report, contract.getId());
    assertThat(result.get("result").asText()).isEqualTo("MIGRATED");
    assertThat(result.get("contractId").asText()).isEqualTo(contract.getBusinessKey());
    assertThat(result.get("waitingAt").toString()).contains("Confirm upskilling plan (" + OLD_STEP + ")");
    assertThat(definitionOf(contract)).isEqualTo(latestDefinitionId(KEY));
    assertThat(contract).isWaitingAt(RENAMED_STEP);
    assertThat(history(contract.getBusinessKey()).toString()).contains("PROCESS_MIGRATED");
  }

  @Test
  void theDryRunNamesEachInstanceByContractAndMemberAndMovesNothing() {
    String contractId = Fixtures.uniqueId("MIGM");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
    ProcessInstance agent = onboarding.start(contractId, "NW-A01", Fixtures.VENDOR_A_GROUP);
    ProcessInstance lead = onboarding.start(contractId, "NW-L01", Fixtures.VENDOR_A_GROUP);
    String oldDefinition = agent.getProcessDefinitionId();
    deploy(ONBOARDING, bpmn -> bpmn.replace("name=\"Provision access and tools\"", "name=\"Provision the access and tools\""));

    JsonNode dryRun = migrate(oldDefinition, List.of(), true);

    assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
    JsonNode agentResult = result(dryRun, agent.getId());
    JsonNode leadResult = result(dryRun, lead.getId());
    assertThat(agentResult.get("contractId").asText()).isEqualTo(contractId);
    assertThat(agentResult.get("subject").asText()).startsWith("member ").contains("NW-A01");
    assertThat(leadResult.get("contractId").asText()).isEqualTo(contractId);
    assertThat(leadResult.get("subject").asText()).startsWith("member ").contains("NW-L01");
    assertThat(agentResult.get("result").asText()).isEqualTo("WOULD_MIGRATE");
    assertThat(definitionOf(agent)).as("a dry run moves nothing").isEqualTo(oldDefinition);
    assertThat(definitionOf(lead)).isEqualTo(oldDefinition);

    // The instance list of the version names them the same way.
    JsonNode instances = api.get(TestSupport.ADMIN, "/api/admin/processes/MemberOnboardingProcess/instances?version="
        + oldDefinition).json();
    assertThat(find(instances, "processInstanceId", agent.getId()).get("subject").asText()).contains("NW-A01");
  }

  @Test
  void aStuckInstanceMovesToAChosenStepAndTheReasonIsInTheContractsHistory() {
    ProcessInstance contract = startContract();
    String reason = "Vendor confirmed the plan by phone on " + Fixtures.uniqueId("call");

    Api.Response moved = api.post(TestSupport.ADMIN, "/api/admin/instances/" + contract.getId() + "/moves",
        Map.of("activityId", ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN, "reason", reason));

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().get("movedFrom").toString()).contains(OLD_STEP);
    assertThat(moved.json().get("waitingAt").toString()).contains(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
    assertThat(contract).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
    assertThat(contract).isNotWaitingAt(OLD_STEP);
    JsonNode event = find(history(contract.getBusinessKey()), "kind", "PROCESS_INSTANCE_MOVED");
    assertThat(event.get("actor").asText()).isEqualTo(TestSupport.ADMIN);
    assertThat(event.get("detail").asText()).contains(reason).contains("Approve upskilling plan");
  }

  @Test
  void aMoveWithoutReasonOrToAnUnknownStepIsRefusedAndNothingMoves() {
    ProcessInstance contract = startContract();
    String path = "/api/admin/instances/" + contract.getId() + "/moves";

    Api.Response noReason = api.post(TestSupport.ADMIN, path, Map.of("activityId", ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN));
    Api.Response noStep = api.post(TestSupport.ADMIN, path, Map.of("activityId", "UserTask_Nowhere", "reason", "r"));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(noStep.status()).isEqualTo(400);
    assertThat(noStep.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("activityId");
    assertThat(contract).isWaitingAt(OLD_STEP);
    assertThat(api.post(TestSupport.ADMIN, "/api/admin/instances/no-such-instance/moves",
        Map.of("activityId", OLD_STEP, "reason", "r")).status()).isEqualTo(404);
  }

  @Test
  void aMappingToAStepTheTargetLacksIsRefusedNamingTheFieldAndNothingMoves() {
    ProcessInstance contract = startContract();
    deploy(BPMN, bpmn -> bpmn.replace(OLD_STEP, RENAMED_STEP));

    Api.Response refused = api.post(TestSupport.ADMIN, "/api/admin/processes/" + KEY + "/migrations?dryRun=false",
        Map.of("sourceDefinitionId", contract.getProcessDefinitionId(),
            "mappings", List.of(Map.of("from", OLD_STEP, "to", "UserTask_Nowhere"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("mappings[0].to");
    assertThat(definitionOf(contract)).isEqualTo(contract.getProcessDefinitionId());
  }

  @Test
  void onlyProcessAdminsMayMoveOrMigrateOrSeeInstances() {
    ProcessInstance contract = startContract();
    Map<String, String> move = Map.of("activityId", ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN, "reason", "skip");
    for (String user : new String[] {TestSupport.REVIEWER, TestSupport.VENDOR_A}) {
      assertThat(api.post(user, "/api/admin/instances/" + contract.getId() + "/moves", move).status()).isEqualTo(403);
      assertThat(api.get(user, "/api/admin/processes").status()).isEqualTo(403);
      assertThat(api.get(user, "/api/admin/processes/" + KEY + "/migration-proposal").status()).isEqualTo(403);
      assertThat(api.get(user, "/api/admin/processes/" + KEY + "/instances?version="
          + contract.getProcessDefinitionId()).status()).isEqualTo(403);
    }
    assertThat(api.post(null, "/api/admin/instances/" + contract.getId() + "/moves", move).status()).isEqualTo(401);
    assertThat(contract).isWaitingAt(OLD_STEP);
  }

  private JsonNode migrate(String source, List<Map<String, String>> mappings, boolean dryRun) {
    Api.Response response = api.post(TestSupport.ADMIN, "/api/admin/processes/" + keyOf(source)
        + "/migrations?dryRun=" + dryRun, Map.of("sourceDefinitionId", source, "mappings", mappings));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private ProcessInstance startContract() {
    String id = Fixtures.uniqueId("MIGS");
    Api.Response created = api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey(KEY).singleResult();
  }

  private JsonNode history(String contractId) {
    return api.get(TestSupport.REVIEWER, "/api/contracts/" + contractId).json().get("history");
  }

  private void deploy(String file, UnaryOperator<String> change) {
    Map<String, byte[]> models = new LinkedHashMap<>(ProcessesFolder.read(folder));
    String original = new String(models.get(file), StandardCharsets.UTF_8);
    String changed = change.apply(original);
    assertThat(changed).as("test precondition: the change applies").isNotEqualTo(original);
    models.put(file, changed.getBytes(StandardCharsets.UTF_8));
    assertThat(deployer.deploy(models, "test")).isPresent();
  }

  private String definitionOf(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private String latestDefinitionId(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  private static String keyOf(String definitionId) {
    return definitionId.substring(0, definitionId.indexOf(':'));
  }

  private static JsonNode result(JsonNode report, String processInstanceId) {
    for (JsonNode source : report.get("sourceVersions")) {
      for (JsonNode r : source.get("results")) {
        if (r.get("processInstanceId").asText().equals(processInstanceId)) {
          return r;
        }
      }
    }
    throw new AssertionError(processInstanceId + " not in " + report);
  }

  private static JsonNode find(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (value.equals(n.get(field).asText())) {
        return n;
      }
    }
    throw new AssertionError(field + "=" + value + " not in " + list);
  }
}
