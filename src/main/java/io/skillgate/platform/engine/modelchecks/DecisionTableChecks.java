package io.skillgate.platform.engine.modelchecks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.impl.type.DefaultDataTypeTransformerRegistry;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * What the DMN engine finds only when a table is first evaluated, checked when it is deployed:
 * every FEEL cell compiles (input expressions and output entries as expressions, input entries
 * as unary tests) with the FEEL engine the DMN engine runs (feel-scala), the hit policy and
 * aggregation are ones Camunda 7 evaluates, each type is one it knows, a literal output fits its
 * column's type and allowed values, and each decision keeps its history for a set time.
 */
final class DecisionTableChecks {

  private static final Namespace CAMUNDA_DMN = new Namespace("http://camunda.org/schema/1.0/dmn");
  /** Camunda 7's hit policies (PRIORITY and OUTPUT ORDER are DMN, but Camunda 7 does not evaluate them). */
  private static final Set<String> HIT_POLICIES = Set.of("UNIQUE", "FIRST", "ANY", "COLLECT", "RULE ORDER");
  private static final Set<String> AGGREGATIONS = Set.of("SUM", "MIN", "MAX", "COUNT");
  /** The types of the DMN engine's default type registry. */
  private static final Set<String> TYPES = Set.of("string", "boolean", "integer", "long", "double", "date");

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  private final DefaultDataTypeTransformerRegistry types = new DefaultDataTypeTransformerRegistry();
  private final HistoryTimeToLiveCheck historyTimeToLive;

  DecisionTableChecks(HistoryTimeToLiveCheck historyTimeToLive) {
    this.historyTimeToLive = historyTimeToLive;
  }

  void check(String resource, Element definitions, ModelProblems problems) {
    String language = definitions.attribute("expressionLanguage");
    for (Element decision : children(definitions, "decision")) {
      String decisionName = describe("decision", decision, "name");
      historyTimeToLive.check(resource, decision, decision.attributeNS(CAMUNDA_DMN, "historyTimeToLive"),
          decisionName, problems);
      for (Element table : children(decision, "decisionTable")) {
        checkTable(resource, decisionName, table, language, problems);
      }
      for (Element literal : children(decision, "literalExpression")) {
        checkFeel(resource, literal, decisionName + ", literal expression", text(literal), false,
            languageOf(literal, language), problems);
      }
    }
  }

  private void checkTable(String resource, String decisionName, Element table, String language, ModelProblems problems) {
    String hitPolicy = table.attribute("hitPolicy", "UNIQUE");
    String aggregation = table.attribute("aggregation");
    List<Element> inputs = children(table, "input");
    List<Element> outputs = children(table, "output");
    String where = decisionName + ", table " + table.attribute("id");
    if (!HIT_POLICIES.contains(hitPolicy)) {
      problems.add(resource, table, table.attribute("id"), where,
          "has hit policy " + hitPolicy + ", which Camunda 7 does not evaluate; choose one of " + HIT_POLICIES);
    }
    if (aggregation != null && !("COLLECT".equals(hitPolicy) && AGGREGATIONS.contains(aggregation))) {
      problems.add(resource, table, table.attribute("id"), where, "aggregates with " + aggregation
          + " under hit policy " + hitPolicy + "; only COLLECT aggregates, with one of " + AGGREGATIONS);
    }
    if (aggregation != null && outputs.size() != 1) {
      problems.add(resource, table, table.attribute("id"), where,
          "aggregates " + outputs.size() + " outputs; an aggregation needs exactly one output column");
    }
    for (Element input : inputs) {
      String inputName = describe("input", input, "label");
      for (Element expression : children(input, "inputExpression")) {
        checkType(resource, expression, inputName, problems);
        checkFeel(resource, expression, inputName + " expression", text(expression), false,
            languageOf(expression, language), problems);
      }
    }
    for (Element output : outputs) {
      checkType(resource, output, describe("output", output, "label"), problems);
      if (outputs.size() > 1 && isBlank(output.attribute("name"))) {
        problems.add(resource, output, output.attribute("id"), describe("output", output, "label"),
            "has no output name; with more than one output each needs a name (the result variable)");
      }
    }
    for (Element rule : children(table, "rule")) {
      checkRule(resource, rule, inputs, outputs, language, problems);
    }
  }

