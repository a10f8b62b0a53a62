package io.skillgate.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillgate.support.SkillGateTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A deployment that would fail at run time is refused when deployed, naming the file and the
 * element, and the running versions stay in force.
 */
@SkillGateTest
class DeploymentChecksTest {

  static final String BPMN = "contract/ContractProgrammeProcess.bpmn";
  static final String DMN = "contract/PlanReviewerDecision.dmn";
  static final String FORM = "contract/forms/approve-upskilling-plan.form";

  @Autowired ProcessesDeployer deployer;
  @Autowired RepositoryService repository;
  @Value("${skillgate.processes-dir}") Path folder;

  @Test
  void unknownDelegateBeanIsRefusedNamingFileAndElement() {
    assertRefused(BPMN, "${recordPlanAgreedDelegate}", "${recordPlanAgredDelegate}",
        BPMN, "ServiceTask_RecordPlanAgreed", "recordPlanAgredDelegate");
  }

  @Test
  void unknownBeanInAListenerExpressionIsRefusedNamingTheTask() {
    assertRefused(BPMN, "${taskInputs.requireText(task, 'disputeNote')}", "${taskInput.requireText(task, 'disputeNote')}",
        BPMN, "UserTask_ResolvePlanDispute", "taskInput");
  }

  @Test
  void missingFormIsRefusedNamingTheTask() {
    assertRefused(BPMN, "camunda:formRef=\"resolve-plan-dispute\"", "camunda:formRef=\"settle-plan-dispute\"",
        BPMN, "UserTask_ResolvePlanDispute", "settle-plan-dispute");
  }

  @Test
  void formBoundToTheDeploymentMustBeInIt() {
    // Deploy changed only: the unchanged form is not part of the new deployment.
    assertRefused(BPMN, "camunda:formRef=\"resolve-plan-dispute\" camunda:formRefBinding=\"latest\"",
        "camunda:formRef=\"resolve-plan-dispute\" camunda:formRefBinding=\"deployment\"",
        BPMN, "UserTask_ResolvePlanDispute", "formRefBinding");
  }

  @Test
  void missingHistoryTimeToLiveIsRefusedNamingTheFile() {
    assertRefused(BPMN, "camunda:historyTimeToLive=\"P1825D\"", "", BPMN, "ContractProgrammeProcess", "History Time To Live");
  }

  @Test
  void brokenDecisionTableIsRefusedNamingTheFile() {
    // A rule with fewer input entries than the table has inputs.
    assertRefused(DMN, "<inputEntry id=\"InputEntry_LargeTeamMonths\"><text></text></inputEntry>", "", DMN,
        "Rule_LargeTeam");
  }

  @Test
  void decisionWithoutHistoryTimeToLiveIsRefusedNamingTheFile() {
    assertRefused(DMN, "camunda:historyTimeToLive=\"P1825D\"", "", DMN, "History Time To Live");
  }

  @Test
  void aFormThatWritesARoutingVariableIsRefused() {
    assertRefused(FORM, "\"key\": \"returnReason\"", "\"key\": \"planReviewerGroup\"",
        FORM, "planReviewerGroup");
  }

  @Test
  void theCommittedModelsPassTheChecks() {
    Map<String, byte[]> models = ProcessesFolder.read(folder);
    // A renamed form id makes every file "changed", so the whole folder goes through the checks.
    String changed = text(models, BPMN).replace("name=\"Reopen plan\"", "name=\"Reopen the plan\"");
    models.put(BPMN, changed.getBytes(StandardCharsets.UTF_8));

    assertThat(deployer.deploy(models, "test")).isPresent();

    deployer.deploy(ProcessesFolder.read(folder), "test");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ContractProgrammeProcess")
        .latestVersion().singleResult().getResourceName()).isEqualTo(BPMN);
  }

  private void assertRefused(String file, String original, String replacement, String... expectedInMessage) {
    Map<String, byte[]> models = new LinkedHashMap<>(ProcessesFolder.read(folder));
    String content = text(models, file);
    assertThat(content).as("test precondition: %s contains %s", file, original).contains(original);
    models.put(file, content.replace(original, replacement).getBytes(StandardCharsets.UTF_8));
    int processVersion = latestProcessVersion();
    long decisions = repository.createDecisionDefinitionQuery().count();
    long deployments = repository.createDeploymentQuery().count();

    assertThatThrownBy(() -> deployer.deploy(models, "test"))
        .isInstanceOf(DeploymentRefusedException.class)
        .hasMessageContainingAll(expectedInMessage);

    assertThat(latestProcessVersion()).isEqualTo(processVersion);
    assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private int latestProcessVersion() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("ContractProgrammeProcess")
        .latestVersion().singleResult().getVersion();
  }

  private static String text(Map<String, byte[]> models, String name) {
    return new String(models.get(name), StandardCharsets.UTF_8);
  }
}
