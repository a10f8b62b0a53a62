package io.skillgate.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.identity.TasklistFilters;
import io.skillgate.support.Api;
import io.skillgate.support.Fixtures;
import io.skillgate.support.Jobs;
import io.skillgate.support.SkillGateTest;
import io.skillgate.support.TasklistSession;
import io.skillgate.support.TestSupport;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasks a person can tell apart, read as Tasklist reads them: logged in to the webapp, the seeded
 * filters, one page of 15 at a time, with the filter's columns embedded.
 */
@SkillGateTest
class WorklistTasklistTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Api api;
  @Autowired Jobs jobs;
  @Autowired TaskService tasks;

  @Test
  void tasklistOpensOnWaitingOnMeAndEveryFilterShowsContractMemberAndItem() throws Exception {
    for (String user : List.of(TestSupport.VENDOR_A, TestSupport.REVIEWER)) {
      JsonNode filters = filters(TasklistSession.logIn(api, user));
      List<String> byPriority = StreamSupport.stream(filters.spliterator(), false)
          .sorted((a, b) -> Integer.compare(a.at("/properties/priority").asInt(), b.at("/properties/priority").asInt()))
          .map(f -> f.get("name").asText()).toList();
      // Tasklist opens on the filter of lowest priority.
      assertThat(byPriority).as(user).startsWith(TasklistFilters.WAITING_ON_ME)
          .contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.DUE_SOON,
              TasklistFilters.BY_CONTRACT);
      filters.forEach(f -> assertThat(f.at("/properties/variables")).as(f.get("name").asText())
          .extracting(v -> v.get("name").asText())
          .containsExactly(WorklistVariables.TASK_MEMBER, WorklistVariables.TASK_ITEM, WorklistVariables.TASK_CONTRACT));
    }
  }

  @Test
  void noTwoOpenTasksOfTheVendorReadTheSameOnAFifteenMemberContract() throws Exception {
    String id = Fixtures.uniqueId("WLV");
    register(id);
    agreePlan(id);

    TasklistSession nora = TasklistSession.logIn(api, TestSupport.VENDOR_A);
    List<Map<String, String>> listed = listAll(nora, filterId(nora, TasklistFilters.WAITING_ON_ME), id);

    List<Map<String, String>> provisioning = listed.stream()
        .filter(t -> t.get("name").equals("Provision access and tools")).toList();
    assertThat(provisioning).hasSize(15);
    assertThat(provisioning).extracting(t -> t.get(WorklistVariables.TASK_MEMBER)).doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(listed).allSatisfy(t -> assertThat(t.get(WorklistVariables.TASK_CONTRACT)).isEqualTo(id));
    assertThat(listed).extracting(Map::toString).as("what each entry reads").doesNotHaveDuplicates();

    Task one = tasks.createTaskQuery().processVariableValueEquals("contractId", id)
        .taskDefinitionKey("UserTask_ProvisionAccess").listPage(0, 1).get(0);
    String member = (String) tasks.getVariableLocal(one.getId(), WorklistVariables.TASK_MEMBER);
    assertThat(one.getDescription()).contains(id).contains(member);
  }

  @Test
  void noTwoOpenTasksOfTheReviewerReadTheSameWhenThreeContractsShareATitle() throws Exception {
    List<String> ids = List.of(Fixtures.uniqueId("WLR"), Fixtures.uniqueId("WLR"), Fixtures.uniqueId("WLR"));
    for (String id : ids) {
      register(id);
      complete(id, "UserTask_ConfirmUpskillingPlan", Map.of("vendorComment", "agreed"));
    }

    TasklistSession rita = TasklistSession.logIn(api, TestSupport.REVIEWER);
    List<Map<String, String>> listed = new ArrayList<>();
    for (String id : ids) {
      listed.addAll(listAll(rita, filterId(rita, TasklistFilters.WAITING_ON_ME), id));
    }
    assertThat(listed).extracting(t -> t.get("name")).containsOnly("Approve upskilling plan").hasSize(3);
    assertThat(listed).extracting(t -> t.get(WorklistVariables.TASK_CONTRACT)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(listed).extracting(Map::toString).doesNotHaveDuplicates();
  }

  @Test
  void byContractListsTheTasksOfEachContractTogether() throws Exception {
    String first = Fixtures.uniqueId("WLC");
    String second = Fixtures.uniqueId("WLC");
    register(first);
    register(second);
    register(first + "-b");

    TasklistSession nora = TasklistSession.logIn(api, TestSupport.VENDOR_A);
    List<String> contracts = new ArrayList<>();
    String filter = filterId(nora, TasklistFilters.BY_CONTRACT);
    for (int page = 0; ; page += 15) {
      JsonNode tasksOnPage = page(nora, filter, page, search(null)).at("/_embedded/task");
      if (tasksOnPage.isEmpty()) {
        break;
      }
      tasksOnPage.forEach(t -> contracts.add(columns(t).get(WorklistVariables.TASK_CONTRACT)));
    }
    List<String> ours = contracts.stream().filter(c -> c != null && c.startsWith("WLC-")).toList();
    assertThat(ours).hasSize(3).isSorted();
  }

  private void register(String id) {
    assertThat(api.post(TestSupport.REVIEWER, "/api/contracts", Fixtures.contract(id)).status()).isEqualTo(201);
  }

  private void agreePlan(String id) {
    complete(id, "UserTask_ConfirmUpskillingPlan", Map.of("vendorComment", "agreed"));
    complete(id, "UserTask_ApproveUpskillingPlan", Map.of("planDecision", "approve"));
    jobs.executeAll();
  }

  private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }

  /** The filters as Tasklist's filter list asks for them. */
  private static JsonNode filters(TasklistSession session) throws Exception {
    return ok(session.get("/filter?resourceType=Task&itemCount=false&firstResult=0&maxResults=50"));
  }

  private static String filterId(TasklistSession session, String name) throws Exception {
    for (JsonNode f : filters(session)) {
      if (f.get("name").asText().equals(name)) {
        return f.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }

  /** Every page of a filter searched for one contract, as Tasklist's "Process variable contractId = …" search sends it. */
  private static List<Map<String, String>> listAll(TasklistSession session, String filterId, String contractId)
      throws Exception {
    List<Map<String, String>> all = new ArrayList<>();
    for (int first = 0; ; first += 15) {
      JsonNode page = page(session, filterId, first, search(contractId));
      JsonNode found = page.at("/_embedded/task");
      if (found.isEmpty()) {
        assertThat(all).hasSize(page.get("count").asInt());
        return all;
      }
      found.forEach(t -> {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("name", t.get("name").asText());
        entry.putAll(columns(t));
        all.add(entry);
      });
    }
  }

  /** One page of 15 of a filter's tasks, HAL with the filter's columns embedded, as Tasklist's list asks for it. */
  private static JsonNode page(TasklistSession session, String filterId, int firstResult, String searchBody)
      throws Exception {
    return ok(session.post("/filter/" + filterId + "/list?firstResult=" + firstResult + "&maxResults=15",
        searchBody, "application/hal+json, application/json; q=0.5"));
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static Map<String, String> columns(JsonNode task) {
    Map<String, String> values = new LinkedHashMap<>();
    task.at("/_embedded/variable").forEach(v -> values.put(v.get("name").asText(), v.get("value").asText()));
    return values;
  }

  private static String search(String contractId) {
    String variables = contractId == null ? "[]"
        : "[{\"name\":\"contractId\",\"operator\":\"eq\",\"value\":\"" + contractId + "\"}]";
    return "{\"processVariables\":" + variables + ",\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  }
}
