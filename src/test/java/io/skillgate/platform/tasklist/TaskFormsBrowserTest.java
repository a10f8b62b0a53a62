package io.skillgate.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.onboarding.OnboardingRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's round trip and one onboarding task, done in the real Tasklist by the people they
 * are for. Proves that a candidate's task permissions (TASK_WORK with READ_VARIABLE) still load
 * and submit Camunda Forms, and that what Tasklist submits is exactly the form's input fields:
 * the completion guard refuses anything else.
 */
@Tag("browser")
@SkillGateTest
class TaskFormsBrowserTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired OnboardingRepository onboardings;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  String id;

  @AfterEach
  void close() {
    browser.quit();
    // The contract's remaining onboarding tasks would lengthen the other browser tests' task lists.
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).rootProcessInstances()
        .list().stream().map(p -> p.getId()).toList();
    if (!instances.isEmpty()) {
      runtime.deleteProcessInstances(instances, "browser test done", true, true);
    }
  }

  @Test
  void planRoundTripAndProvisioningInTasklist() {
    id = Fixtures.uniqueId("TFB");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);

    // The vendor confirms the plan with a comment.
    login(TestSupport.VENDOR_A);
    openAndClaim(task(id, "UserTask_ConfirmUpskillingPlan"), "tasklist-confirm-plan");
    input(By.cssSelector(".fjs-form textarea:not([disabled])")).sendKeys("We confirm the plan.");
    complete("tasklist-confirm-plan-done");
    waitFor(() -> open(id, "UserTask_ApproveUpskillingPlan").size() == 1);
    assertThat(runtime.getVariable(task(id, "UserTask_ApproveUpskillingPlan").getProcessInstanceId(), "vendorComment"))
        .isEqualTo("We confirm the plan.");

    // The client's reviewer approves it.
    logout();
    login(TestSupport.REVIEWER);
    openAndClaim(task(id, "UserTask_ApproveUpskillingPlan"), "tasklist-approve-plan");
    click(input(By.xpath("//label[contains(normalize-space(.), 'Approve the plan')]")));
    complete("tasklist-approve-plan-done");
    waitFor(() -> !open(id, "UserTask_ProvisionAccess").isEmpty());

    // The vendor provisions one member's access.
    logout();
    login(TestSupport.VENDOR_A);
    Task provision = open(id, "UserTask_ProvisionAccess").get(0);
    long onboardingId = ((Number) runtime.getVariable(provision.getProcessInstanceId(), "onboardingId")).longValue();
    openAndClaim(provision, "tasklist-provision-access");
    click(input(By.cssSelector(".fjs-form input[type='checkbox']")));
    input(By.cssSelector(".fjs-form textarea:not([disabled])")).sendKeys("Laptop, VPN and claims system.");
    complete("tasklist-provision-access-done");
    waitFor(() -> tasks.createTaskQuery().taskId(provision.getId()).count() == 0);
    assertThat(onboardings.find(onboardingId).orElseThrow().accessProvisionedBy()).isEqualTo(TestSupport.VENDOR_A);
  }

  private void login(String user) {
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys(user);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(TestSupport.passwordOf(user));
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group tasks")));
  }

  private void logout() {
    browser.manage().deleteAllCookies();
  }

  /** Opens the task by its link (as a notice mail does), waits for its form, and claims it. */
  private void openAndClaim(Task task, String screenshot) {
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//*[(self::a or self::button) and normalize-space(.)='Claim']"))).click();
      wait.until(d -> d.findElements(By.cssSelector(".fjs-form textarea:not([disabled]), .fjs-form input:not([disabled])"))
          .stream().anyMatch(WebElement::isEnabled));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, screenshot + "-failed");
      throw e;
    }
    Browser.screenshot(browser, screenshot);
  }

  private WebElement input(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  /** A click on an element the task page's fixed footer may cover: scrolled into view first. */
  private void click(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private void complete(String screenshot) {
    try {
      // Camunda Forms takes typed text into its data after a short debounce; submit after it.
      Thread.sleep(1000);
      click(wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//button[normalize-space(.)='Complete']"))));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      Browser.screenshot(browser, screenshot + "-failed");
      throw e;
    }
    Browser.screenshot(browser, screenshot);
  }

  private Task task(String contract, String definitionKey) {
    List<Task> found = open(contract, definitionKey);
    assertThat(found).as(definitionKey + " of " + contract).hasSize(1);
    return found.get(0);
  }

  private List<Task> open(String contract, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(contract).taskDefinitionKey(definitionKey)
        .orderByTaskId().asc().list();
  }

  private void waitFor(java.util.function.BooleanSupplier condition) {
    try {
      wait.until(d -> condition.getAsBoolean());
    } catch (RuntimeException e) {
      Browser.screenshot(browser, "tasklist-round-trip-failed");
      throw e;
    }
  }
}
