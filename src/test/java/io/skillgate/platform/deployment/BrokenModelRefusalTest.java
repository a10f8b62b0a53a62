package io.skillgate.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.admin.Multipart;
import io.skillgate.support.Api;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A broken model deployed the way Camunda Modeler deploys it ({@code /engine-rest/deployment/create})
 * is refused with 400, one sentence naming the file, the line and the element by id and label, and
 * the same line and id in the report for the file; nothing is deployed, so the running version
 * stays the latest. Each case is something the engine itself finds only at run time, or reports
 * as a 500 without a line.
 */
@SkillGateTest
class BrokenModelRefusalTest {

  static final String LEARNING_PATH = "onboarding/LearningPathDecision.dmn";
  static final String PLAN_REVIEWER = "contract/PlanReviewerDecision.dmn";
  static final String CONTRACT = "contract/ContractProgrammeProcess.bpmn";
  static final String REPORTING = "reporting/ProgressReportingProcess.bpmn";

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired ProcessesDeployer deployer;
  @Value("${skillgate.processes-dir}") Path folder;

  @Test
  void feelErrorInAnInputExpression() {
    assertRefused(LEARNING_PATH, "<text>role</text>", "<text>role +</text>",
        "InputExpression_Role", "input Input_Role ('Role')", "not valid FEEL");
  }

  @Test
  void feelErrorInAnInputEntry() {
    assertRefused(LEARNING_PATH, "<inputEntry id=\"InputEntry_AgentDeskTourRole\"><text>&quot;claims-agent&quot;</text>",
        "<inputEntry id=\"InputEntry_AgentDeskTourRole\"><text>&quot;claims-agent</text>",
        "InputEntry_AgentDeskTourRole", "rule Rule_AgentDeskTour", "under input Input_Role ('Role')", "not valid FEEL");
  }

  @Test
  void feelErrorInAnOutputEntry() {
    assertRefused(LEARNING_PATH, "<outputEntry id=\"OutputEntry_AllDocumentsKind\"><text>&quot;DOCUMENT&quot;</text>",
        "<outputEntry id=\"OutputEntry_AllDocumentsKind\"><text>&quot;DOCUMENT&quot; +</text>",
        "OutputEntry_AllDocumentsKind", "rule Rule_AllDocuments ('Every role reads", "output Output_ItemKind ('Item kind')",
        "not valid FEEL");
  }

  @Test
  void hitPolicyCamunda7DoesNotEvaluate() {
    assertRefused(LEARNING_PATH, "hitPolicy=\"COLLECT\"", "hitPolicy=\"OUTPUT ORDER\"",
        "DecisionTable_LearningPath", "hit policy OUTPUT ORDER");
  }

  @Test
  void outputValueNotOfTheColumnsType() {
    assertRefused(PLAN_REVIEWER, "<outputEntry id=\"OutputEntry_LargeTeamDays\"><text>10</text>",
        "<outputEntry id=\"OutputEntry_LargeTeamDays\"><text>&quot;ten&quot;</text>",
        "OutputEntry_LargeTeamDays", "output Output_ReviewDays ('Days to review')", "type integer");
  }

  @Test
  void outputValueNotAmongTheAllowedValues() {
    assertRefused(LEARNING_PATH, "<outputEntry id=\"OutputEntry_AllDocumentsDelivery\"><text>&quot;SELF_PACED&quot;</text>",
        "<outputEntry id=\"OutputEntry_AllDocumentsDelivery\"><text>&quot;SELF-PACED&quot;</text>",
        "OutputEntry_AllDocumentsDelivery", "allowed values");
  }

  @Test
  void typeTheDecisionEngineDoesNotKnow() {
    assertRefused(PLAN_REVIEWER, "name=\"reviewDays\" typeRef=\"integer\"", "name=\"reviewDays\" typeRef=\"int\"",
        "Output_ReviewDays", "type 'int'");
  }

  @Test
  void malformedDecisionXml() {
    JsonNode problem = assertRefused(LEARNING_PATH, "</rule>", "", null, "the XML cannot be read");
    assertThat(problem.get("line").asInt()).isPositive();
  }

  @Test
  void malformedProcessXml() {
    JsonNode problem = assertRefused(CONTRACT, "</bpmn:sequenceFlow>", "", null, "the XML cannot be read");
    assertThat(problem.get("line").asInt()).isPositive();
  }

