package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.notification.NoticeRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TasklistPage;
import io.skillgate.support.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's onboarding in the real Tasklist, at a desk (1440 wide) and on a phone (390 wide). The
 * vendor opens the member's evidence task, follows a row's "Record evidence" link to SkillGate's
 * page, records the item's evidence there (with a file for one item), comes back to the task and
 * finds the row recorded; after the last item the task has completed itself. The reviewer opens
 * the file from the approval form and returns one item with a reason, which the vendor reads in
 * the new task's row and in its email; she records the item again and the reviewer approves.
 * Judged by the member's items as {@code GET /api/contracts/{id}/members/{memberId}} shows them.
 * Screenshots of every step go to target/screenshots/onboarding-evidence-&lt;width&gt;-*.png.
 */
@Tag("browser")
@SkillGateTest
class OnboardingEvidenceBrowserTest {

  static final String LEAD = "NW-L01";
  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final String REASON = "The quiz is for manual v11; please redo it for v12.";

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired OnboardingService onboarding;
  @Autowired NoticeRepository notices;

  WebDriver browser;
  WebDriverWait wait;
  TasklistPage tasklist;
  String contractId;
  String shot;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    ProcessHelpers.removeContractInstances(runtime, contractId);
  }

  @ParameterizedTest
  @ValueSource(ints = {1440, 390})
  void theVendorRecordsEvidenceFromTheTaskAndTheReviewerReturnsAnItem(int width) throws Exception {
    shot = "onboarding-evidence-" + width + "-";
    contractId = Fixtures.uniqueId("OBR");
    assertThat(api.post(TestSupport.ADMIN, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
    ProcessInstance pi = onboarding.start(contractId, LEAD, Fixtures.VENDOR_A_GROUP);
    OnboardingTestSteps steps = new OnboardingTestSteps(tasks, management, onboarding);
    steps.provisionAccess(pi.getId());
    JsonNode path = member().path("learningPath");
    long manual = itemId(path, "document:claims-manual");
    String manualTitle = item(manual).path("title").asText();
    long other = path.get(path.size() - 1).path("id").asLong();
    String otherTitle = item(other).path("title").asText();
    // The other items' evidence came in through the API (a script of the vendor's): two rows still wait.
    for (JsonNode i : path) {
      long id = i.path("id").asLong();
      if (id != manual && id != other) {
        Api.Response r = api.post(TestSupport.VENDOR_A, "/api/contracts/" + contractId + "/members/" + LEAD + "/items/"
            + id + "/evidence", Map.of("date", LocalDate.now().minusDays(3).toString(), "durationMinutes", 60,
            "with", "Harbor trainer", "reference", "LMS record " + id));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
      }
    }
    Task evidence = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE);

    browser = Browser.chromium();
    browser.manage().window().setSize(new Dimension(width, 900));
    tasklist = new TasklistPage(browser, api.baseUrl(), shot);
    wait = tasklist.await();

    // The vendor's task: a read-only checklist, no fields to fill in.
    tasklist.logIn(TestSupport.VENDOR_A);
    tasklist.openTask(evidence);
    assertThat(row(manualTitle).getText()).contains("Waiting for evidence", "Knowledge-transfer document");
    assertThat(row(otherTitle).getText()).contains("Waiting for evidence");
    assertThat(tasklist.formText()).contains("Maya Lead", "Team lead", "Recorded: ")
        .doesNotContain("ROLE_ITEM", "ON_THE_JOB", "SELF_PACED", "team-lead", "Returned by the client");
    assertThat(browser.findElements(By.cssSelector(".fjs-form input, .fjs-form textarea, .fjs-form select")))
        .as("input fields on the evidence form").isEmpty();
    Browser.screenshot(browser, shot + "1-vendor-evidence-task");

    // The manual's evidence, with a file, on SkillGate's page; then back to the task.
    recordOnPage(manualTitle, "45", "Harbor claims trainer", "", true, "2-page-with-file");
    assertThat(browser.findElement(By.id("message")).getText()).contains("Evidence recorded", "1 item still waits");
    backToTask();
    wait.until(d -> row(manualTitle).getText().contains("Recorded: " + LocalDate.now() + ", 45 min, with Harbor claims trainer"));
    assertThat(row(otherTitle).getText()).contains("Waiting for evidence");
    Browser.screenshot(browser, shot + "3-vendor-sees-the-row-recorded");
    JsonNode manualItem = item(manual);
    assertThat(manualItem.path("status").asText()).isEqualTo("SUBMITTED");
    String fileLink = manualItem.path("evidence").get(0).path("reference").asText();
    assertThat(fileLink).matches("/api/contracts/" + contractId + "/evidence/\\d+");
    assertThat(manualItem.path("evidence").get(0).path("recordedBy").asText()).isEqualTo(TestSupport.VENDOR_A);

    // The last item: the page says the task completed itself, and Tasklist no longer has it.
    recordOnPage(otherTitle, "30", "Harbor buddy", "Shadowing log, week 1", false, "4-page-last-item");
    assertThat(browser.findElement(By.id("message")).getText()).contains("your task has completed itself");
    assertThat(item(other).path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(tasks.createTaskQuery().taskId(evidence.getId()).count()).as("the evidence task").isZero();
    backToTask();
    Browser.screenshot(browser, shot + "5-task-gone");
    assertThat(browser.findElements(By.cssSelector(".fjs-form"))).isEmpty();

    // The reviewer opens the file from the approval form and returns the manual with a reason.
    Task approval = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL);
    tasklist.logIn(TestSupport.REVIEWER);
    tasklist.openTask(approval);
    WebElement fileOnForm = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".fjs-form a[href$='" + fileLink + "']")));
    Object status = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(r => done(r.status)).catch(e => done(String(e)));", fileOnForm.getAttribute("href"));
    assertThat(status).isEqualTo(200L);
    assertThat(tasklist.formText()).doesNotContain("document:claims-manual", "SELF_PACED", "ON_THE_JOB");
    tasklist.choose("Return items to the vendor");
    tasklist.choose(manualTitle + " (Knowledge-transfer document)");
    tasklist.type("Field_OnboardingReturnReason", REASON);
    tasklist.complete("6-reviewer-returns-the-manual");
    assertThat(item(manual).path("status").asText()).isEqualTo("RETURNED");
    assertThat(item(manual).path("returnReason").asText()).isEqualTo(REASON);
    assertThat(item(other).path("status").asText()).isEqualTo("ACCEPTED");

    // The vendor reads the reason in the new task's row and in its email, and records the manual again.
    Task redo = steps.single(pi.getId(), OnboardingTestSteps.EVIDENCE);
    assertThat(notices.search(contractId, null, null, null, 50)).filteredOn(n -> redo.getId().equals(n.taskId()))
        .as("the new task's email").isNotEmpty()
        .allSatisfy(n -> assertThat(notices.mail(n.id()).orElseThrow().text()).contains("Returned: " + REASON));
    tasklist.logIn(TestSupport.VENDOR_A);
    tasklist.openTask(redo);
    assertThat(row(manualTitle).getText()).contains("Returned by the client: " + REASON);
    assertThat(tasklist.formText()).contains("Returned by the client\n" + REASON).doesNotContain(otherTitle);
    Browser.screenshot(browser, shot + "7-vendor-sees-the-return");
    recordOnPage(manualTitle, "50", "Harbor claims trainer", "Quiz for manual v12, LMS record 88", false,
        "8-page-redo");
    assertThat(browser.findElement(By.id("message")).getText()).contains("your task has completed itself");

    // The reviewer approves: every item is signed off.
    Task second = steps.single(pi.getId(), OnboardingTestSteps.APPROVAL);
    tasklist.logIn(TestSupport.REVIEWER);
    tasklist.openTask(second);
    tasklist.choose("Approve the onboarding");
    tasklist.complete("9-reviewer-approves");
    JsonNode done = member();
    assertThat(done.path("onboarding").path("status").asText()).isEqualTo("APPROVED");
    assertThat(done.path("learningPath")).allSatisfy(i -> assertThat(i.path("status").asText()).isEqualTo("ACCEPTED"));
    assertThat(item(manual).path("evidence")).hasSize(2);
  }

  /**
   * Follows the item's "Record evidence" link (Tasklist opens it in a new tab), fills in the page
   * and records; returns with the page still open, its message shown.
   */
  private void recordOnPage(String title, String minutes, String with, String reference, boolean withFile,
      String screenshot) throws Exception {
    tasklist.click(row(title).findElement(By.xpath(".//a[normalize-space()='Record evidence']")));
    onlyTheNewestTab();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-title"), title));
    assertThat(browser.findElement(By.id("member-name")).getText()).isEqualTo("Maya Lead");
    WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date")));
    assertThat(date.getAttribute("max")).as("no date in the future").isEqualTo(LocalDate.now().toString());
    assertThat(date.getAttribute("value")).isEqualTo(LocalDate.now().toString());
    browser.findElement(By.id("minutes")).sendKeys(minutes);
    browser.findElement(By.id("with")).sendKeys(with);
    browser.findElement(By.id("reference")).sendKeys(reference);
    if (withFile) {
      Path pdf = Files.createTempFile("claims-manual-quiz", ".pdf");
      Files.write(pdf, PDF);
      browser.findElement(By.id("file")).sendKeys(pdf.toString());
    }
    tasklist.click(browser.findElement(By.id("save")));
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Evidence recorded"));
    } catch (RuntimeException e) {
      Browser.screenshot(browser, shot + screenshot + "-failed");
      throw new AssertionError("not recorded: " + browser.findElement(By.id("message")).getText(), e);
    }
    assertPageFits();
    Browser.screenshot(browser, shot + screenshot);
  }

  /** "Back to the task" on the page: Tasklist opens the task it came from. */
  private void backToTask() {
    String target = browser.findElement(By.id("back")).getAttribute("href");
    assertThat(target).contains("/camunda/app/tasklist/default/#/?task=");
    tasklist.click(browser.findElement(By.id("back")));
    wait.until(d -> d.getCurrentUrl().contains("/tasklist/"));
    String taskId = target.substring(target.indexOf("task=") + 5);
    if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } else {
      wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("My group tasks")));
    }
  }

  /** Keeps the tab a link opened and closes the others (Tasklist opens a form's links in a new tab). */
  private void onlyTheNewestTab() {
    String current = browser.getWindowHandle();
    wait.until(d -> d.getWindowHandles().size() > 1 || d.getCurrentUrl().contains("evidence-upload"));
    if (browser.getWindowHandles().size() > 1) {
      browser.close();
      browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(current)).findFirst()
          .orElseThrow());
    }
  }

  /** The checklist row (a list item of the form) of the item with this title. */
  private WebElement row(String title) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form')]//li[.//strong[normalize-space()=\"" + title + "\"]]")));
  }

  private JsonNode member() {
    Api.Response r = api.get(TestSupport.VENDOR_A, "/api/contracts/" + contractId + "/members/" + LEAD);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private JsonNode item(long id) {
    for (JsonNode i : member().path("learningPath")) {
      if (i.path("id").asLong() == id) {
        return i;
      }
    }
    throw new AssertionError("no item " + id);
  }

  private static long itemId(JsonNode path, String key) {
    for (JsonNode i : path) {
      if (i.path("key").asText().equals(key)) {
        return i.path("id").asLong();
      }
    }
    throw new AssertionError("no item " + key);
  }

  private void assertPageFits() {
    Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth;");
    Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(viewport.intValue());
  }
}
