package io.skillgate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.notification.Notice;
import io.skillgate.notification.NoticeRepository;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TasklistSession;
import io.skillgate.support.TestSupport;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan review's decisions over HTTP, as Tasklist makes them (the webapps' engine API, each
 * person in their own session): a returned plan carries its reason to the vendor's reopened task
 * and its email, the reviewer's next round opens blank, and a refused form answers 400 in the
 * form's words, changing nothing.
 */
@SkillGateTest
class PlanReviewDecisionsTest {

  static final String REASON = "Add the dates of the team-lead ITIL cohort.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired NoticeRepository notices;

  String contractId;

  @AfterEach
  void removeContract() {
    ProcessHelpers.removeContractInstances(runtime, contractId);
  }

  @Test
  void aReturnCarriesItsReasonAndTheNextReviewOpensBlank() throws Exception {
    contractId = register();
    TasklistSession vendor = TasklistSession.logIn(api, TestSupport.VENDOR_A);
    TasklistSession reviewer = TasklistSession.logIn(api, TestSupport.REVIEWER);

    Task firstConfirmation = open("UserTask_ConfirmUpskillingPlan");
    assertThat(formVariables(vendor, firstConfirmation).path("returnedBecause").path("value").isNull())
        .as("a first confirmation has no reason to show").isTrue();
    String plan = formVariables(vendor, firstConfirmation).path("planSummary").path("value").asText();
    assertThat(plan).as("the plan in the contract's words").contains("- Claims agent: Motor claims triage, before pilot")
        .contains("before steady state").doesNotContain("claims-agent").doesNotContain("steady-state");
    complete(vendor, firstConfirmation, "{\"vendorComment\": {\"value\": \"Read and agreed.\"}}");

    Task firstReview = open("UserTask_ApproveUpskillingPlan");
    complete(reviewer, firstReview, "{\"planDecision\": {\"value\": \"return\"}, \"returnReason\": {\"value\": \""
        + REASON + "\"}}");

    Task reopened = open("UserTask_ConfirmUpskillingPlan");
    assertThat(formVariables(vendor, reopened).path("returnedBecause").path("value").asText()).isEqualTo(REASON);
    List<Notice> mails = notices.search(contractId, null, null, null, 50).stream()
        .filter(n -> reopened.getId().equals(n.taskId())).toList();
    assertThat(mails).as("the reopened task's notices").isNotEmpty();
    for (Notice mail : mails) {
      NoticeRepository.Mail body = notices.mail(mail.id()).orElseThrow();
      assertThat(body.text()).contains("Returned: " + REASON);
      assertThat(body.html()).contains("Returned:").contains(REASON);
    }
    complete(vendor, reopened, "{\"vendorComment\": {\"value\": \"ITIL cohort: 2027-03-01 to 2027-04-15.\"}}");

    Task secondReview = open("UserTask_ApproveUpskillingPlan");
    JsonNode second = formVariables(reviewer, secondReview);
    assertThat(second.path("planDecision").path("value").isNull()).as("decision of round one: " + second).isTrue();
    assertThat(second.path("returnReason").path("value").isNull()).as("reason of round one: " + second).isTrue();
    assertThat(second.path("vendorComment").path("value").asText()).startsWith("ITIL cohort");
    List<Notice> reviewerMails = notices.search(contractId, null, null, null, 50).stream()
        .filter(n -> secondReview.getId().equals(n.taskId())).toList();
    reviewerMails.forEach(n -> assertThat(notices.mail(n.id()).orElseThrow().text()).doesNotContain("Returned:"));

    complete(reviewer, secondReview, "{\"planDecision\": {\"value\": \"approve\"}}");
    assertThat(tasks.createTaskQuery().taskId(secondReview.getId()).count()).isZero();
  }

