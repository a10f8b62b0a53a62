package io.skillgate.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.util.List;
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
 * A vendor logs in to the real Camunda Tasklist and finds the plan confirmation of its own
 * contract, and nothing of another vendor's.
 */
@Tag("browser")
@SkillGateTest
class TasklistBrowserTest {

  @Autowired Api api;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.chromium();
    wait = Browser.waitUpTo(browser, 20);
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void eachVendorSeesOnlyItsOwnPlanConfirmation() {
    String northwind = Fixtures.uniqueId("TLA");
    String oakfield = Fixtures.uniqueId("TLB");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(northwind)).status()).isEqualTo(201);
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.vendorBContract(oakfield)).status()).isEqualTo(201);

    // Other tests of this run leave many tasks in the list, so each task is opened by its link (as
    // from its email), and the other vendor's link must show nothing.
    assertThat(planThroughItsLink(TestSupport.VENDOR_A, northwind, "tasklist-vendor-a"))
        .contains("Northwind BPO").doesNotContain("Oakfield");
    assertThat(planThroughItsLink(TestSupport.VENDOR_A, oakfield, "tasklist-vendor-a-other")).isNull();

    browser.manage().deleteAllCookies();
    assertThat(planThroughItsLink(TestSupport.VENDOR_B, oakfield, "tasklist-vendor-b"))
        .contains("Oakfield Services").doesNotContain("Northwind");
    assertThat(planThroughItsLink(TestSupport.VENDOR_B, northwind, "tasklist-vendor-b-other")).isNull();
  }

  @Test
  void tasklistIsSkillGatesOpensOnWaitingOnMeAndShowsNoEndOfLifeBanner() {
    String id = Fixtures.uniqueId("TLS");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);

    for (String user : List.of(TestSupport.VENDOR_A, TestSupport.REVIEWER)) {
      browser.manage().deleteAllCookies();
      Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
      WebElement dashboard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.sg-dashboard-link")));
      assertThat(dashboard.getAttribute("href")).isEqualTo(api.baseUrl() + "/dashboard/");
      assertThat(dashboard.getText()).isEqualTo("Dashboard");
      assertThat(browser.findElement(By.cssSelector(".navbar-brand")).getAttribute("title")).contains("SkillGate");
      wait.until(d -> d.getTitle().equals("SkillGate Tasklist"));
      // The start filter is the one with the user's work: the vendor's open plan confirmation is in it.
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters] .active, .filters .active, .task-filters .active"),
          "Waiting on me"));
      if (user.equals(TestSupport.VENDOR_A)) {
        // Each entry shows what the task is about under its name (the filter's first column the task has).
        wait.until(d -> d.findElement(By.cssSelector(".tasks-list")).getText().matches("(?s).*(Contract|Member|About):.*"));
        // The link of the mail about this group task: Tasklist opens the task, on "Waiting on me".
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
        browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2"),
            "Confirm upskilling plan"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[cam-tasklist-filters] .active, .filters .active, .task-filters .active"), "Waiting on me"));
      }
      assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
          .allSatisfy(banner -> assertThat(banner.isDisplayed()).as("end-of-life banner").isFalse());
      assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("migrate to Camunda 8")
          .doesNotContain("Start process").doesNotContain("Create task");
      Browser.screenshot(browser, "tasklist-shell-" + user);
    }
  }

  /**
   * Opens the contract's plan confirmation by its task link as the user and returns the plan text
   * its form shows, or null when no form opens (the task is not the user's to see).
   */
  private String planThroughItsLink(String user, String contract, String screenshot) {
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(contract).singleResult().getId();
    if (browser.manage().getCookies().isEmpty()) {
      Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
    }
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    try {
      WebElement plan = Browser.waitUpTo(browser, 10)
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form textarea")));
      wait.until(d -> !plan.getAttribute("value").isBlank());
      Browser.screenshot(browser, screenshot);
      return plan.getAttribute("value");
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(browser, screenshot);
      assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(contract);
      return null;
    }
  }

}
