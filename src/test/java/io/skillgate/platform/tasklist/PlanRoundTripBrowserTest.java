package io.skillgate.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.ProcessHelpers;
import io.skillgate.onboarding.OnboardingRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.Jobs;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import io.skillgate.notification.NoticeRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's round trip and the first onboarding task, done in the real Tasklist by the people who
 * do them, on a desktop (1440 wide) and on a phone (390 wide): the vendor confirms, the client's
 * reviewer returns the plan with a reason, the vendor sees the reason in the reopened form and its
 * email and confirms again, the reviewer approves on a form that opens blank, and the vendor
 * provisions a member's access. On the way the reviewer changes their mind (the stuck Complete
 * button of issue 16) and submits a return without a reason, which the server refuses naming the
 * field by its label. It proves that a candidate's task permissions (TASK_WORK with READ_VARIABLE)
 * still load and submit Camunda Forms, and that what Tasklist submits passes the completion guard.
 * Each task is opened the way a notice's link opens it ({@code #/?task=<id>}); every step leaves a
 * screenshot in target/screenshots/plan-round-trip-<width>-*.png.
 */
@Tag("browser")
@SkillGateTest
class PlanRoundTripBrowserTest {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired Jobs jobs;
  @Autowired RuntimeService runtime;
  @Autowired OnboardingRepository onboardings;
  @Autowired NoticeRepository notices;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(40));
  }

  String contractId;

  @AfterEach
  void close() {
    browser.quit();
    // The approved plan starts the team's onboarding, a task per member in the vendor's Tasklist; the
    // browser tests share one engine, so leave none behind for the next test's list.
    ProcessHelpers.removeContractInstances(runtime, contractId);
  }

  static final String REASON = "Add the call-quality milestone to phase 2.";

  @Test
  void planRoundTripAndFirstOnboardingTaskOnADesktop() {
    planRoundTripAndFirstOnboardingTask(1440, 900);
  }

  @Test
  void planRoundTripAndFirstOnboardingTaskOnAPhone() {
    planRoundTripAndFirstOnboardingTask(390, 844);
  }

  String shots;

  void planRoundTripAndFirstOnboardingTask(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    shots = "plan-round-trip-" + width + "-";
    contractId = Fixtures.uniqueId("TRT");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);

    logIn(TestSupport.VENDOR_A);
    openTask(task(contractId, "UserTask_ConfirmUpskillingPlan"));
    assertThat(fields("Field_ReturnedBecause")).as("a first confirmation shows no return reason").isEmpty();
    type("Field_VendorComment", "Plan read; Q1 dates agreed with our training lead.");
    complete("1-vendor-confirms");

    logIn(TestSupport.REVIEWER);
    Task approval = task(contractId, "UserTask_ApproveUpskillingPlan");
    openTask(approval);
    // The reviewer starts a return, clears the reason, then approves after all: Complete stays usable.
    choose("Return it to the vendor");
    type("Field_ReturnReason", "draft");
    clear("Field_ReturnReason");
    choose("Approve the plan");
    Browser.screenshot(browser, shots + "2a-reviewer-changes-their-mind");
    assertThat(completeButton().isEnabled()).as("Complete after clearing the reason and choosing Approve").isTrue();
    // A return without a reason: the server refuses it in the form's words, and the task stays open.
    choose("Return it to the vendor");
    assertThat(completeButton().isEnabled()).as("Complete of a valid form").isTrue();
    click(completeButton());
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert")));
    Browser.screenshot(browser, shots + "2b-reviewer-server-refusal");
    assertThat(refusal.getText()).contains("“Reason for returning the plan” is required").doesNotContain("ENGINE-")
        .doesNotContain(approval.getId());
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).as("the review is still open").isOne();
    type("Field_ReturnReason", REASON);
    complete("2-reviewer-returns");
    assertThat(variable(approval, "planDecision")).isEqualTo("return");

    logIn(TestSupport.VENDOR_A);
    Task reopened = task(contractId, "UserTask_ConfirmUpskillingPlan");
    openTask(reopened);
    assertThat(fields("Field_ReturnedBecause")).as("the reopened plan's return reason").singleElement()
        .extracting(f -> f.getAttribute("value")).isEqualTo(REASON);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        fields("Field_ReturnedBecause").get(0));
    Browser.screenshot(browser, shots + "3a-vendor-sees-the-reason");
    assertThat(notices.search(contractId, null, null, null, 50)).filteredOn(n -> reopened.getId().equals(n.taskId()))
        .as("the reopened task's email").isNotEmpty()
        .allSatisfy(n -> assertThat(notices.mail(n.id()).orElseThrow().text()).contains("Returned: " + REASON));
    type("Field_VendorComment", "Call-quality milestone added to phase 2.");
    complete("3-vendor-confirms-again");

    logIn(TestSupport.REVIEWER);
    Task secondApproval = task(contractId, "UserTask_ApproveUpskillingPlan");
    openTask(secondApproval);
    Browser.screenshot(browser, shots + "4a-second-review-opens-blank");
    assertThat(browser.findElements(By.cssSelector(".fjs-form input[type='radio']")))
        .as("the decision of round one").isNotEmpty().noneMatch(WebElement::isSelected);
    assertThat(fields("Field_ReturnReason")).as("the reason of round one").allMatch(f -> f.getAttribute("value").isEmpty());
    choose("Approve the plan");
    complete("4-reviewer-approves");
    assertThat(variable(secondApproval, "planDecision")).isEqualTo("approve");

    jobs.executeAll();
    Task provisioning = task(contractId, "UserTask_ProvisionAccess");
    assertThat(tasks.getIdentityLinksForTask(provisioning.getId())).extracting(IdentityLink::getGroupId)
        .contains("vendor-northwind").doesNotContain("vendor-oakfield", "reviewers");
    long onboardingId = ((Number) runtime.getVariable(provisioning.getProcessInstanceId(), "onboardingId")).longValue();
    logIn(TestSupport.VENDOR_A);
    openTask(provisioning);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form input[type='checkbox']"))));
    type("Field_AccessNote", "Accounts for CRM and the knowledge base created.");
    complete("5-vendor-provisions-access");
    assertThat(variable(provisioning, "accessProvisioned")).isEqualTo(true);
    assertThat(onboardings.find(onboardingId).orElseThrow().accessProvisionedBy()).isEqualTo(TestSupport.VENDOR_A);
  }

  private Task task(String contractId, String definitionKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(contractId).taskDefinitionKey(definitionKey)
        .listPage(0, 1).stream().findFirst().orElse(null);
    if (task == null) {
      task = tasks.createTaskQuery().taskDefinitionKey(definitionKey).processVariableValueEquals("contractId", contractId)
          .listPage(0, 1).stream().findFirst().orElseThrow(() -> new AssertionError("no open " + definitionKey));
    }
    return task;
  }

  /** The value the task left in its process (the decision fields are local to the task, then copied out). */
  private Object variable(Task task, String name) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableName(name).list().stream()
        .filter(h -> task.getProcessInstanceId().equals(h.getActivityInstanceId()))
        .findFirst().orElse(null);
    return v == null ? null : v.getValue();
  }

  /** The form's fields with this id in the .form file, if it shows any. */
  private List<WebElement> fields(String fieldId) {
    return browser.findElements(By.cssSelector(".fjs-form [id$='-" + fieldId + "']"));
  }

  private WebElement completeButton() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Complete']")));
  }

  /** Empties a field as a person does: select everything, delete (form-js sees the change). */
  private void clear(String fieldId) {
    WebElement field = fields(fieldId).get(0);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }

  private void logIn(String user) {
    browser.manage().deleteAllCookies();
    Browser.logIn(browser, api.baseUrl() + "/camunda/app/tasklist/default/#/login", user, TestSupport.passwordOf(user));
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group tasks")));
  }

  private void openTask(Task task) {
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      // A group task is claimed before its form can be completed, as a person does it.
      By claim = By.xpath("//*[(self::a or self::button) and normalize-space()='Claim']");
      wait.until(ExpectedConditions.elementToBeClickable(claim)).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, shots + "failed-open-" + task.getTaskDefinitionKey());
      throw e;
    }
  }

  /** Types into the form field with this id in the .form file (form-js ends the element's id with it). */
  private void type(String fieldId, String text) {
    WebElement field;
    try {
      field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form [id$='-" + fieldId + "']")));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, shots + "failed-" + fieldId);
      throw new AssertionError("no field " + fieldId + " in " + browser.findElement(By.cssSelector(".fjs-form"))
          .getAttribute("outerHTML"), e);
    }
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
    field.clear();
    field.sendKeys(text);
  }

  private void choose(String label) {
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space()='" + label + "']"))));
  }

  /** Clicks an element of the form, scrolled to the middle of the pane as a person would scroll to it. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Clicks Complete, waits until Tasklist has closed the form, and keeps a screenshot of the filled form. */
  private void complete(String step) {
    String screenshot = shots + step;
    Browser.screenshot(browser, screenshot);
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Complete']")));
    click(button);
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, screenshot + "-failed");
      throw e;
    }
  }
}