  @Test
  void expressionThatDoesNotParse() {
    assertRefused(CONTRACT, "${planDecision == 'approve'}", "${planDecision === 'approve'}",
        "SequenceFlow_PlanApprovedYes", "sequence flow SequenceFlow_PlanApprovedYes ('Yes')", "not a valid expression");
  }

  @Test
  void timerWhoseValueCannotBeRead() {
    assertRefused(REPORTING, "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${periodEndsAt}</bpmn:timeDate>",
        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">end of the month</bpmn:timeDate>",
        "IntermediateCatchEvent_ReportingPeriodEnded", "('Reporting period ended')", "cannot read as a date");
  }

  @Test
  void missingHistoryTimeToLiveIsSaidOnce() {
    JsonNode problem = assertRefused(CONTRACT, "camunda:historyTimeToLive=\"P1825D\"", "", "ContractProgrammeProcess",
        "process ContractProgrammeProcess", "History Time To Live");
    assertThat(problem.get("message").asText().split("History Time To Live", -1)).hasSize(2);
  }

  @Test
  void atStartUpTheSameRefusalStopsTheDeploymentNamingFileLineAndElement() {
    Map<String, byte[]> models = new java.util.LinkedHashMap<>(ProcessesFolder.read(folder));
    String changed = text(models, LEARNING_PATH).replace("<text>role</text>", "<text>role +</text>");
    models.put(LEARNING_PATH, changed.getBytes(StandardCharsets.UTF_8));
    String decision = latestDecisionId("LearningPathDecision");

    assertThatThrownBy(() -> deployer.deploy(models, "test"))
        .isInstanceOf(DeploymentRefusedException.class)
        .hasMessageContainingAll(LEARNING_PATH + " line " + startTagLine(changed, "InputExpression_Role"),
            "input Input_Role ('Role')", "not valid FEEL");
    assertThat(latestDecisionId("LearningPathDecision")).isEqualTo(decision);
  }

  /** Deploys the file changed as the Modeler would; returns the problem of the report for the file. */
  private JsonNode assertRefused(String file, String original, String replacement, String elementId,
      String... expectedInMessage) {
    String content = text(ProcessesFolder.read(folder), file);
    assertThat(content).as("test precondition: %s contains %s", file, original).contains(original);
    String changed = content.replaceFirst(java.util.regex.Pattern.quote(original),
        java.util.regex.Matcher.quoteReplacement(replacement));
    long deployments = repository.createDeploymentQuery().count();
    String latestProcess = latestProcessId("ContractProgrammeProcess");
    String latestDecision = latestDecisionId("LearningPathDecision");

    Api.Response response = api.send(TestSupport.ADMIN, new Multipart()
        .field("deployment-name", "skillgate")
        .field("deployment-source", "Camunda Modeler")
        .field("deploy-changed-only", "true")
        .files(Map.of(file, changed.getBytes(StandardCharsets.UTF_8)))
        .post(api.uri("/engine-rest/deployment/create")));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    String message = response.json().get("message").asText();
    assertThat(message).contains(file).contains(expectedInMessage);
    JsonNode problem = response.json().get("details").get(file).get("errors").get(0);
    assertThat(problem.get("message").asText()).startsWith(file + " line " + problem.get("line").asInt());
    if (elementId != null) {
      assertThat(problem.get("mainElementId").asText()).isEqualTo(elementId);
      // The line of the element's start tag (where it ends), or of the broken text inside it.
      assertThat(problem.get("line").asInt()).as("the line of the broken element")
          .isIn(startTagLine(changed, elementId), replacement.isEmpty() ? -1 : lineOf(changed, replacement));
    }
    assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
    assertThat(latestProcessId("ContractProgrammeProcess")).isEqualTo(latestProcess);
    assertThat(latestDecisionId("LearningPathDecision")).isEqualTo(latestDecision);
    return problem;
  }

  /** The line on which the start tag of the element with the id ends, as an XML parser reports it. */
  private static int startTagLine(String content, String elementId) {
    int id = content.indexOf("id=\"" + elementId + "\"");
    assertThat(id).as("element %s in the changed file", elementId).isNotNegative();
    return (int) content.substring(0, content.indexOf('>', id)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int lineOf(String content, String marker) {
    int index = content.indexOf(marker);
    assertThat(index).as("%s in the changed file", marker).isNotNegative();
    return (int) content.substring(0, index + marker.length()).chars().filter(c -> c == '\n').count() + 1;
  }

  private String latestProcessId(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  private String latestDecisionId(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult().getId();
  }

  private static String text(Map<String, byte[]> models, String name) {
    return new String(models.get(name), StandardCharsets.UTF_8);
  }
}
