package io.skillgate.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillgate.platform.engine.ProcessVariables;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.TestSupport;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Test helpers for the training processes: a small demo contract (one agent, one team lead),
 * and the moves a vendor, a reviewer or time make.
 */
final class TrainingScenario {

  static final String AGENT = "NW-A01";
  static final String LEAD = "NW-L01";

  private TrainingScenario() {}

  /** The Northwind demo contract with two members, registered through the API. */
  static String registerSmallContract(Api api, String prefix) {
    String id = Fixtures.uniqueId(prefix);
    ObjectNode contract = Fixtures.contract(id);
    ArrayNode members = (ArrayNode) contract.get("members");
    for (int i = members.size() - 1; i >= 0; i--) {
      if (!Set.of(AGENT, LEAD).contains(members.get(i).get("id").asText())) {
        members.remove(i);
      }
    }
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", contract).status()).isEqualTo(201);
    return id;
  }

  static Map<String, Object> evidence(String note) {
    return Map.of(TrainingVariables.EVIDENCE_NOTE, note);
  }

  static Map<String, Object> approve() {
    return Map.of(TrainingVariables.EVIDENCE_DECISION, "approve");
  }

  static Task task(TaskService tasks, String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  /** The milestone process started for a milestone (business key = contract id). */
  static ProcessInstance milestoneProcess(RuntimeService runtime, long milestoneId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(TrainingVariables.MILESTONE_PROCESS_KEY)
        .variableValueEquals(ProcessVariables.MILESTONE_ID.name(), milestoneId).singleResult();
  }
}
