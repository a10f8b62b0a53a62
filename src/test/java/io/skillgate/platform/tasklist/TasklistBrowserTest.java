package io.skillgate.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.Duration;
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
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void eachVendorSeesOnlyItsOwnPlanConfirmation() {
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(Fixtures.uniqueId("TLA"))).status())
        .isEqualTo(201);
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.vendorBContract(Fixtures.uniqueId("TLB"))).status())
        .isEqualTo(201);

    List<String> formsA = openEveryPlanConfirmation(TestSupport.VENDOR_A, "tasklist-vendor-a");
    assertThat(formsA).isNotEmpty().allSatisfy(form -> assertThat(form).contains("Northwind BPO").doesNotContain("Oakfield"));

    browser.manage().deleteAllCookies();
    List<String> formsB = openEveryPlanConfirmation(TestSupport.VENDOR_B, "tasklist-vendor-b");
    assertThat(formsB).isNotEmpty().allSatisfy(form -> assertThat(form).contains("Oakfield Services").doesNotContain("Northwind"));
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

  /** Logs in, opens every plan confirmation in "My group tasks" and returns the plan text of each. */
  private List<String> openEveryPlanConfirmation(String user, String screenshot) {
    Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));

    // The shared filter "My group tasks" lists the unassigned tasks of the user's groups.
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group tasks"))).click();
    By taskNames = By.cssSelector(".tasks-list .task h4, .tasks-list li h4, [cam-tasks] h4");
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Confirm upskilling plan"));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, screenshot + "-failed");
      throw e;
    }
    int count = confirmations(taskNames).size();
    List<String> plans = new java.util.ArrayList<>();
    WebElement shown = null;
    for (int i = 0; i < count; i++) {
      WebElement task = confirmations(taskNames).get(i);
      // With many tasks in the list the n-th may sit under Tasklist's fixed footer: bring it to the middle.
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", task);
      task.click();
      if (shown != null) {
        // The form of the task opened before is replaced by the form of this one.
        wait.until(ExpectedConditions.stalenessOf(shown));
      }
      WebElement plan = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form textarea")));
      wait.until(d -> !plan.getAttribute("value").isBlank());
      plans.add(plan.getAttribute("value"));
      shown = plan;
    }
    Browser.screenshot(browser, screenshot);
    return plans;
  }

  private List<WebElement> confirmations(By taskNames) {
    return browser.findElements(taskNames).stream()
        .filter(e -> e.getText().contains("Confirm upskilling plan"))
        .toList();
  }
}
