package io.skillgate.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.support.ProcessHelpers;
import io.skillgate.onboarding.OnboardingRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.Jobs;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TasklistPage;
import io.skillgate.support.TestSupport;
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
    wait = Browser.waitUpTo(browser, 40);
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
  TasklistPage tasklist;

  void planRoundTripAndFirstOnboardingTask(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    shots = "plan-round-trip-" + width + "-";
    tasklist = new TasklistPage(browser, api.baseUrl(), shots);
    contractId = Fixtures.uniqueId("TRT");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);

    tasklist.logIn(TestSupport.VENDOR_A);
    tasklist.openTask(task(contractId, "UserTask_ConfirmUpskillingPlan"));
    assertThat(tasklist.fields("Field_ReturnedBecause")).as("a first confirmation shows no return reason").isEmpty();
    tasklist.type("Field_VendorComment", "Plan read; Q1 dates agreed with our training lead.");
    tasklist.complete("1-vendor-confirms");

    tasklist.logIn(TestSupport.REVIEWER);
    Task approval = task(contractId, "UserTask_ApproveUpskillingPlan");
    tasklist.openTask(approval);
    // The reviewer starts a return, clears the reason, then approves after all: Complete stays usable.
    tasklist.choose("Return it to the vendor");
    tasklist.type("Field_ReturnReason", "draft");
    clear("Field_ReturnReason");
    tasklist.choose("Approve the plan");
    Browser.screenshot(browser, shots + "2a-reviewer-changes-their-mind");
    assertThat(completeButton().isEnabled()).as("Complete after clearing the reason and choosing Approve").isTrue();
    // A return without a reason: the server refuses it in the form's words, and the task stays open.
    tasklist.choose("Return it to the vendor");
    assertThat(completeButton().isEnabled()).as("Complete of a valid form").isTrue();
    tasklist.click(completeButton());
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert")));
    Browser.screenshot(browser, shots + "2b-reviewer-server-refusal");
    assertThat(refusal.getText()).contains("“Reason for returning the plan” is required").doesNotContain("ENGINE-")
        .doesNotContain(approval.getId());
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).as("the review is still open").isOne();
    tasklist.type("Field_ReturnReason", REASON);
    tasklist.complete("2-reviewer-returns");
    assertThat(variable(approval, "planDecision")).isEqualTo("return");

    tasklist.logIn(TestSupport.VENDOR_A);
    Task reopened = task(contractId, "UserTask_ConfirmUpskillingPlan");
    tasklist.openTask(reopened);
    assertThat(tasklist.fields("Field_ReturnedBecause")).as("the reopened plan's return reason").singleElement()
        .extracting(f -> f.getAttribute("value")).isEqualTo(REASON);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        tasklist.fields("Field_ReturnedBecause").get(0));
    Browser.screenshot(browser, shots + "3a-vendor-sees-the-reason");
    assertThat(notices.search(contractId, null, null, null, 50)).filteredOn(n -> reopened.getId().equals(n.taskId()))
        .as("the reopened task's email").isNotEmpty()
        .allSatisfy(n -> assertThat(notices.mail(n.id()).orElseThrow().text()).contains("Returned: " + REASON));
    tasklist.type("Field_VendorComment", "Call-quality milestone added to phase 2.");
    tasklist.complete("3-vendor-confirms-again");

    tasklist.logIn(TestSupport.REVIEWER);
    Task secondApproval = task(contractId, "UserTask_ApproveUpskillingPlan");
    tasklist.openTask(secondApproval);
    Browser.screenshot(browser, shots + "4a-second-review-opens-blank");
    assertThat(browser.findElements(By.cssSelector(".fjs-form input[type='radio']")))
        .as("the decision of round one").isNotEmpty().noneMatch(WebElement::isSelected);
    assertThat(tasklist.fields("Field_ReturnReason")).as("the reason of round one").allMatch(f -> f.getAttribute("value").isEmpty());
    tasklist.choose("Approve the plan");
    tasklist.complete("4-reviewer-approves");
    assertThat(variable(secondApproval, "planDecision")).isEqualTo("approve");

    jobs.executeAll();
    Task provisioning = task(contractId, "UserTask_ProvisionAccess");
    assertThat(tasks.getIdentityLinksForTask(provisioning.getId())).extracting(IdentityLink::getGroupId)
        .contains("vendor-northwind").doesNotContain("vendor-oakfield", "reviewers");
    long onboardingId = ((Number) runtime.getVariable(provisioning.getProcessInstanceId(), "onboardingId")).longValue();
    tasklist.logIn(TestSupport.VENDOR_A);
    tasklist.openTask(provisioning);
    tasklist.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form input[type='checkbox']"))));
    tasklist.type("Field_AccessNote", "Accounts for CRM and the knowledge base created.");
    tasklist.complete("5-vendor-provisions-access");
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

  private WebElement completeButton() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Complete']")));
  }

  /** Empties a field as a person does: select everything, delete (form-js sees the change). */
  private void clear(String fieldId) {
    WebElement field = tasklist.fields(fieldId).get(0);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }
}
