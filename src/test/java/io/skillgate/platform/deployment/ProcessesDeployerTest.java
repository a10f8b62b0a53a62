package io.skillgate.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillgate.support.SkillGateTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Deployment of the processes folder: unchanged stays, changed is versioned, broken is refused. */
@SkillGateTest
class ProcessesDeployerTest {

  @Autowired ProcessesDeployer deployer;
  @Autowired RepositoryService repository;
  @Value("${skillgate.processes-dir}") Path folder;

  @Test
  void unchangedFolderCreatesNoNewVersion() {
    long versions = repository.createProcessDefinitionQuery().processDefinitionKey("ContractProgrammeProcess").count();

    assertThat(deployer.deploy(ProcessesFolder.read(folder), "test")).isEmpty();

    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ContractProgrammeProcess").count())
        .isEqualTo(versions);
  }

  @Test
  void changedModelBecomesANewVersionAndOthersStay() {
    Map<String, byte[]> models = ProcessesFolder.read(folder);
    String name = "contract/ContractProgrammeProcess.bpmn";
    int before = latestVersion("ContractProgrammeProcess");
    long decisionVersions = repository.createDecisionDefinitionQuery().decisionDefinitionKey("PlanReviewerDecision").count();
    String changed = new String(models.get(name), StandardCharsets.UTF_8)
        .replace("name=\"Record plan agreed\"", "name=\"Record the agreed plan\"");
    models.put(name, changed.getBytes(StandardCharsets.UTF_8));

    assertThat(deployer.deploy(models, "test")).isPresent();

    assertThat(latestVersion("ContractProgrammeProcess")).isEqualTo(before + 1);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("PlanReviewerDecision").count())
        .isEqualTo(decisionVersions);
    // Put the original back so other tests run the model as committed.
    deployer.deploy(ProcessesFolder.read(folder), "test");
  }

  @Test
  void brokenModelIsRefusedNamingTheFileAndTheOldVersionStays() {
    int before = latestVersion("ContractProgrammeProcess");
    Map<String, byte[]> models = new LinkedHashMap<>(ProcessesFolder.read(folder));
    String name = "contract/ContractProgrammeProcess.bpmn";
    String broken = new String(models.get(name), StandardCharsets.UTF_8)
        .replace("targetRef=\"EndEvent_ContractClosed\"", "targetRef=\"EndEvent_Nowhere\"");
    models.put(name, broken.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> deployer.deploy(models, "test"))
        .isInstanceOf(DeploymentRefusedException.class)
        .hasMessageContaining(name);
    assertThat(latestVersion("ContractProgrammeProcess")).isEqualTo(before);
  }

  @Test
  void missingFolderIsNamed(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-folder");
    assertThatThrownBy(() -> ProcessesFolder.read(missing))
        .isInstanceOf(DeploymentRefusedException.class).hasMessageContaining("no-such-folder");
  }

  @Test
  void unparseableXmlIsRefusedNamingTheFile(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("x"));
    Files.writeString(tmp.resolve("x/HalfProcess.bpmn"), "<definitions><process id=");
    assertThatThrownBy(() -> deployer.deploy(ProcessesFolder.read(tmp), "test"))
        .isInstanceOf(DeploymentRefusedException.class).hasMessageContaining("x/HalfProcess.bpmn");
  }

  private int latestVersion(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
  }
}
