package io.skillgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.platform.deployment.ProcessesDeployer;
import io.skillgate.platform.deployment.ProcessesFolder;
import io.skillgate.support.Api;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Deploying without a restart: Camunda Modeler's deploy button (engine REST) and
 * {@code npm run deploy}. A changed model becomes the new version; a broken one is refused
 * naming file and element and the running version stays; only process admins may deploy; and
 * every deployment appears in the admins' changelog with who made it.
 */
@SkillGateTest
class RuntimeDeploymentTest {

  static final String KEY = "ContractProgrammeProcess";
  static final String BPMN = "contract/ContractProgrammeProcess.bpmn";

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired ProcessesDeployer deployer;
  @Value("${skillgate.processes-dir}") Path folder;

  @AfterEach
  void restoreTheCommittedModels() {
    // Modeler deployments have their own source; put the committed model back as the latest.
    modelerDeploy(TestSupport.ADMIN, ProcessesFolder.read(folder));
    deployer.deploy(ProcessesFolder.read(folder), "test");
  }

  @Test
  void modelerDeploymentOfAChangedModelBecomesTheNewVersionAndIsLogged() {
    int before = latestVersion();

    Api.Response response = modelerDeploy(TestSupport.ADMIN, changed("Record plan agreed", "Record the agreed plan"));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(latestVersion()).isEqualTo(before + 1);
    String deploymentId = response.json().get("id").asText();
    JsonNode log = api.get(TestSupport.ADMIN, "/api/admin/deployments?limit=5").json();
    JsonNode entry = find(log, deploymentId);
    assertThat(entry.get("deployedBy").asText()).isEqualTo(TestSupport.ADMIN);
    assertThat(entry.get("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(entry.get("resources").toString()).contains(BPMN).doesNotContain(".dmn");
    assertThat(entry.get("definitions").toString()).contains("process " + KEY + " v" + (before + 1));
  }

  @Test
  void brokenModelFromTheModelerIsRefusedNamingFileAndElementAndTheOldVersionStays() {
    int before = latestVersion();
    long deployments = repository.createDeploymentQuery().count();

    Api.Response response = modelerDeploy(TestSupport.ADMIN,
        changed("${withdrawContractDelegate}", "${withdrawContractDelegat}"));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    JsonNode errors = response.json().get("details").get(BPMN).get("errors");
    assertThat(errors.toString()).contains("withdrawContractDelegat").contains("ServiceTask_WithdrawContract");
    assertThat(latestVersion()).isEqualTo(before);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void onlyProcessAdminsMayDeploy() {
    int before = latestVersion();
    Map<String, byte[]> changed = changed("Record plan agreed", "Record plan as agreed");

    assertThat(modelerDeploy(TestSupport.REVIEWER, changed).status()).isEqualTo(403);
    assertThat(modelerDeploy(TestSupport.VENDOR_A, changed).status()).isEqualTo(403);
    assertThat(modelerDeploy(null, changed).status()).isEqualTo(401);
    assertThat(latestVersion()).isEqualTo(before);
  }

  @Test
  void changelogIsForAdminsOnly() {
    assertThat(api.get(TestSupport.REVIEWER, "/api/admin/deployments").status()).isEqualTo(403);
    assertThat(api.get(TestSupport.VENDOR_B, "/api/admin/deployments").status()).isEqualTo(403);
    assertThat(api.get(null, "/api/admin/deployments").status()).isEqualTo(401);
    Api.Response tooMany = api.get(TestSupport.ADMIN, "/api/admin/deployments?limit=100000");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("limit");
    // The start-up deployment of the processes folder has no user.
    JsonNode log = api.get(TestSupport.ADMIN, "/api/admin/deployments?limit=200").json();
    assertThat(log.get(log.size() - 1).get("source").asText()).isEqualTo(ProcessesDeployer.DEPLOYMENT_NAME);
    assertThat(log.get(log.size() - 1).has("deployedBy")).isFalse();
  }

  @Test
  void npmDeployScriptDeploysTheFolderAndReportsARefusal(@TempDir Path copy) throws Exception {
    Assumptions.assumeTrue(nodeAvailable(), "node is not installed: the deploy script is not exercised");
    Path script = folder.resolve("scripts/deploy.mjs").toAbsolutePath();
    int before = latestVersion();
    copyModels(changed("Reopen plan", "Reopen the plan"), copy);

    Run ok = node(script, copy, TestSupport.ADMIN);

    assertThat(ok.exitCode()).as(ok.output()).isZero();
    assertThat(ok.output()).contains("process " + KEY + " v" + (before + 1));
    assertThat(latestVersion()).isEqualTo(before + 1);
    assertThat(repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0).getSource())
        .isEqualTo(ProcessesDeployer.DEPLOYMENT_NAME);

    copyModels(changed("camunda:formRef=\"resolve-plan-dispute\"", "camunda:formRef=\"no-such-form\""), copy);
    Run refused = node(script, copy, TestSupport.ADMIN);

    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output()).contains(BPMN).contains("UserTask_ResolvePlanDispute").contains("no-such-form");
    assertThat(latestVersion()).isEqualTo(before + 1);

    Run wrongUser = node(script, copy, TestSupport.REVIEWER);
    assertThat(wrongUser.exitCode()).isNotZero();
    assertThat(wrongUser.output()).contains("403");
  }

  @Test
  void npmDeployAfterAModelerDeployOfTheSameFilesCreatesNoVersion(@TempDir Path copy) throws Exception {
    Assumptions.assumeTrue(nodeAvailable(), "node is not installed: the deploy script is not exercised");
    Path script = folder.resolve("scripts/deploy.mjs").toAbsolutePath();
    Map<String, byte[]> changed = changed("Reopen plan", "Reopen the plan");
    // The Modeler names a resource by its file name only, and deploys under its own source.
    Map<String, byte[]> asTheModelerNamesThem = new LinkedHashMap<>();
    changed.forEach((name, bytes) -> asTheModelerNamesThem.put(name.substring(name.lastIndexOf('/') + 1), bytes));
    assertThat(modelerDeploy(TestSupport.ADMIN, asTheModelerNamesThem).status()).isEqualTo(200);
    int afterModeler = latestVersion();
    long deployments = repository.createDeploymentQuery().count();
    copyModels(changed, copy);

    Run same = node(script, copy, TestSupport.ADMIN, TestSupport.passwordOf(TestSupport.ADMIN));

    assertThat(same.exitCode()).as(same.output()).isZero();
    assertThat(same.output()).contains("nothing deployed");
    assertThat(latestVersion()).isEqualTo(afterModeler);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

    // The committed file differs from the Modeler's copy: it becomes the latest version again, even
    // though it equals what the script deployed earlier.
    copyModels(ProcessesFolder.read(folder), copy);
    Run back = node(script, copy, TestSupport.ADMIN, TestSupport.passwordOf(TestSupport.ADMIN));
    assertThat(back.exitCode()).as(back.output()).isZero();
    assertThat(back.output()).contains(BPMN).contains("process " + KEY + " v" + (afterModeler + 1));
  }

  @Test
  void npmDeployTellsLoginThrottlingApartFromAWrongPassword(@TempDir Path copy) throws Exception {
    Assumptions.assumeTrue(nodeAvailable(), "node is not installed: the deploy script is not exercised");
    Path script = folder.resolve("scripts/deploy.mjs").toAbsolutePath();
    copyModels(ProcessesFolder.read(folder), copy);
    // A user of its own: the throttle counts failures per user, so no other test is slowed down.
    String user = "throttled-" + java.util.UUID.randomUUID().toString().substring(0, 8);

    Run wrong = node(script, copy, user, "not-the-password");
    assertThat(wrong.exitCode()).isNotZero();
    assertThat(wrong.output()).contains("wrong user or password (HTTP 401)").doesNotContain("throttled");

    Run throttled = wrong;
    for (int attempt = 0; attempt < 10 && !throttled.output().contains("429"); attempt++) {
      throttled = node(script, copy, user, "not-the-password");
    }
    assertThat(throttled.exitCode()).isNotZero();
    assertThat(throttled.output()).contains("login throttled (HTTP 429)").contains("Wait ")
        .doesNotContain("check SKILLGATE_USER");
  }

  private Api.Response modelerDeploy(String user, Map<String, byte[]> files) {
    // What Camunda Modeler 5 sends for a Camunda 7 deployment (the file and its forms).
    Multipart body = new Multipart()
        .field("deployment-name", ProcessesDeployer.DEPLOYMENT_NAME)
        .field("deployment-source", "Camunda Modeler")
        .field("deploy-changed-only", "true")
        .files(files);
    return api.send(user, body.post(api.uri("/engine-rest/deployment/create")));
  }

  private Map<String, byte[]> changed(String original, String replacement) {
    Map<String, byte[]> models = new LinkedHashMap<>(ProcessesFolder.read(folder));
    String bpmn = new String(models.get(BPMN), StandardCharsets.UTF_8);
    assertThat(bpmn).as("test precondition").contains(original);
    models.put(BPMN, bpmn.replace(original, replacement).getBytes(StandardCharsets.UTF_8));
    return models;
  }

  private int latestVersion() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult()
        .getVersion();
  }

  private static JsonNode find(JsonNode log, String deploymentId) {
    for (JsonNode entry : log) {
      if (entry.get("id").asText().equals(deploymentId)) {
        return entry;
      }
    }
    throw new AssertionError("deployment " + deploymentId + " not in the changelog " + log);
  }

  private static void copyModels(Map<String, byte[]> models, Path target) throws IOException {
    for (var e : models.entrySet()) {
      Path file = target.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
  }

  record Run(int exitCode, String output) {}

  private Run node(Path script, Path models, String user) throws Exception {
    return node(script, models, user, TestSupport.passwordOf(user));
  }

  private Run node(Path script, Path models, String user, String password) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("node", script.toString(), models.toString()).redirectErrorStream(true);
    pb.environment().put("SKILLGATE_URL", api.baseUrl());
    pb.environment().put("SKILLGATE_USER", user);
    pb.environment().put("SKILLGATE_PASSWORD", password);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
