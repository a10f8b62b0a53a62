package io.skillgate.support.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Each process's ids class ({@code <ProcessId>Ids}) lists exactly the ids of its model that follow the
 * id conventions (processes/lint/conventions.json), each under the constant its id gives
 * ({@code UserTask_ApprovePlan} is {@code USER_TASK_APPROVE_PLAN}). No Spring context: it reads files.
 */
class BpmnIdsTest {

  private static final Path PROCESSES = Path.of(System.getProperty("skillgate.processes-dir", "processes"));

  @Test
  void everyProcessHasItsIdsAsConstants() throws Exception {
    List<String> prefixes = prefixes();
    List<String> problems = new ArrayList<>();
    List<Path> models;
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      models = files.filter(p -> p.toString().endsWith(".bpmn") && !p.toString().contains("node_modules")).sorted().toList();
    }
    assertThat(models).isNotEmpty();
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      String processId = model.getModelElementsByType(Process.class).iterator().next().getId();
      Map<String, String> expected = new TreeMap<>();
      for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
        if (e.getId() != null && prefixes.stream().anyMatch(e.getId()::startsWith)) {
          expected.put(constantName(e.getId()), e.getId());
        }
      }
      expected.put("PROCESS_KEY", processId);
      Map<String, String> actual = constantsOf(processId);
      if (actual == null) {
        problems.add(processId + ": no class " + BpmnIdsTest.class.getPackageName() + "." + processId + "Ids");
        continue;
      }
      expected.forEach((name, id) -> {
        if (!id.equals(actual.get(name))) {
          problems.add(processId + "Ids: add public static final String " + name + " = \"" + id + "\";");
        }
      });
      actual.keySet().stream().filter(name -> !expected.containsKey(name))
          .forEach(name -> problems.add(processId + "Ids: remove " + name + " (no longer in " + file + ")"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void constantNamesFollowTheIds() {
    assertThat(constantName("UserTask_ApproveUpskillingPlan")).isEqualTo("USER_TASK_APPROVE_UPSKILLING_PLAN");
    assertThat(constantName("IntermediateCatchEvent_GracePeriodOver")).isEqualTo("INTERMEDIATE_CATCH_EVENT_GRACE_PERIOD_OVER");
    assertThat(constantName("Gateway_KPITargetsMet")).isEqualTo("GATEWAY_KPI_TARGETS_MET");
  }

  /** UserTask_ApprovePlan -> USER_TASK_APPROVE_PLAN; a run of capitals stays one word. */
  static String constantName(String id) {
    return id.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_").replace("__", "_").toUpperCase();
  }

  private static List<String> prefixes() throws IOException {
    JsonNode order = new ObjectMapper().readTree(PROCESSES.resolve("lint/conventions.json").toFile())
        .path("idPrefixes").path("order");
    List<String> prefixes = new ArrayList<>();
    order.forEach(entry -> prefixes.add(entry.get(1).asText()));
    return prefixes;
  }

  private static Map<String, String> constantsOf(String processId) throws IllegalAccessException {
    Class<?> ids;
    try {
      ids = Class.forName(BpmnIdsTest.class.getPackageName() + "." + processId + "Ids");
    } catch (ClassNotFoundException e) {
      return null;
    }
    Map<String, String> constants = new TreeMap<>();
    for (Field f : ids.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.put(f.getName(), (String) f.get(null));
      }
    }
    return constants;
  }
}
