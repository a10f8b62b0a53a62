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

  private static TaskOutputs read(String json) {
    try {
      return TaskOutputs.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
