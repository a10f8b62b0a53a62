package io.skillgate.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A process admin adds a step to the contract programme, deploys it, and moves the running
 * demo contracts to the new version: a dry run first (nothing moves), then for real, and the
 * contracts continue on the new version through the new step.
 */
@SkillGateTest
class ProcessMigrationTest {

  static final String KEY = "ContractProgrammeProcess";
  static final String BPMN = "contract/ContractProgrammeProcess.bpmn";
  static final String MIGRATIONS = "/api/admin/processes/" + KEY + "/migrations";

  /** The new step: the vendor briefs its team once the plan is agreed. */
  static final UnaryOperator<String> ADD_BRIEFING = bpmn -> bpmn.replace(
      "<bpmn:sequenceFlow id=\"SequenceFlow_ToPrepareProgramme\" sourceRef=\"ServiceTask_RecordPlanAgreed\" targetRef=\"ServiceTask_PrepareProgramme\" />",
      """
      <bpmn:sequenceFlow id="SequenceFlow_ToBriefVendorTeam" sourceRef="ServiceTask_RecordPlanAgreed" targetRef="UserTask_BriefVendorTeam" />
      <bpmn:userTask id="UserTask_BriefVendorTeam" name="Brief vendor team" camunda:candidateGroups="${vendorGroup}"
          camunda:dueDate="${dateTime().plusDays(3).toDate()}" camunda:formRef="confirm-upskilling-plan" camunda:formRefBinding="latest" />
      <bpmn:sequenceFlow id="SequenceFlow_ToPrepareProgramme" sourceRef="UserTask_BriefVendorTeam" targetRef="ServiceTask_PrepareProgramme" />
      """);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired ProcessesDeployer deployer;
  @Autowired Api api;
  @Value("${skillgate.processes-dir}") Path folder;

  @AfterEach
  void restoreTheCommittedModel() {
    deployer.deploy(ProcessesFolder.read(folder), "test");
  }

  @Test
  void runningContractsMoveToTheNewVersionAfterADryRunAndContinueThroughTheNewStep() {
    ProcessInstance waitingForVendor = startContract();
    ProcessInstance waitingForReviewer = startContract();
    complete(waitingForReviewer, Map.of("vendorComment", "confirmed"));
    String oldDefinition = waitingForVendor.getProcessDefinitionId();
    deploy(ADD_BRIEFING);
    String newDefinition = latestDefinitionId();
    assertThat(newDefinition).isNotEqualTo(oldDefinition);

    JsonNode versions = api.get(TestSupport.ADMIN, "/api/admin/processes/" + KEY + "/versions").json();
    assertThat(versions.get(0).get("latest").asBoolean()).isTrue();
    assertThat(versions.get(0).get("runningInstances").asLong()).isZero();
    assertThat(version(versions, oldDefinition).get("runningInstances").asLong()).isGreaterThanOrEqualTo(2);

    JsonNode dryRun = api.post(TestSupport.ADMIN, MIGRATIONS + "?dryRun=true", "").json();
    assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
    assertThat(dryRun.get("targetDefinitionId").asText()).isEqualTo(newDefinition);
    assertThat(dryRun.get("migrated").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(failures(dryRun).toString()).doesNotContain(waitingForVendor.getId(), waitingForReviewer.getId());
    assertThat(definitionOf(waitingForVendor)).as("a dry run moves nothing").isEqualTo(oldDefinition);
    assertThat(definitionOf(waitingForReviewer)).isEqualTo(oldDefinition);

    JsonNode migration = api.post(TestSupport.ADMIN, MIGRATIONS + "?dryRun=false", "").json();

    assertThat(migration.get("dryRun").asBoolean()).isFalse();
    assertThat(migration.get("migrated").asInt()).isEqualTo(dryRun.get("migrated").asInt());
    assertThat(definitionOf(waitingForVendor)).isEqualTo(newDefinition);
    assertThat(definitionOf(waitingForReviewer)).isEqualTo(newDefinition);
    assertThat(waitingForVendor).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN);
    assertThat(waitingForReviewer).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
    assertThat(task(waitingForReviewer)).hasCandidateGroup("reviewers");

    complete(waitingForVendor, Map.of("vendorComment", "confirmed"));
    for (ProcessInstance contract : new ProcessInstance[] {waitingForVendor, waitingForReviewer}) {
      complete(contract, Map.of("planDecision", "approve"));
      assertThat(contract).isWaitingAt("UserTask_BriefVendorTeam");
      assertThat(task(contract)).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
      complete(contract, Map.of());
      assertThat(contract).hasPassed(ContractProgrammeProcessIds.SERVICE_TASK_RECORD_PLAN_AGREED, "UserTask_BriefVendorTeam",
          ContractProgrammeProcessIds.SERVICE_TASK_PREPARE_PROGRAMME).isWaitingAt(ContractProgrammeProcessIds.CALL_ACTIVITY_ONBOARD_TEAM, ContractProgrammeProcessIds.CALL_ACTIVITY_REPORT_PROGRESS);
    }
  }

