package io.skillgate.training.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.SkillAssessmentProcessIds;
import io.skillgate.support.bpmn.TrainingMilestoneProcessIds;

import io.skillgate.training.MilestoneKind;
import io.skillgate.training.MilestoneRepository;
import io.skillgate.training.MilestoneStatus;
import io.skillgate.training.RequiredTraining;
import io.skillgate.training.TrainingVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through SkillAssessmentProcess and its decision table, alone and inside a milestone. */
@SkillGateTest
class SkillAssessmentProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired MilestoneRepository milestones;
  @Autowired AssessmentAttemptRepository attempts;
  @Autowired Api api;
  @Autowired Clock clock;

  String contractId;

  @BeforeEach
  void registerContract() {
    contractId = Fixtures.uniqueId("SAP");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(contractId)).status()).isEqualTo(201);
  }

  @Test
  void passOnTheFirstAttempt() {
    ProcessInstance p = start(milestone(80, 3));
    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_RECORD_ASSESSMENT_RESULT);
    assertThat(task(p)).hasCandidateGroup("reviewers");

    score(p, 80, "Ann Assessor");

    assertThat(p).isEnded().hasPassed(SkillAssessmentProcessIds.BUSINESS_RULE_TASK_DECIDE_ASSESSMENT_OUTCOME, SkillAssessmentProcessIds.END_EVENT_ASSESSMENT_PASSED);
    assertThat(attempts.ofMilestone(milestoneOf(p))).singleElement().satisfies(a -> {
      assertThat(a.score()).isEqualTo(80);
      assertThat(a.attempt()).isEqualTo(1);
      assertThat(a.assessor()).isEqualTo("Ann Assessor");
      assertThat(a.outcome()).isEqualTo("pass");
    });
  }

  @Test
  void remediationThenPass() {
    ProcessInstance p = start(milestone(80, 3));
    score(p, 79, "Ann");

    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_COMPLETE_REMEDIATION_TRAINING);
    assertThat(task(p)).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    tasks.complete(task(p).getId(), Map.of(AssessmentVariables.REMEDIATION_NOTE, "two coaching sessions"));

    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_RECORD_ASSESSMENT_RESULT);
    assertThat(runtime.getVariable(p.getId(), AssessmentVariables.ATTEMPT)).isEqualTo(2);
    score(p, 91, "Ann");

    assertThat(p).isEnded().hasPassed(SkillAssessmentProcessIds.END_EVENT_ASSESSMENT_PASSED);
    assertThat(attempts.ofMilestone(milestoneOf(p))).extracting(AssessmentAttempt::outcome)
        .containsExactly("remediate", "pass");
  }

  @Test
  void failAfterTheMaximumAttemptsEscalatesToTheReviewerWhoConfirmsIt() {
    ProcessInstance p = start(milestone(70, 2));
    score(p, 50, "Ann");
    tasks.complete(task(p).getId(), Map.of(AssessmentVariables.REMEDIATION_NOTE, "retrained"));
    score(p, 60, "Ann");

    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_REVIEW_FAILED_ASSESSMENT);
    assertThat(task(p)).hasCandidateGroup("reviewers");
    String review = task(p).getId();
    assertThatThrownBy(() -> tasks.complete(review, Map.of(AssessmentVariables.FAILED_DECISION, "fail")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("failedNote is required");
    tasks.complete(review, Map.of(AssessmentVariables.FAILED_DECISION, "fail",
        AssessmentVariables.FAILED_NOTE, "not suited to the role"));

    assertThat(p).isEnded().hasPassed(SkillAssessmentProcessIds.END_EVENT_ASSESSMENT_FAILED);
    assertThat(attempts.ofMilestone(milestoneOf(p))).extracting(AssessmentAttempt::outcome)
        .containsExactly("remediate", "fail");
  }

  @Test
  void reviewerMayGrantOneMoreAttempt() {
    ProcessInstance p = start(milestone(70, 1));
    score(p, 40, "Ann");
    tasks.complete(task(p).getId(), Map.of(AssessmentVariables.FAILED_DECISION, "extraAttempt",
        AssessmentVariables.FAILED_NOTE, "assessor noted exam-day illness"));

    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_COMPLETE_REMEDIATION_TRAINING).hasPassed(SkillAssessmentProcessIds.SERVICE_TASK_GRANT_EXTRA_ATTEMPT);
    tasks.complete(task(p).getId(), Map.of(AssessmentVariables.REMEDIATION_NOTE, "refresher"));
    score(p, 75, "Ann");

    assertThat(p).isEnded().hasPassed(SkillAssessmentProcessIds.END_EVENT_ASSESSMENT_PASSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "101", "abc", "75.5"})
  void scoresOutsideZeroToHundredAreRefused(String score) {
    ProcessInstance p = start(milestone(80, 3));
    Object value = score.matches("-?\\d+") ? Integer.valueOf(score)
        : score.matches("-?\\d+\\.\\d+") ? Double.valueOf(score) : score;
    // The form's rules (a whole number from 0 to 100) are checked before the task's listener sees the value.
    String reason = value instanceof String ? "score: must be a number"
        : value instanceof Double ? "score: must be a whole number" : "score: must be from 0 to 100";
    assertThatThrownBy(() -> tasks.complete(task(p).getId(), Map.of(AssessmentVariables.SCORE.name(), value,
        AssessmentVariables.ASSESSOR, "Ann")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(reason);
    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_RECORD_ASSESSMENT_RESULT);
    assertThat(attempts.ofMilestone(milestoneOf(p))).isEmpty();
  }

  @Test
  void aMissingAssessorIsRefused() {
    ProcessInstance p = start(milestone(80, 3));
    assertThatThrownBy(() -> tasks.complete(task(p).getId(), Map.of(AssessmentVariables.SCORE.name(), 90)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("assessor is required");
  }

  @Test
  void theRestApiRefusesAnOutOfRangeScoreToo() {
    ProcessInstance p = start(milestone(80, 3));
    String body = "{\"variables\":{\"score\":{\"value\":150,\"type\":\"Integer\"},"
        + "\"assessor\":{\"value\":\"Ann\",\"type\":\"String\"}}}";

    Api.Response response = api.post(TestSupport.REVIEWER, "/engine-rest/task/" + task(p).getId() + "/complete", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).isEqualTo("“Score (0-100)” must be from 0 to 100");
    assertThat(response.json().path("fieldErrors").get(0).path("field").asText()).isEqualTo("score");
    assertThat(p).isWaitingAt(SkillAssessmentProcessIds.USER_TASK_RECORD_ASSESSMENT_RESULT);
  }

  @Test
  void aFailedAssessmentFailsTheMilestone() {
    long id = milestone(80, 1);
    ProcessInstance milestone = runtime.startProcessInstanceByKey(TrainingVariables.MILESTONE_PROCESS_KEY, contractId,
        Map.of(ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP,
            ProcessVariables.MILESTONE_ID.name(), id));
    Task submit = tasks.createTaskQuery().processInstanceId(milestone.getId()).singleResult();
    tasks.complete(submit.getId(), Map.of(TrainingVariables.EVIDENCE_NOTE, "attended the live course"));
    Task review = tasks.createTaskQuery().processInstanceId(milestone.getId()).singleResult();
    tasks.complete(review.getId(), Map.of(TrainingVariables.EVIDENCE_DECISION, "approve"));

    assertThat(milestone).isWaitingAt(TrainingMilestoneProcessIds.CALL_ACTIVITY_ASSESS_SKILL);
    ProcessInstance assessment = runtime.createProcessInstanceQuery().superProcessInstanceId(milestone.getId())
        .singleResult();
    assertThat(assessment.getBusinessKey()).isEqualTo(contractId);
    score(assessment, 30, "Ann");
    tasks.complete(task(assessment).getId(), Map.of(AssessmentVariables.FAILED_DECISION, "fail",
        AssessmentVariables.FAILED_NOTE, "far below the mark"));

    assertThat(milestone).isEnded().hasPassed(TrainingMilestoneProcessIds.SERVICE_TASK_RECORD_MILESTONE_FAILED, TrainingMilestoneProcessIds.END_EVENT_MILESTONE_FAILED);
    assertThat(milestones.get(id).status()).isEqualTo(MilestoneStatus.FAILED);
  }

  private void score(ProcessInstance p, int score, String assessor) {
    tasks.complete(task(p).getId(), Map.of(AssessmentVariables.SCORE.name(), score, AssessmentVariables.ASSESSOR, assessor));
  }

  private ProcessInstance start(long milestoneId) {
    return runtime.startProcessInstanceByKey(AssessmentVariables.PROCESS_KEY, contractId, Map.of(
        ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP,
        ProcessVariables.MILESTONE_ID.name(), milestoneId));
  }

  private long milestone(int passMark, int maxAttempts) {
    return milestones.insert(contractId, "pilot", "NW-A01", new RequiredTraining(MilestoneKind.TRAINING,
        "motor-triage", "Motor claims triage", RequiredTraining.FROM_CONTRACT, "TEST", passMark, maxAttempts),
        LocalDate.of(2027, 5, 1), clock.instant());
  }

  private long milestoneOf(ProcessInstance p) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(p.getId())
        .variableName(ProcessVariables.MILESTONE_ID.name()).singleResult().getValue()).longValue();
  }
}
