package io.skillgate.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillgate.platform.engine.RoutingVariables;
import io.skillgate.platform.engine.TaskOutputs;
import io.skillgate.support.SkillGateTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Every model in processes/ follows the project's conventions (docs/models.md): this is what a
 * process admin's change is checked against before it lands. The conventions that the model lint
 * checks as well (id prefixes, process and decision ids, history time to live, execution platform)
 * are read from processes/lint/conventions.json, the file the lint rules read, so the two cannot drift.
 */
@SkillGateTest
class ModelConventionsTest {

  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*[.}]");
  @Value("${skillgate.processes-dir}") Path folder;
  @Autowired ApplicationContext context;
  private Conventions conventions;

  /**
   * processes/lint/conventions.json: id prefixes by BPMN type (first match wins), the patterns of
   * names and ids, and the execution platform.
   */
  record Conventions(List<Map.Entry<Class<? extends BaseElement>, String>> idPrefixes, Pattern idName,
      Pattern processId, Pattern decisionId, Pattern historyTimeToLive, String platform, String platformVersion) {

    static Conventions read(Path processes) throws IOException {
      JsonNode json = new ObjectMapper().readTree(processes.resolve("lint/conventions.json").toFile());
      List<Map.Entry<Class<? extends BaseElement>, String>> prefixes = new ArrayList<>();
      for (JsonNode entry : json.path("idPrefixes").path("order")) {
        prefixes.add(Map.entry(bpmnType(entry.get(0).asText()), entry.get(1).asText()));
      }
      return new Conventions(prefixes, Pattern.compile(json.path("idPrefixes").path("name").asText()),
          Pattern.compile(json.path("processId").asText()), Pattern.compile(json.path("decisionId").asText()),
          Pattern.compile(json.path("historyTimeToLive").asText()), json.path("executionPlatform").asText(),
          json.path("executionPlatformVersion").asText());
    }

    /** The model API's interface for a BPMN element name ("UserTask", "Message"). */
    private static Class<? extends BaseElement> bpmnType(String name) {
      try {
        return Class.forName(UserTask.class.getPackageName() + "." + name).asSubclass(BaseElement.class);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("conventions.json names an unknown BPMN type " + name, e);
      }
    }

    /** The problem with an element's id, or null: the first prefix whose type the element is applies. */
    String idProblem(BaseElement element) {
      return idPrefixes.stream().filter(p -> p.getKey().isInstance(element)).findFirst()
          .map(p -> {
            String id = element.getId() == null ? "" : element.getId();
            return id.startsWith(p.getValue()) && idName.matcher(id.substring(p.getValue().length())).matches()
                ? null : "id must be " + p.getValue() + "<PascalCaseName>";
          })
          .orElse(null);
    }
  }

  @BeforeEach
  void readConventions() throws Exception {
    conventions = Conventions.read(folder);
  }

  /** The shared file knows the root elements' prefixes too, which the test once did not check. */
  @Test
  void theConventionsCoverErrorsMessagesAndSignals() {
    assertThat(conventions.idPrefixes()).extracting(Map.Entry::getValue)
        .contains("Error_", "Message_", "Signal_", "UserTask_", "Gateway_", "SequenceFlow_");
    var model = Bpmn.createExecutableProcess("SomeProcess").startEvent("StartEvent_Started").done();
    var message = model.newInstance(Message.class);
    message.setId("Msg_Started");
    assertThat(conventions.idProblem(message)).isEqualTo("id must be Message_<PascalCaseName>");
    message.setId("Message_Started");
    assertThat(conventions.idProblem(message)).isNull();
  }

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
        assertThat(form.path("executionPlatformVersion").asText()).as(e.getKey()).isEqualTo(conventions.platformVersion());
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
    if (!conventions.platform().equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !conventions.platformVersion().equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add(file + ": execution platform must be " + conventions.platform() + " " + conventions.platformVersion());
    }
    if (definitions.getBpmDiagrams().isEmpty()) {
      problems.add(file + ": no diagram information");
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!conventions.processId().matcher(process.getId()).matches()) {
        problems.add(file + ": process id " + process.getId() + " must be PascalCase ending in Process");
      }
      if (!file.endsWith("/" + process.getId() + ".bpmn")) {
        problems.add(file + ": file name must be the process id " + process.getId());
      }
      checkTimeToLive(file + ": process " + process.getId(), process.getCamundaHistoryTimeToLiveString(), problems);
    }
    var diShapes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).toList();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String idProblem = conventions.idProblem(element);
      if (idProblem != null) {
        problems.add(file + " " + element.getId() + ": " + idProblem);
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String where = file + " " + element.getId();
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

  private void checkTimeToLive(String what, String timeToLive, List<String> problems) {
    if (timeToLive == null) {
      problems.add(what + " has no historyTimeToLive");
    } else if (!conventions.historyTimeToLive().matcher(timeToLive.trim()).matches()) {
      problems.add(what + ": historyTimeToLive " + timeToLive + " must be days (\"1825\" or \"P1825D\")");
    }
  }

  private void checkDmn(String file, DmnModelInstance model, List<String> problems) {
    if (!conventions.platformVersion().equals(model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add(file + ": execution platform version must be " + conventions.platformVersion());
    }
    for (Decision d : model.getModelElementsByType(Decision.class)) {
      if (!conventions.decisionId().matcher(d.getId()).matches()) {
        problems.add(file + ": decision id " + d.getId() + " must be PascalCase ending in Decision");
      }
      checkTimeToLive(file + ": decision " + d.getId(), d.getCamundaHistoryTimeToLiveString(), problems);
    }
  }
}
