package io.skillgate.platform.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
 * Tasklist still does everything a vendor and a reviewer need behind the engine API allowlist:
 * filters and counts, open a task, claim it, its history and diagram, a comment, and the plan's
 * round trip (the vendor confirms, the reviewer approves) through the forms.
 */
@Tag("browser")
@SkillGateTest
class TasklistRoundTripBrowserTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  WebDriver browser;
  String contract;
  WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.chromium();
    wait = Browser.waitUpTo(browser, 20);
  }

  @AfterEach
  void close() {
    browser.quit();
    // The approved plan starts the team's onboarding: a task per member in the vendor's Tasklist.
    // The browser tests share one engine, so leave no such tasks behind for the next test's list.
    ProcessHelpers.removeContractInstances(runtime, contract);
  }

  @Test
  void theVendorConfirmsAndTheReviewerApprovesThePlanInTasklist() {
    contract = Fixtures.uniqueId("TRT");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(contract)).status()).isEqualTo(201);
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(contract).singleResult();
    assertThat(confirm.getName()).isEqualTo("Confirm upskilling plan");

    try {
      logIn(TestSupport.VENDOR_A);
      openClaimAndLookAround(confirm.getId(), "allowlist-vendor", "There is no history for the task");
      // No comment here: Camunda's comment resource looks the task up in history, which vendors may
      // not read (no READ_HISTORY, so that they see no other vendor's history); the allowlist lets
      // the call through, the engine answers "No task found". The reviewer comments below.
      List<WebElement> areas = browser.findElements(By.cssSelector(".fjs-form textarea"));
      areas.get(areas.size() - 1).sendKeys("We agree.");
      complete(confirm.getId(), "allowlist-vendor-completed");
    } catch (RuntimeException e) {
      Browser.screenshot(browser, "allowlist-vendor-failed");
      throw e;
    }
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(confirm.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo(TestSupport.VENDOR_A);

    Task approve = tasks.createTaskQuery().processInstanceBusinessKey(contract).singleResult();
    assertThat(approve.getName()).isEqualTo("Approve upskilling plan");
    browser.manage().deleteAllCookies();
    try {
      logIn(TestSupport.REVIEWER);
      openClaimAndLookAround(approve.getId(), "allowlist-reviewer", "Claim");
      comment("Approved by the reviewer in Tasklist");
      // Tasklist may close the task while it refreshes its filters after the comment: open it again.
      browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + approve.getId());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      // The decision's first option is "approve" (approve-upskilling-plan.form).
      WebElement approveOption = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector(".fjs-form input[type='radio']")));
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
          "arguments[0].scrollIntoView({block:'center'}); arguments[0].click();", approveOption);
      complete(approve.getId(), "allowlist-reviewer-completed");
    } catch (RuntimeException e) {
      Browser.screenshot(browser, "allowlist-reviewer-failed");
      throw e;
    }
    assertThat(history.createHistoricTaskInstanceQuery().taskId(approve.getId()).singleResult().getEndTime()).isNotNull();
    assertThat(tasks.getTaskComments(approve.getId())).extracting(c -> c.getFullMessage())
        .contains("Approved by the reviewer in Tasklist");
    // The decision is the task's own variable, copied to the process for its gateway: both say approve.
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(approve.getProcessInstanceId())
        .variableName("planDecision").list()).extracting(v -> v.getValue()).isNotEmpty().containsOnly("approve");
  }

  private void logIn(String user) {
    Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
    // The filters and their counts load: the shared filter "My group tasks" shows.
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group tasks"))).click();
  }

  private void openClaimAndLookAround(String taskId, String screenshot, String historyShows) {
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    // Tasklist moves a claimed task to "My tasks" and closes it: open it there again.
    wait.until(d -> tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee() != null);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My tasks"))).click();
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    tab("History");
    // Reviewers read history (READ_HISTORY) and see the claim; vendors have no history permission
    // in the engine and see Tasklist's "no history" note: either way the tab loads without error.
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), historyShows));
    Browser.screenshot(browser, screenshot + "-history");
    tab("Diagram");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
    Browser.screenshot(browser, screenshot + "-diagram");
    tab("Form");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  private void tab(String label) {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + label + "']"))).click();
  }

  private void comment(String text) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.createCommentLink"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-form-message"))).sendKeys(text);
    browser.findElement(By.cssSelector(".modal-footer button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("comment-form-message")));
  }

  private void complete(String taskId, String screenshot) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']"))).click();
    wait.until(d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    Browser.screenshot(browser, screenshot);
  }
}
