package io.skillgate.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.support.bpmn.ContractEvaluationProcessIds;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ContractEvaluationProcess: the KPI summary, then both parties' feedback tasks. */
@SkillGateTest
class ContractEvaluationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TrainingEvaluation evaluation;
  @Autowired Api api;

  String id;
  ProcessInstance instance;

  @BeforeEach
  void start() {
    id = Fixtures.uniqueId("EVA");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    instance = runtime.startProcessInstanceByKey(ReportingVariables.EVALUATION_PROCESS_KEY, id,
        Map.of("contractId", id, "vendorGroup", Fixtures.VENDOR_A_GROUP));
  }

  @Test
  void bothPartiesGiveFeedbackAndTheSummaryIncludesIt() {
    assertThat(instance).hasPassed(ContractEvaluationProcessIds.SERVICE_TASK_SUMMARISE_CONTRACT_KPIS)
        .isWaitingAt(ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK, ContractEvaluationProcessIds.USER_TASK_GIVE_CLIENT_FEEDBACK);
    assertThat((String) runtime.getVariable(instance.getId(), "evaluationSummary"))
        .contains("Customer satisfaction: no value yet, target 85 %, baseline 78 %")
        .contains("as of 2027-02-01")
        // To date means as far as the records reach: the 15 members joined on the start date.
        .contains("Retention (members still active): 100.0 % (15 of 15)");
    assertThat(task(ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK, instance)).hasCandidateGroup(Fixtures.VENDOR_A_GROUP);
    assertThat(task(ContractEvaluationProcessIds.USER_TASK_GIVE_CLIENT_FEEDBACK, instance)).hasCandidateGroup("reviewers");

    tasks.complete(task(ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK, instance).getId(),
        Map.of("vendorRating", 4L, "vendorFeedback", "Shadowing worked;\nthe LMS did not"));
    assertThat(instance).isWaitingAt(ContractEvaluationProcessIds.USER_TASK_GIVE_CLIENT_FEEDBACK);
    tasks.complete(task(ContractEvaluationProcessIds.USER_TASK_GIVE_CLIENT_FEEDBACK, instance).getId(),
        Map.of("clientRating", 3L, "clientFeedback", "Error rate still above target"));

    assertThat(instance).isEnded().hasPassed(ContractEvaluationProcessIds.SERVICE_TASK_RECORD_EVALUATION_FEEDBACK, ContractEvaluationProcessIds.END_EVENT_CONTRACT_EVALUATED);
    assertThat(evaluation.summaryLines(id))
        .contains("Feedback from the vendor (4 of 5): Shadowing worked; the LMS did not",
            "Feedback from the client (3 of 5): Error rate still above target");
  }

  @Test
  void feedbackWithoutAValidRatingIsRefused() {
    String vendorTask = task(ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK, instance).getId();

    // The form's range (1 to 5) is checked before the listener runs.
    assertThatThrownBy(() -> tasks.complete(vendorTask, Map.of("vendorRating", 6L, "vendorFeedback", "great")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("vendorRating: must be from 1 to 5");
    assertThatThrownBy(() -> tasks.complete(vendorTask, Map.of("vendorRating", 4L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("vendorFeedback is required");
    assertThat(instance).isWaitingAt(ContractEvaluationProcessIds.USER_TASK_GIVE_VENDOR_FEEDBACK);
  }
}
