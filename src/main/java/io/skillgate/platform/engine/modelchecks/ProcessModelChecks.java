package io.skillgate.platform.engine.modelchecks;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * What the engine finds in a BPMN only when a token gets there, checked when it is deployed:
 * every expression parses (JUEL, with the engine's own expression manager), every timer and
 * literal due date can be read by the engine's business calendars, and every executable process
 * keeps its history for a set time.
 */
final class ProcessModelChecks {

  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
  /** Elements whose text the engine evaluates as an expression (unless a script language is set). */
  private static final Set<String> EXPRESSION_TEXTS = Set.of("conditionExpression", "completionCondition",
      "loopCardinality", "inputParameter", "outputParameter", "entry", "value", "expression");
  /** Free text and scripts: never evaluated as an expression, or not as JUEL. */
  private static final Set<String> NOT_EXPRESSIONS = Set.of("documentation", "textAnnotation", "script", "string",
      "BPMNDiagram", "list", "map");
  /** Timer definition children and the business calendar the engine reads each with. */
  private static final java.util.Map<String, String> TIMER_CALENDARS = java.util.Map.of(
      "timeDate", DueDateBusinessCalendar.NAME,
      "timeDuration", DurationBusinessCalendar.NAME,
      "timeCycle", CycleBusinessCalendar.NAME);

  private final ProcessEngineConfigurationImpl configuration;
  private final HistoryTimeToLiveCheck historyTimeToLive;

  ProcessModelChecks(ProcessEngineConfigurationImpl configuration, HistoryTimeToLiveCheck historyTimeToLive) {
    this.configuration = configuration;
    this.historyTimeToLive = historyTimeToLive;
  }

  void check(String resource, Element definitions, ModelProblems problems) {
    for (Element process : definitions.elements()) {
      if ("process".equals(process.getTagName()) && !"false".equals(process.attribute("isExecutable"))) {
        historyTimeToLive.check(resource, process, process.attributeNS(CAMUNDA, "historyTimeToLive"),
            describe("process", process), problems);
      }
    }
    walk(resource, definitions, null, problems);
  }

  private void walk(String resource, Element element, Element owner, ModelProblems problems) {
    if (NOT_EXPRESSIONS.contains(element.getTagName())) {
      return;
    }
    // Event definitions carry ids too, but the admin looks for the event (its label) in the Modeler.
    Element flowElement = element.attribute("id") != null && !element.getTagName().endsWith("EventDefinition") ? element : owner;
    for (String key : element.attributes()) {
      // Keys are "namespace-uri:name" for namespaced attributes, the plain name otherwise.
      String value = element.attribute(key);
      String local = key.substring(key.lastIndexOf(':') + 1);
      boolean camunda = key.startsWith(CAMUNDA.getNamespaceUri() + ":")
          || (CAMUNDA.hasAlternativeUri() && key.startsWith(CAMUNDA.getAlternativeUri() + ":"));
      String field = camunda ? "camunda:" + local : local;
      if ("name".equals(field)) {
        continue; // a label, never evaluated
      }
      if (isExpression(value)) {
        checkExpression(resource, element, flowElement, field, value, problems);
      } else if (camunda && ("dueDate".equals(local) || "followUpDate".equals(local)) && !value.isBlank()) {
        checkCalendar(resource, element, flowElement, field, value, DueDateBusinessCalendar.NAME, problems);
      }
    }
    String calendar = TIMER_CALENDARS.get(element.getTagName());
    if (calendar != null) {
      checkTimer(resource, element, flowElement, calendar, problems);
    } else if (EXPRESSION_TEXTS.contains(element.getTagName()) && element.attribute("language") == null
        && element.elements().isEmpty() && isExpression(element.getText())) {
      checkExpression(resource, element, flowElement, element.getTagName(), element.getText().trim(), problems);
    }
    for (Element child : element.elements()) {
      walk(resource, child, flowElement, problems);
    }
  }

  private void checkTimer(String resource, Element timer, Element owner, String calendar, ModelProblems problems) {
    String value = timer.getText() == null ? "" : timer.getText().trim();
    if (value.isEmpty()) {
      problems.add(resource, timer, idOf(owner), describe("timer", owner),
          "has an empty " + timer.getTagName() + "; give a date, duration or cycle (e.g. P3D) or an expression");
    } else if (isExpression(value)) {
      checkExpression(resource, timer, owner, timer.getTagName(), value, problems);
    } else {
      checkCalendar(resource, timer, owner, timer.getTagName(), value, calendar, problems);
    }
  }

  /** A literal date, duration or cycle is read as the engine will read it when the timer is created. */
  private void checkCalendar(String resource, Element element, Element owner, String field, String value,
      String calendar, ModelProblems problems) {
    try {
      configuration.getBusinessCalendarManager().getBusinessCalendar(calendar).resolveDuedate(value.trim());
    } catch (RuntimeException e) {
      problems.add(resource, element, idOf(owner), describe(kindOf(owner), owner), "has " + field + " '" + value.trim()
          + "', which the engine cannot read as a " + ("cycle".equals(calendar) ? "cycle (R3/PT1H or a cron expression)"
              : "duration".equals(calendar) ? "duration (ISO 8601, e.g. P3D)" : "date (ISO 8601, e.g. 2027-01-31T12:00:00) or period (P3D)"));
    }
  }

  private void checkExpression(String resource, Element element, Element owner, String field, String expression,
      ModelProblems problems) {
    try {
      configuration.getExpressionManager().createExpression(expression.trim());
    } catch (RuntimeException e) {
      problems.add(resource, element, idOf(owner), describe(kindOf(owner), owner), "has " + field + " "
          + expression.trim() + ", which is not a valid expression (" + e.getMessage() + ")");
    }
  }

  private static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static String idOf(Element element) {
    return element == null ? null : element.attribute("id");
  }

  private static String kindOf(Element element) {
    if (element == null) {
      return "element";
    }
    // userTask -> "user task", sequenceFlow -> "sequence flow"
    return element.getTagName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
  }

  private static String describe(String kind, Element element) {
    if (element == null) {
      return kind;
    }
    String name = element.attribute("name");
    return kind + " " + element.attribute("id") + (name == null || name.isBlank() ? "" : " ('" + name + "')");
  }
}
