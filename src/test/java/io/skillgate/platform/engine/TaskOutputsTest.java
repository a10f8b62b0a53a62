package io.skillgate.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** A Camunda Form read as a task's outputs, without an engine. */
class TaskOutputsTest {

  static final String FORM = """
      {"id": "sample", "components": [
        {"type": "text", "text": "heading"},
        {"type": "textfield", "key": "shown", "disabled": true},
        {"type": "textfield", "key": "alsoShown", "readonly": true},
        {"type": "textarea", "key": "note"},
        {"type": "number", "key": "minutes"},
        {"type": "checkbox", "key": "done"},
        {"type": "datetime", "key": "on"},
        {"type": "radio", "key": "decision", "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
        {"type": "select", "key": "dynamic", "valuesKey": "options"},
        {"type": "group", "components": [{"type": "textfield", "key": "nested"}]},
        {"type": "button", "key": "submit", "action": "submit"}
      ]}""";

  final TaskOutputs outputs = read(FORM);

  @Test
  void theInputFieldsAreTheOutputs() {
    assertThat(outputs.formId()).isEqualTo("sample");
    assertThat(outputs.fieldNames()).containsExactlyInAnyOrder("note", "minutes", "done", "on", "decision", "dynamic",
        "nested");
  }

  @Test
  void valuesOfTheFieldsTypesPass() {
    Map<String, Object> values = new HashMap<>();
    values.put("note", "text");
    values.put("minutes", 30L);
    values.put("done", true);
    values.put("on", "2027-03-01");
    values.put("decision", "no");
    values.put("dynamic", "anything");
    values.put("nested", null);
    assertThat(outputs.problems(values)).isEmpty();
    assertThat(outputs.problems(Map.of("minutes", 2.5, "on", new java.util.Date()))).isEmpty();
  }

  @Test
  void everyProblemNamesItsField() {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("note", 5);
    values.put("minutes", "thirty");
    values.put("done", "true");
    values.put("decision", "maybe");
    values.put("shown", "changed");
    values.put("vendorGroup", "vendor-oakfield");
    assertThat(outputs.problems(values)).containsExactly(
        "note: must be text",
        "minutes: must be a number",
        "done: must be true or false",
        "decision: must be one of the field's options (yes, no)",
        "shown: is not a field of form 'sample' (its fields: note, minutes, done, on, decision, dynamic, nested)",
        "vendorGroup: is set by SkillGate, no task may write it");
  }

  @Test
  void jsonValuesFitNoTypedField() {
    assertThat(outputs.problems(Map.of("note", Variables.objectValue(List.of("a")).create())))
        .containsExactly("note: must be text");
  }

  @Test
  void aTaskWithoutAFormTakesNothing() {
    assertThat(TaskOutputs.none().problems(Map.of("x", 1))).containsExactly("x: is not a field of this task (it has no form)");
  }

  static final String RULES = """
      {"id": "rules", "components": [
        {"type": "textarea", "key": "note", "label": "Note", "validate": {"maxLength": 5, "minLength": 2}},
        {"type": "number", "key": "score", "label": "Score (0-100)", "decimalDigits": 0,
         "validate": {"min": 0, "max": 100}},
        {"type": "number", "key": "rating", "validate": {"min": 1}},
        {"type": "datetime", "key": "doneOn", "label": "Date done", "subtype": "date",
         "validate": {"max": "=string(today())"}},
        {"type": "textfield", "key": "shown", "label": "Shown", "disabled": true}
      ]}""";

  @Test
  void theFormsValueRulesHoldOnTheServer() {
    TaskOutputs rules = read(RULES);
    String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("note", "too long");
    values.put("score", 101);
    values.put("rating", 0);
    values.put("doneOn", tomorrow);
    assertThat(rules.problems(values)).containsExactly(
        "note: must be at most 5 characters",
        "score: must be from 0 to 100",
        "rating: must be at least 1",
        "doneOn: must not be in the future");
    assertThat(rules.problems(Map.of("note", "x", "score", 75.5))).containsExactlyInAnyOrder(
        "note: must be at least 2 characters", "score: must be a whole number");
    assertThat(rules.problems(Map.of("note", "fine", "score", 100, "rating", 5,
        "doneOn", java.time.LocalDate.now().toString()))).isEmpty();
    assertThat(rules.problems(Map.of("note", "", "doneOn", "not a date"))).as("left to the listeners").isEmpty();
  }

  @Test
  void everyKeyedFieldHasItsLabel() {
    TaskOutputs rules = read(RULES);
    assertThat(rules.label("doneOn")).isEqualTo("Date done");
    assertThat(rules.label("shown")).as("shown fields are named too").isEqualTo("Shown");
    assertThat(rules.label("rating")).as("no label").isNull();
  }

  private static TaskOutputs read(String json) {
    try {
      return TaskOutputs.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
