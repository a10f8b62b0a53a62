package io.skillgate.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillgate.platform.engine.RoutingVariables;
import io.skillgate.platform.engine.TaskOutputs;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.support.SkillGateTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Every model in processes/ follows the project's conventions (ARCHITECTURE.md section 4): this
 * is what a process admin's change is checked against before it lands.
 */
@SkillGateTest
class ModelConventionsTest {

  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*[.}]");
  private static final Map<Class<? extends BaseElement>, String> ID_PREFIXES = Map.ofEntries(
      Map.entry(UserTask.class, "UserTask_"), Map.entry(ServiceTask.class, "ServiceTask_"),
      Map.entry(BusinessRuleTask.class, "BusinessRuleTask_"), Map.entry(CallActivity.class, "CallActivity_"),
      Map.entry(SendTask.class, "SendTask_"), Map.entry(ReceiveTask.class, "ReceiveTask_"),
      Map.entry(ScriptTask.class, "ScriptTask_"), Map.entry(SubProcess.class, "SubProcess_"),
      Map.entry(StartEvent.class, "StartEvent_"), Map.entry(EndEvent.class, "EndEvent_"),
      Map.entry(BoundaryEvent.class, "BoundaryEvent_"), Map.entry(IntermediateCatchEvent.class, "IntermediateCatchEvent_"),
      Map.entry(IntermediateThrowEvent.class, "IntermediateThrowEvent_"), Map.entry(Gateway.class, "Gateway_"),
      Map.entry(SequenceFlow.class, "SequenceFlow_"));

  @Value("${skillgate.processes-dir}") Path folder;
  @Autowired ApplicationContext context;

  @Test
  void everyModelFollowsTheConventions() throws Exception {
    Map<String, byte[]> models = ProcessesFolder.read(folder);
    assertThat(models).isNotEmpty();
    Set<String> forms = new java.util.HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (var e : models.entrySet()) {
      if (e.getKey().endsWith(".form")) {
        JsonNode form = json.readTree(e.getValue());
        String id = form.get("id").asText();
        assertThat(e.getKey()).as("form file name").endsWith("/forms/" + id + ".form");
        assertThat(form.path("executionPlatformVersion").asText()).as(e.getKey()).isEqualTo("7.24.0");
        forms.add(id);
      }
    }
    List<String> problems = new ArrayList<>();
    for (var e : models.entrySet()) {
      if (e.getKey().endsWith(".bpmn")) {
        checkBpmn(e.getKey(), Bpmn.readModelFromStream(new ByteArrayInputStream(e.getValue())), forms, problems);
      } else if (e.getKey().endsWith(".dmn")) {
        checkDmn(e.getKey(), Dmn.readModelFromStream(new ByteArrayInputStream(e.getValue())), problems);
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A form's input fields are its task's outputs; none may be a variable that routes work or picks
   * a record (the completion guard would refuse it at run time, in front of a user).
   */
  @Test
  void noFormWritesARoutingVariable() throws Exception {
    List<String> problems = new ArrayList<>();
    for (var e : ProcessesFolder.read(folder).entrySet()) {
      if (e.getKey().endsWith(".form")) {
        TaskOutputs outputs = TaskOutputs.read(new ByteArrayInputStream(e.getValue()));
        outputs.fieldNames().stream().filter(RoutingVariables::isRouting)
            .forEach(name -> problems.add(e.getKey() + ": field '" + name + "' is a routing variable (RoutingVariables);"
                + " show it disabled or rename the field"));
      }
    }
    assertThat(problems).isEmpty();
  }

  private void checkBpmn(String file, BpmnModelInstance model, Set<String> forms, List<String> problems) {
    var definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !"7.24.0".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add(file + ": execution platform must be Camunda Platform 7.24.0");
    }
    if (definitions.getBpmDiagrams().isEmpty()) {
      problems.add(file + ": no diagram information");
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.getId().matches("[A-Z][A-Za-z0-9]*Process")) {
        problems.add(file + ": process id " + process.getId() + " must be PascalCase ending in Process");
      }
      if (!file.endsWith("/" + process.getId() + ".bpmn")) {
        problems.add(file + ": file name must be the process id " + process.getId());
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": process " + process.getId() + " has no historyTimeToLive");
      }
    }
    var diShapes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).toList();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String where = file + " " + element.getId();
      ID_PREFIXES.entrySet().stream()
          .filter(p -> p.getKey().isInstance(element))
          .findFirst()
          .ifPresent(p -> {
            if (!element.getId().startsWith(p.getValue())) {
              problems.add(where + ": id must start with " + p.getValue());
            }
          });
      boolean needsLabel = element instanceof Task || element instanceof CallActivity || element instanceof Event
          || deciding(element);
      if (needsLabel && (element.getName() == null || element.getName().isBlank())) {
        problems.add(where + ": needs a label");
      }
      if (element.getName() != null && !element.getName().isBlank()
          && !Character.isUpperCase(element.getName().charAt(0)) && !(element instanceof SequenceFlow)) {
        problems.add(where + ": label must be in sentence case");
      }
      if (deciding(element) && element.getName() != null && !element.getName().endsWith("?")) {
        problems.add(where + ": a deciding gateway's label is a question");
      }
      if (element instanceof FlowNode && !diShapes.contains(element.getId())) {
        problems.add(where + ": missing from the diagram");
      }
      if (element instanceof ServiceTask s) {
        if (s.getCamundaClass() != null) {
          problems.add(where + ": use camunda:delegateExpression, not camunda:class");
        }
        checkBean(where, s.getCamundaDelegateExpression(), problems);
        if (s.getCamundaDelegateExpression() == null && s.getCamundaExpression() == null && s.getCamundaType() == null) {
          problems.add(where + ": service task without implementation");
        }
      }
      if (element instanceof ScriptTask) {
        problems.add(where + ": no inline scripts; write a delegate");
      }
      if (element instanceof UserTask u) {
        if (u.getCamundaFormRef() == null) {
          problems.add(where + ": user task without a Camunda Form (camunda:formRef)");
        } else if (!forms.contains(u.getCamundaFormRef())) {
          problems.add(where + ": form " + u.getCamundaFormRef() + " is not in processes/");
        }
        if (u.getCamundaDueDate() == null) {
          problems.add(where + ": user task without a due date");
        }
        if (u.getCamundaCandidateGroups() == null && u.getCamundaAssignee() == null) {
          problems.add(where + ": user task without candidate groups or assignee");
        }
      }
    }
    // Every ${bean...} in listeners and expressions names a bean that exists.
    String xml = Bpmn.convertToString(model);
    Matcher m = Pattern.compile("(?:delegateExpression|expression)=\"(\\$\\{[^\"]*\\})\"").matcher(xml);
    while (m.find()) {
      checkBean(file, m.group(1), problems);
    }
  }

  /** A gateway that chooses among paths; a parallel split or join decides nothing and needs no label. */
  private static boolean deciding(FlowElement element) {
    return element instanceof Gateway g && !(g instanceof ParallelGateway) && g.getOutgoing().size() > 1;
  }

  private void checkBean(String where, String expression, List<String> problems) {
    if (expression == null) {
      return;
    }
    Matcher m = BEAN_EXPRESSION.matcher(expression);
    if (m.find() && !Set.of("execution", "task", "dateTime", "now").contains(m.group(1))
        && !context.containsBean(m.group(1))) {
      problems.add(where + ": " + expression + " names no Spring bean '" + m.group(1) + "'");
    }
  }

  private void checkDmn(String file, DmnModelInstance model, List<String> problems) {
    if (!"7.24.0".equals(model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add(file + ": execution platform version must be 7.24.0");
    }
    for (Decision d : model.getModelElementsByType(Decision.class)) {
      if (!d.getId().matches("[A-Z][A-Za-z0-9]*Decision")) {
        problems.add(file + ": decision id " + d.getId() + " must be PascalCase ending in Decision");
      }
      if (d.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": decision " + d.getId() + " has no historyTimeToLive");
      }
    }
  }
}
