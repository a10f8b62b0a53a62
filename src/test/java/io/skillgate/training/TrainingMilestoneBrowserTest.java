package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Browser;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TasklistPage;
import io.skillgate.support.TestSupport;
import io.skillgate.worklist.WorklistVariables;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One training milestone in the real Tasklist, at a desk (1440 wide) and on a phone (390 wide):
 * the vendor finds her open tasks each reading differently in the list, submits the agent's
 * evidence for the first milestone in "Submit training evidence", and the client's reviewer
 * approves it in "Review training evidence". No end-of-life banner on the way. Judged by the
 * milestone's state in {@code GET /api/contracts/{id}/milestones}. Screenshots go to
 * target/screenshots/training-milestone-&lt;width&gt;-*.png.
 */
@Tag("browser")
@SkillGateTest
class TrainingMilestoneBrowserTest {

  static final String NOTE = "Completed the security awareness e-learning on 3 December; LMS record 4711.";

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

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
  void theVendorSubmitsAMilestonesEvidenceAndTheReviewerApprovesIt(int width) {
    shot = "training-milestone-" + width + "-";
    contractId = TrainingScenario.registerSmallContract(api, "TMB");
    ProcessInstance training = runtime.startProcessInstanceByKey(TrainingVariables.PROCESS_KEY, contractId, Map.of(
        ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP));
    ProcessHelpers.runAsyncJobs(training.getId());
    List<Task> submits = tasks.createTaskQuery().processInstanceBusinessKey(contractId)
        .taskDefinitionKey("UserTask_SubmitTrainingEvidence").list();
    Task submit = submits.stream()
        .filter(t -> TrainingScenario.AGENT.equals(tasks.getVariable(t.getId(), ProcessVariables.MEMBER_ID.name())))
        .findFirst().orElseThrow();
    long milestoneId = ((Number) tasks.getVariable(submit.getId(), ProcessVariables.MILESTONE_ID.name())).longValue();
    String milestoneName = milestone(milestoneId).path("name").asText();

    browser = Browser.chromium();
    browser.manage().window().setSize(new Dimension(width, 900));
    tasklist = new TasklistPage(browser, api.baseUrl(), shot);
    wait = tasklist.await();

    // The vendor's list: every open task of this contract reads differently (name, member, milestone).
    tasklist.logIn(TestSupport.VENDOR_A);
    // Newest first, as a person may sort the list: other tests' tasks (due sooner) do not push these off the page.
    browser.get(api.baseUrl() + "/camunda/app/tasklist/default/#/?sorting="
        + URLEncoder.encode("[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]", StandardCharsets.UTF_8));
    // What the list shows of each of the contract's open vendor tasks (its name and the filter's columns:
    // contract, member, what it is about) tells every one apart.
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(contractId)
        .taskCandidateGroup(Fixtures.VENDOR_A_GROUP).list();
    assertThat(open).as("the vendor's open tasks of the contract").hasSizeGreaterThanOrEqualTo(3)
        .extracting(t -> t.getName() + " | " + tasks.getVariableLocal(t.getId(), WorklistVariables.TASK_MEMBER) + " | "
            + tasks.getVariableLocal(t.getId(), WorklistVariables.TASK_ITEM))
        .doesNotHaveDuplicates();
    // In the list itself: the entries of this contract on the page read differently. (In a shared run
    // other tests' tasks may fill the first page; then fewer of this contract's show.)
    wait.until(d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty());
    List<String> entries = entriesOfThisContract();
    assertThat(entries).as("the vendor's list").doesNotHaveDuplicates();
    assertThat(tasklist.showsEndOfLifeBanner()).as("end-of-life banner").isFalse();
    // The dates on the page are in the browser's time zone, and the footer says which, on a phone too.
    assertThat(tasklist.footerTimeZone()).startsWith("Date and Time displayed in local timezone:");
    Browser.screenshot(browser, shot + "1-vendor-task-list");

    tasklist.openTask(submit);
    String form = tasklist.formText();
    assertThat(form).contains(milestoneName, "Ava Agent");
    assertThat(tasklist.fields("Field_CertIssuer")).as("issuer of a milestone that is no certification").isEmpty();
    tasklist.type("Field_EvidenceNote", NOTE);
    assertThat(tasklist.showsEndOfLifeBanner()).as("end-of-life banner").isFalse();
    tasklist.complete("2-vendor-submits-evidence");
    assertThat(milestone(milestoneId).path("status").asText()).isEqualTo("OPEN");

    Task review = tasks.createTaskQuery().processInstanceId(submit.getProcessInstanceId())
        .taskDefinitionKey("UserTask_ReviewTrainingEvidence").singleResult();
    assertThat(review).as("the reviewer's task").isNotNull();
    tasklist.logIn(TestSupport.REVIEWER);
    tasklist.openTask(review);
    assertThat(tasklist.formText()).contains(milestoneName);
    assertThat(tasklist.fields("Field_ReviewEvidenceNote")).singleElement()
        .satisfies(f -> assertThat(f.getAttribute("value")).isEqualTo(NOTE));
    assertThat(tasklist.showsEndOfLifeBanner()).as("end-of-life banner").isFalse();
    tasklist.choose("Approve the evidence");
    tasklist.complete("3-reviewer-approves");

    JsonNode approved = milestone(milestoneId);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(tasks.createTaskQuery().processInstanceId(submit.getProcessInstanceId()).count()).isZero();
    Browser.screenshot(browser, shot + "4-after-approval");
  }

  /** The list entries (name and what the task is about) of this test's contract, as Tasklist shows them. */
  @SuppressWarnings("unchecked")
  private List<String> entriesOfThisContract() {
    // Read in one script: Tasklist re-renders the list while it loads, which stales found elements.
    List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('.tasks-list li')).map(e => e.innerText);");
    return texts.stream().filter(text -> text.contains(contractId))
        .map(text -> text.replaceAll("(?m)^.*(ago|Due ).*$", "").strip()).toList();
  }

  private JsonNode milestone(long id) {
    Api.Response r = api.get(TestSupport.VENDOR_A, "/api/contracts/" + contractId + "/milestones");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode m : r.json()) {
      if (m.path("id").asLong() == id) {
        return m;
      }
    }
    throw new AssertionError("no milestone " + id);
  }
}