  @Test
  void anInstanceWaitingAtARemovedStepStaysAndIsReportedWhileTheOthersMove() {
    ProcessInstance atRemovedStep = startContract();
    ProcessInstance atKeptStep = startContract();
    complete(atKeptStep, Map.of("vendorComment", "confirmed"));
    String oldDefinition = atRemovedStep.getProcessDefinitionId();
    deploy(bpmn -> bpmn.replace(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN, "UserTask_ConfirmTrainingPlan"));

    JsonNode report = api.post(TestSupport.ADMIN, MIGRATIONS + "?dryRun=false", "").json();

    JsonNode failure = failure(report, atRemovedStep.getId());
    assertThat(failure.get("businessKey").asText()).isEqualTo(atRemovedStep.getBusinessKey());
    assertThat(failure.get("reasons").toString()).contains(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN);
    assertThat(failures(report).toString()).doesNotContain(atKeptStep.getId());
    assertThat(definitionOf(atRemovedStep)).isEqualTo(oldDefinition);
    assertThat(definitionOf(atKeptStep)).isEqualTo(latestDefinitionId());
    assertThat(atRemovedStep).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN);
  }

  @Test
  void migrationIsForProcessAdminsOnly() {
    assertThat(api.post(TestSupport.REVIEWER, MIGRATIONS + "?dryRun=false", "").status()).isEqualTo(403);
    assertThat(api.post(TestSupport.VENDOR_A, MIGRATIONS, "").status()).isEqualTo(403);
    assertThat(api.get(TestSupport.VENDOR_B, "/api/admin/processes/" + KEY + "/versions").status()).isEqualTo(403);
    assertThat(api.post(null, MIGRATIONS, "").status()).isEqualTo(401);
  }

  @Test
  void unknownProcessIs404AndAMalformedDryRunIs400() {
    assertThat(api.get(TestSupport.ADMIN, "/api/admin/processes/NoSuchProcess/versions").status()).isEqualTo(404);
    assertThat(api.post(TestSupport.ADMIN, "/api/admin/processes/NoSuchProcess/migrations", "").status()).isEqualTo(404);
    Api.Response malformed = api.post(TestSupport.ADMIN, MIGRATIONS + "?dryRun=perhaps", "");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("dryRun");
  }

  @Test
  void withoutDryRunParameterNothingMoves() {
    ProcessInstance contract = startContract();
    String oldDefinition = contract.getProcessDefinitionId();
    deploy(ADD_BRIEFING);

    JsonNode report = api.post(TestSupport.ADMIN, MIGRATIONS, "").json();

    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(definitionOf(contract)).isEqualTo(oldDefinition);
  }

  private ProcessInstance startContract() {
    String id = Fixtures.uniqueId("MIG");
    Api.Response created = api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  private void deploy(UnaryOperator<String> change) {
    Map<String, byte[]> models = new LinkedHashMap<>(ProcessesFolder.read(folder));
    String original = new String(models.get(BPMN), StandardCharsets.UTF_8);
    String changed = change.apply(original);
    assertThat(changed).as("test precondition: the change applies").isNotEqualTo(original);
    models.put(BPMN, changed.getBytes(StandardCharsets.UTF_8));
    assertThat(deployer.deploy(models, "test")).isPresent();
  }

  private void complete(ProcessInstance contract, Map<String, Object> variables) {
    tasks.complete(task(contract).getId(), variables);
  }

  private String definitionOf(ProcessInstance contract) {
    return runtime.createProcessInstanceQuery().processInstanceId(contract.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private String latestDefinitionId() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId();
  }

  private static JsonNode version(JsonNode versions, String definitionId) {
    for (JsonNode v : versions) {
      if (v.get("processDefinitionId").asText().equals(definitionId)) {
        return v;
      }
    }
    throw new AssertionError(definitionId + " not in " + versions);
  }

  private static StringBuilder failures(JsonNode report) {
    StringBuilder all = new StringBuilder();
    report.get("sourceVersions").forEach(s -> all.append(s.get("failures")));
    return all;
  }

  private static JsonNode failure(JsonNode report, String processInstanceId) {
    for (JsonNode source : report.get("sourceVersions")) {
      for (JsonNode f : source.get("failures")) {
        if (f.get("processInstanceId").asText().equals(processInstanceId)) {
          return f;
        }
      }
    }
    throw new AssertionError(processInstanceId + " not reported as failed in " + report);
  }
}
