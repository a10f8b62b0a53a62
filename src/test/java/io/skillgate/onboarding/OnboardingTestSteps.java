package io.skillgate.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/** The steps of a member's onboarding as the people involved take them, for the tests of this package. */
final class OnboardingTestSteps {

  static final String EVIDENCE = "UserTask_RecordOnboardingEvidence";
  static final String APPROVAL = "UserTask_ApproveOnboarding";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TaskService tasks;
  private final ManagementService management;

  OnboardingTestSteps(TaskService tasks, ManagementService management) {
    this.tasks = tasks;
    this.management = management;
  }

  List<Task> open(String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
  }

  Task single(String processInstanceId, String taskKey) {
    List<Task> found = open(processInstanceId, taskKey);
    assertThat(found).as(taskKey).hasSize(1);
    return found.get(0);
  }

  void provisionAccess(String pi) {
    tasks.complete(single(pi, "UserTask_ProvisionAccess").getId(),
        Map.of("accessProvisioned", true, "accessNote", "claims system and mail"));
  }

  /** The rows of an evidence task as the form shows them. */
  static ArrayNode rows(TaskService tasks, String taskId) {
    try {
      return (ArrayNode) JSON.readTree(tasks.getVariable(taskId, "evidenceItems").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows as the form submits them: each row's item and the vendor's evidence. */
  static ArrayNode filledIn(ArrayNode shown, LocalDate date, int minutes, String with, String reference) {
    ArrayNode rows = JSON.createArrayNode();
    for (JsonNode s : shown) {
      ObjectNode row = rows.addObject();
      row.put("item", s.path("item").asText());
      row.put("evidenceDate", date.toString());
      row.put("evidenceMinutes", minutes);
      row.put("evidenceWith", with);
      String ref = s.path("evidenceReference").asText("");
      row.put("evidenceReference", ref.isEmpty() ? reference : ref);
    }
    return rows;
  }

  void recordEvidence(Task task) {
    ArrayNode rows = filledIn(rows(tasks, task.getId()), LocalDate.now().minusDays(1), 90, "Harbor trainer",
        "https://lms.example/rec/1");
    tasks.complete(task.getId(), Map.of("evidenceItems", SpinValues.jsonValue(rows.toString()).create()));
  }

  void recordAllEvidence(String pi) {
    recordEvidence(single(pi, EVIDENCE));
  }

  /** Tests run without the job executor: continuations run here. */
  void runJobs(String pi) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processInstanceId(pi).executable().list()).isEmpty()) {
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  void approve(String pi, String by) {
    Task approval = single(pi, APPROVAL);
    tasks.claim(approval.getId(), by);
    tasks.complete(approval.getId(), Map.of("onboardingDecision", "approve"));
  }

  /** Returns the items with these ids, as the reviewer's checklist submits them. */
  void returnItems(String pi, String by, String reason, List<Long> itemIds) {
    Task approval = single(pi, APPROVAL);
    tasks.claim(approval.getId(), by);
    String chosen = itemIds.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    tasks.complete(approval.getId(), Map.of("onboardingDecision", "return", "onboardingReturnReason", reason,
        "returnItems", SpinValues.jsonValue(chosen).create()));
  }
}