  private void checkRule(String resource, Element rule, List<Element> inputs, List<Element> outputs, String language,
      ModelProblems problems) {
    String ruleName = describe("rule", rule, null);
    Element description = children(rule, "description").stream().findFirst().orElse(null);
    if (description != null && !isBlank(description.getText())) {
      ruleName = "rule " + rule.attribute("id") + " ('" + description.getText().trim() + "')";
    }
    List<Element> inputEntries = children(rule, "inputEntry");
    List<Element> outputEntries = children(rule, "outputEntry");
    if (inputEntries.size() != inputs.size() || outputEntries.size() != outputs.size()) {
      problems.add(resource, rule, rule.attribute("id"), ruleName, "has " + inputEntries.size() + " input and "
          + outputEntries.size() + " output cells but the table has " + inputs.size() + " inputs and "
          + outputs.size() + " outputs; add or remove cells so that every column has one");
      return;
    }
    for (int i = 0; i < inputEntries.size(); i++) {
      Element entry = inputEntries.get(i);
      checkFeel(resource, entry, ruleName + ", input entry " + entry.attribute("id") + " under "
          + describe("input", inputs.get(i), "label"), text(entry), true, languageOf(entry, language), problems);
    }
    for (int i = 0; i < outputEntries.size(); i++) {
      Element entry = outputEntries.get(i);
      String what = ruleName + ", output entry " + entry.attribute("id") + " under "
          + describe("output", outputs.get(i), "label");
      if (checkFeel(resource, entry, what, text(entry), false, languageOf(entry, language), problems)) {
        checkLiteralOutput(resource, entry, what, text(entry), outputs.get(i), problems);
      }
    }
  }

  /** Compiles a FEEL cell; returns whether it compiled (or is not FEEL). */
  private boolean checkFeel(String resource, Element element, String what, String text, boolean unaryTests,
      String language, ModelProblems problems) {
    if (!isFeel(language)) {
      return true;
    }
    if (isBlank(text)) {
      if (!unaryTests && what.contains("expression") && !what.contains("literal")) {
        problems.add(resource, element, element.attribute("id"), what, "is empty; an input needs an expression");
        return false;
      }
      return true; // an empty input entry matches anything, an empty output entry gives null
    }
    ParseResult parsed = unaryTests ? feel.parseUnaryTests(text) : feel.parseExpression(text);
    if (parsed.isFailure()) {
      problems.add(resource, element, element.attribute("id"), what, "is not valid FEEL: " + text.trim()
          + " (" + parsed.failure().message() + "); correct the cell in the Modeler");
      return false;
    }
    return true;
  }

  /**
   * A constant output cell (no variables) is evaluated once here: its value must convert to the
   * column's type and, where the column lists allowed values, be one of them.
   */
  private void checkLiteralOutput(String resource, Element entry, String what, String text, Element output,
      ModelProblems problems) {
    if (isBlank(text)) {
      return;
    }
    EvaluationResult result = feel.evaluateExpression(text, Map.of());
    if (result.isFailure() || result.result() == null) {
      return; // reads variables: only known at run time
    }
    Object value = result.result();
    String typeRef = output.attribute("typeRef");
    if (typeRef != null && TYPES.contains(typeRef)) {
      try {
        types.getTransformer(typeRef).transform(value);
      } catch (RuntimeException e) {
        problems.add(resource, entry, entry.attribute("id"), what, "gives " + text.trim()
            + ", which is not of the column's type " + typeRef + "; change the value or the type");
        return;
      }
    }
    Element allowed = children(output, "outputValues").stream().findFirst().orElse(null);
    if (allowed != null && !isBlank(text(allowed))) {
      EvaluationResult matches = feel.evaluateUnaryTests(text(allowed), value, Map.of());
      if (!matches.isFailure() && Boolean.FALSE.equals(matches.result())) {
        problems.add(resource, entry, entry.attribute("id"), what, "gives " + text.trim()
            + ", which is not one of the column's allowed values " + text(allowed).trim());
      }
    }
  }

  private void checkType(String resource, Element element, String what, ModelProblems problems) {
    String typeRef = element.attribute("typeRef");
    if (typeRef != null && !TYPES.contains(typeRef)) {
      problems.add(resource, element, element.attribute("id"), what,
          "has type '" + typeRef + "', which the DMN engine does not know; use one of " + TYPES);
    }
  }

  private static boolean isFeel(String language) {
    return language == null || language.equalsIgnoreCase("feel") || language.toLowerCase().contains("omg.org/spec/dmn")
        || language.toLowerCase().contains("omg.org/spec/feel");
  }

  private static String languageOf(Element element, String tableLanguage) {
    String own = element.attribute("expressionLanguage");
    return own != null ? own : tableLanguage;
  }

  private static String describe(String kind, Element element, String labelAttribute) {
    String label = labelAttribute == null ? null : element.attribute(labelAttribute);
    return kind + " " + element.attribute("id") + (isBlank(label) ? "" : " ('" + label + "')");
  }

  private static String text(Element element) {
    Element text = children(element, "text").stream().findFirst().orElse(null);
    return text == null ? "" : text.getText();
  }

  private static List<Element> children(Element parent, String localName) {
    return parent.elements().stream().filter(e -> localName.equals(e.getTagName())).toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