  @Test
  void aRefusedDecisionAnswers400InTheFormsWordsAndChangesNothing() throws Exception {
    contractId = register();
    TasklistSession vendor = TasklistSession.logIn(api, TestSupport.VENDOR_A);
    TasklistSession reviewer = TasklistSession.logIn(api, TestSupport.REVIEWER);
    complete(vendor, open("UserTask_ConfirmUpskillingPlan"), "{\"vendorComment\": {\"value\": \"Agreed.\"}}");
    Task review = open("UserTask_ApproveUpskillingPlan");
    claim(reviewer, review);

    // A return without a reason: the complete listener refuses it.
    HttpResponse<String> noReason = reviewer.post("/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"planDecision\": {\"value\": \"return\"}, \"returnReason\": {\"value\": \"  \"}}}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    JsonNode refusal = JSON.readTree(noReason.body());
    assertThat(refusal.path("message").asText()).isEqualTo("“Reason for returning the plan” is required");
    assertThat(refusal.path("fieldErrors").get(0).path("field").asText()).isEqualTo("returnReason");
    assertThat(refusal.path("fieldErrors").get(0).path("label").asText()).isEqualTo("Reason for returning the plan");
    assertThat(noReason.body()).doesNotContain("ENGINE-").doesNotContain(review.getId()).doesNotContain("Exception");

    // A reason longer than the form allows (2000 characters): refused on the server too, by its label.
    HttpResponse<String> tooLong = reviewer.post("/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"planDecision\": {\"value\": \"return\"}, \"returnReason\": {\"value\": \""
            + "x".repeat(2001) + "\"}}}");
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(JSON.readTree(tooLong.body()).path("message").asText())
        .isEqualTo("“Reason for returning the plan” must be at most 2000 characters");
    assertThat(JSON.readTree(tooLong.body()).path("fieldErrors").get(0).path("label").asText())
        .isEqualTo("Reason for returning the plan");

    // A value the form does not offer: the completion guard refuses it before the engine runs.
    HttpResponse<String> maybe = reviewer.post("/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"planDecision\": {\"value\": \"maybe\"}}}");
    assertThat(maybe.statusCode()).as(maybe.body()).isEqualTo(400);
    assertThat(JSON.readTree(maybe.body()).path("message").asText()).startsWith("“Decision” must be one of");
    assertThat(maybe.body()).doesNotContain("ENGINE-").doesNotContain("planDecision:");

    // The same refusal through /engine-rest reads the same.
    var rest = api.post(TestSupport.REVIEWER, "/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\": {\"planDecision\": {\"value\": \"return\"}}}");
    assertThat(rest.status()).as(rest.body()).isEqualTo(400);
    assertThat(rest.json().path("message").asText()).isEqualTo("“Reason for returning the plan” is required");

    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the review is still open").isOne();
    assertThat(runtime.getVariable(review.getProcessInstanceId(), ContractVariables.PLAN_RETURNS.name())).isEqualTo(0);
    assertThat(runtime.getVariable(review.getProcessInstanceId(), ContractVariables.PLAN_RETURN_REASON)).isNull();
  }

  private String register() {
    String id = Fixtures.uniqueId("PRD");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    return id;
  }

  private Task open(String definitionKey) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(contractId).taskDefinitionKey(definitionKey)
        .list();
    assertThat(open).as("open " + definitionKey).hasSize(1);
    return open.get(0);
  }

  private static JsonNode formVariables(TasklistSession person, Task task) throws Exception {
    HttpResponse<String> reply = person.get("/task/" + task.getId() + "/form-variables");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return JSON.readTree(reply.body());
  }

  private static void claim(TasklistSession person, Task task) throws Exception {
    HttpResponse<String> claim = person.post("/task/" + task.getId() + "/claim",
        "{\"userId\": \"" + person.user() + "\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
  }

  private static void complete(TasklistSession person, Task task, String variables) throws Exception {
    claim(person, task);
    HttpResponse<String> done = person.post("/task/" + task.getId() + "/submit-form",
        "{\"variables\": " + variables + "}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }
}
