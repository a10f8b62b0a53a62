package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Training work that can no longer be done ends cleanly, on record, with nothing left in Tasklist. */
@SkillGateTest
class TrainingEndingsTest {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired MilestoneRepository milestones;

  String contractId;

  @BeforeEach
  void trainingRuns() {
    contractId = TrainingScenario.registerSmallContract(api, "END");
    runtime.startProcessInstanceByKey(TrainingVariables.PROCESS_KEY, contractId, Map.of(
        ProcessVariables.CONTRACT_ID.name(), contractId, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP));
    assertThat(milestones.ofContract(contractId)).isNotEmpty()
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.OPEN));
  }

  @Test
  void terminationEndsEveryOpenMilestone() {
    Api.Response response = api.post(TestSupport.REVIEWER, "/api/contracts/" + contractId + "/termination",
        Map.of("reason", "merger", "effectiveDate", LocalDate.now().plusDays(10).toString()));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(milestones.ofContract(contractId)).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(MilestoneStatus.ENDED);
      assertThat(m.note()).contains("ended by termination: merger");
    });
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TrainingVariables.MILESTONE_PROCESS_KEY)
        .processInstanceBusinessKey(contractId).count()).isZero();
  }

  @Test
  void aMemberWhoLeavesHasTheirMilestonesEndedAndTheOthersKeepTheirs() {
    Api.Response response = api.post(TestSupport.VENDOR_A,
        "/api/contracts/" + contractId + "/members/" + TrainingScenario.AGENT + "/departure",
        Map.of("reason", "resigned", "date", LocalDate.now().toString()));

    assertThat(response.status()).as(response.body()).isBetween(200, 204);
    assertThat(milestones.ofContract(contractId)).allSatisfy(m -> assertThat(m.status()).isEqualTo(
        TrainingScenario.AGENT.equals(m.memberId()) ? MilestoneStatus.ENDED : MilestoneStatus.OPEN));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TrainingVariables.MILESTONE_PROCESS_KEY)
        .processInstanceBusinessKey(contractId).variableValueEquals(ProcessVariables.MEMBER_ID.name(), TrainingScenario.AGENT)
        .count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TrainingVariables.MILESTONE_PROCESS_KEY)
        .processInstanceBusinessKey(contractId).variableValueEquals(ProcessVariables.MEMBER_ID.name(), TrainingScenario.LEAD)
        .count()).isPositive();
  }
}
