package io.skillgate.platform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a user task may write: the input fields of its Camunda Form, with their types. Fields the
 * form only shows ({@code disabled} or {@code readonly}) are not outputs, and neither is anything
 * the form does not have. Read once per deployed form (see {@link DeployedTaskOutputs}).
 */
public final class TaskOutputs {

  /** How a form field's value must look. */
  enum Kind {
    TEXT("text"), DATE("a date (text like 2027-03-01)"), NUMBER("a number"), BOOLEAN("true or false"),
    CHOICE("one of the field's options"),
    LIST("a list of rows, each with only the list's fields"),
    ANY("any value");

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  /** {@code options}: a choice's values, or the keys a row of a dynamic list may carry. */
  record Field(String key, Kind kind, Set<String> options) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea", "password");
  private static final Set<String> CHOICE_TYPES = Set.of("radio", "select");

  private final String formId;
  private final Map<String, Field> fields;

  private TaskOutputs(String formId, Map<String, Field> fields) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** The outputs of a task without a Camunda Form: none. */
  public static TaskOutputs none() {
    return new TaskOutputs(null, Map.of());
  }

  public static TaskOutputs read(InputStream formJson) throws IOException {
    JsonNode form = JSON.readTree(formJson);
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new TaskOutputs(form.path("id").asText(null), fields);
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode c : components) {
      if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
        // A dynamic list writes one variable (its path): a list of rows holding its own fields.
        if (!c.path("disabled").asBoolean(false)) {
          Map<String, Field> rows = new LinkedHashMap<>();
          collectRowKeys(c.path("components"), rows);
          fields.put(c.path("path").asText(), new Field(c.path("path").asText(), Kind.LIST, rows.keySet()));
        }
        continue;
      }
      String key = c.path("key").asText(null);
      boolean displayOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
      if (key != null && !displayOnly && !"button".equals(c.path("type").asText())) {
        fields.put(key, field(key, c));
      }
      // Groups nest their fields; their keys are the task's outputs as well.
      collect(c.path("components"), fields);
    }
  }

  /** The keys a dynamic list's row may carry: its fields that the form submits (read-only ones are). */
  private static void collectRowKeys(JsonNode components, Map<String, Field> keys) {
    for (JsonNode c : components) {
      String key = c.path("key").asText(null);
      if (key != null && !c.path("disabled").asBoolean(false) && !"button".equals(c.path("type").asText())) {
        keys.put(key, field(key, c));
      }
      collectRowKeys(c.path("components"), keys);
    }
  }

  private static Field field(String key, JsonNode c) {
    String type = c.path("type").asText("");
    if (TEXT_TYPES.contains(type)) {
      return new Field(key, Kind.TEXT, Set.of());
    }
    if ("datetime".equals(type)) {
      return new Field(key, Kind.DATE, Set.of());
    }
    if ("number".equals(type)) {
      return new Field(key, Kind.NUMBER, Set.of());
    }
    if ("checkbox".equals(type)) {
      return new Field(key, Kind.BOOLEAN, Set.of());
    }
    if (CHOICE_TYPES.contains(type)) {
      // Options from a variable (valuesKey) or an expression are not known here: any text then.
      Set<String> options = new LinkedHashSet<>();
      c.path("values").forEach(v -> options.add(v.path("value").asText()));
      return new Field(key, options.isEmpty() ? Kind.TEXT : Kind.CHOICE, options);
    }
    return new Field(key, Kind.ANY, Set.of());
  }

  /** A JSON list (as Tasklist submits a dynamic list) whose rows are objects with only the given keys. */
  private static boolean isListOfRows(TypedValue value, Set<String> rowKeys) {
    String json;
    if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
      json = serializable.getValueSerialized();
    } else if (value.getValue() instanceof String s) {
      json = s;
    } else if (value.getValue() != null && value.getValue().getClass().getName().startsWith("org.camunda.spin")) {
      json = value.getValue().toString(); // a Spin JSON node made in Java prints as its JSON
    } else {
      return false;
    }
    try {
      JsonNode list = JSON.readTree(json);
      if (!list.isArray()) {
        return false;
      }
      for (JsonNode row : list) {
        if (!row.isObject()) {
          return false;
        }
        for (var names = row.fieldNames(); names.hasNext(); ) {
          if (!rowKeys.contains(names.next())) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public String formId() {
    return formId;
  }

  public Set<String> fieldNames() {
    return fields.keySet();
  }

  /**
   * What is wrong with these variables as this task's outputs, one line per variable, each
   * starting with the variable's name; empty when all of them are fields of the form with a
   * value of the field's type. A routing variable is refused even if the form had such a field.
   */
  public List<String> problems(Map<String, ?> variables) {
    List<String> problems = new ArrayList<>();
    @SuppressWarnings("unchecked")
    var typed = Variables.fromMap((Map<String, Object>) variables);
    for (String name : variables.keySet()) {
      Field field = fields.get(name);
      if (RoutingVariables.isRouting(name)) {
        problems.add(name + ": is set by SkillGate, no task may write it");
      } else if (field == null) {
        problems.add(name + ": is not a field of " + (formId == null ? "this task (it has no form)"
            : "form '" + formId + "' (its fields: " + String.join(", ", fields.keySet()) + ")"));
      } else if (!fits(field, typed.getValueTyped(name))) {
        problems.add(name + ": must be " + field.kind().expected
            + (field.kind() == Kind.CHOICE ? " (" + String.join(", ", field.options()) + ")" : ""));
      }
    }
    return problems;
  }

  private static boolean fits(Field field, TypedValue value) {
    if (value == null || field.kind() == Kind.ANY) {
      return true;
    }
    if (field.kind() == Kind.LIST) {
      return isListOfRows(value, field.options());
    }
    if (value instanceof SerializableValue) {
      // JSON or Java objects: no field but a free one (lists, dynamic options) takes them.
      return false;
    }
    Object raw = value.getValue();
    if (raw == null) {
      return true;
    }
    return switch (field.kind()) {
      case TEXT -> raw instanceof String;
      case DATE -> raw instanceof String || raw instanceof java.util.Date;
      case NUMBER -> raw instanceof Number;
      case BOOLEAN -> raw instanceof Boolean;
      case CHOICE -> raw instanceof String s && field.options().contains(s);
      case LIST, ANY -> true;
    };
  }
}
