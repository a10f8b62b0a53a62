package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.ProcessHelpers;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TestSupport;
import io.skillgate.worklist.WorklistVariables;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many training tasks the vendor faces for the 15-member fixture contract while its first
 * phase runs, counted as her Tasklist lists them (candidate group, the contract's instances), in
 * all and per member: the figure the README reports. Each entry reads differently in the list
 * (name, member, milestone), so no two can be mistaken for one another.
 */
@SkillGateTest
class TrainingWorkloadTest {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  String id;

  @AfterEach
  void removeTheContractsInstances() {
    ProcessHelpers.removeContractInstances(runtime, id);
  }

  @Test
  void aFifteenMemberTeamInTrainingGivesTheVendorAFewTasksPerMember() {
    id = Fixtures.uniqueId("TWL");
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
    ProcessInstance training = runtime.startProcessInstanceByKey(TrainingVariables.PROCESS_KEY, id, Map.of(
        ProcessVariables.CONTRACT_ID.name(), id, ProcessVariables.VENDOR_GROUP.name(), Fixtures.VENDOR_A_GROUP));
    ProcessHelpers.runAsyncJobs(training.getId());

    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(id)
        .taskCandidateGroup(Fixtures.VENDOR_A_GROUP).list();
    List<Task> evidence = open.stream().filter(t -> t.getTaskDefinitionKey().equals("UserTask_SubmitTrainingEvidence"))
        .toList();
    Map<String, Long> perMember = new TreeMap<>(evidence.stream().collect(Collectors.groupingBy(
        t -> String.valueOf(tasks.getVariable(t.getId(), "memberId")), Collectors.counting())));
    long most = perMember.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<String> others = open.stream().filter(t -> !evidence.contains(t)).map(Task::getName).toList();
    System.out.printf("open vendor training tasks, 15-member contract, first phase: %d (%d evidence tasks, at most %d "
        + "per member: %s; other tasks: %s)%n", open.size(), evidence.size(), most, perMember, others);

    assertThat(perMember).hasSize(15);
    assertThat(most).as("evidence tasks of one member at a time").isLessThanOrEqualTo(5);
    // How the vendor tells them apart in her list: the task's name, its member and its milestone.
    assertThat(open).extracting(t -> t.getName() + " | " + tasks.getVariableLocal(t.getId(), WorklistVariables.TASK_MEMBER)
        + " | " + tasks.getVariableLocal(t.getId(), WorklistVariables.TASK_ITEM)).doesNotHaveDuplicates();
  }
}
