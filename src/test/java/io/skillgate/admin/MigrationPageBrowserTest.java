package io.skillgate.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.skillgate.platform.deployment.ProcessesDeployer;
import io.skillgate.platform.deployment.ProcessesFolder;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractProgrammeProcessIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The migration page in a real Chromium. An admin renames a step, deploys, and on the page
 * confirms the proposed mapping, runs a dry run (nothing moves), migrates (the contract continues
 * at the renamed step), and moves another contract's stuck instance to a chosen step with a
 * reason. A reviewer opening the page is told that only process admins may (the API's 403).
 * Screenshot: target/screenshots/migration-page.png.
 */
@Tag("browser")
@SkillGateTest
class MigrationPageBrowserTest {

  static final String KEY = "ContractProgrammeProcess";
  static final String BPMN = "contract/ContractProgrammeProcess.bpmn";
  static final String OLD_STEP = ContractProgrammeProcessIds.USER_TASK_CONFIRM_UPSKILLING_PLAN;
  static final String RENAMED_STEP = "UserTask_ConfirmTrainingPlan";

  @Autowired ProcessEngine engine;
  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ProcessesDeployer deployer;
  @Value("${skillgate.processes-dir}") Path folder;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = chromiumWithConsole();
    wait = Browser.waitUpTo(browser, 60);
  }

  @AfterEach
  void closeBrowserAndRestoreTheModel() {
    if (browser != null) {
      Browser.screenshot(browser, "migration-page-last");
      try {
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
            .forEach(e -> System.out.println("MIGRATION PAGE CONSOLE " + e));
      } catch (RuntimeException e) {
        System.out.println("MIGRATION PAGE CONSOLE unavailable " + e);
      }
      browser.quit();
    }
    deployer.deploy(ProcessesFolder.read(folder), "test");
  }

  @Test
  void adminMigratesARenamedStepAndMovesAStuckInstanceFromThePage() {
    ProcessInstance waiting = startContract();
    int oldVersion = version(waiting.getProcessDefinitionId());
    deployRenamedStep();
    ProcessInstance stuck = startContract();
    int newVersion = version(stuck.getProcessDefinitionId());
    assertThat(newVersion).isGreaterThan(oldVersion);

    logInToTasklist(TestSupport.ADMIN);
    browser.get(api.baseUrl() + "/dashboard/migration.html?process=" + KEY);
    type("admin-user", TestSupport.ADMIN);
    type("admin-password", TestSupport.passwordOf(TestSupport.ADMIN));
    click("load");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=version-table]")));

    click("plan-v" + oldVersion);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=plan-table]")));
    assertThat(text("plan-table")).contains("Confirm upskilling plan (" + OLD_STEP + ")", "proposed");
    assertThat(new Select(find("target-" + OLD_STEP)).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(RENAMED_STEP);
    click("confirm-" + OLD_STEP);

    click("dry-run");
    wait.until(d -> text("result-summary").startsWith("Dry run"));
    assertThat(text("result-table")).contains(waiting.getBusinessKey(), "would migrate");
    assertThat(definitionOf(waiting)).as("a dry run moves nothing").isEqualTo(waiting.getProcessDefinitionId());

    click("migrate");
    wait.until(d -> text("result-summary").startsWith("Migrated"));
    assertThat(text("result-table")).contains(waiting.getBusinessKey(), "migrated");
    Browser.screenshot(browser, "migration-page");
    assertThat(definitionOf(waiting)).isEqualTo(stuck.getProcessDefinitionId());
    assertThat(waiting).isWaitingAt(RENAMED_STEP);

    click("instances-v" + newVersion);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=instance-table]")));
    assertThat(text("instance-table")).contains(stuck.getBusinessKey());
    new Select(find("move-instance")).selectByValue(stuck.getId());
    new Select(find("move-step")).selectByValue(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
    type("move-reason", "Vendor confirmed by phone");
    click("move");
    wait.until(d -> text("message").startsWith("Moved"));
    Browser.screenshot(browser, "migration-page-move");
    assertThat(stuck).isWaitingAt(ContractProgrammeProcessIds.USER_TASK_APPROVE_UPSKILLING_PLAN);
    assertThat(api.get(TestSupport.REVIEWER, "/api/contracts/" + stuck.getBusinessKey()).json().get("history").toString())
        .contains("PROCESS_INSTANCE_MOVED", "Vendor confirmed by phone");
  }

  @Test
  void aReviewerOpeningThePageIsToldOnlyProcessAdminsMay() {
    logInToTasklist(TestSupport.REVIEWER);
    browser.get(api.baseUrl() + "/dashboard/migration.html");
    type("admin-user", TestSupport.REVIEWER);
    type("admin-password", TestSupport.passwordOf(TestSupport.REVIEWER));
    click("load");

    wait.until(d -> text("message").contains("403"));
    assertThat(text("message")).contains("Only process admins", "403");
    assertThat(browser.findElements(By.cssSelector("[data-testid=process-select] option"))).isEmpty();
  }

  /** Browser.chromium's flags, plus the console log (what the page's script or its CSP reported). */
  private static WebDriver chromiumWithConsole() {
    try {
      java.nio.file.Path profile = java.nio.file.Files.createTempDirectory("skillgate-chromium");
      org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1400,1000", "--user-data-dir=" + profile);
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      return new org.openqa.selenium.chrome.ChromeDriver(new org.openqa.selenium.chrome.ChromeDriverService.Builder()
          .usingDriverExecutable(java.nio.file.Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void logInToTasklist(String user) {
    Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
    // Let Tasklist finish starting: a request still in flight with the old CSRF token ends the new session.
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group tasks")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".loader, .loading-indicator")));
  }

  private ProcessInstance startContract() {
    String id = Fixtures.uniqueId("MIGP");
    Api.Response created = api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey(KEY).singleResult();
  }

  private void deployRenamedStep() {
    Map<String, byte[]> models = new LinkedHashMap<>(ProcessesFolder.read(folder));
    String bpmn = new String(models.get(BPMN), StandardCharsets.UTF_8);
    models.put(BPMN, bpmn.replace(OLD_STEP, RENAMED_STEP).getBytes(StandardCharsets.UTF_8));
    assertThat(deployer.deploy(models, "test")).isPresent();
  }

  private int version(String definitionId) {
    ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
    return d.getVersion();
  }

  private String definitionOf(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
  }

  private WebElement find(String testId) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='" + testId + "']")));
  }

  /** Clicks again if the page re-rendered or covered the element between finding and clicking it. */
  private void click(String testId) {
    wait.until(d -> {
      find(testId).click();
      return true;
    });
  }

  private void type(String testId, String value) {
    WebElement field = find(testId);
    field.clear();
    field.sendKeys(value);
  }

  private String text(String testId) {
    return browser.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText();
  }
}
