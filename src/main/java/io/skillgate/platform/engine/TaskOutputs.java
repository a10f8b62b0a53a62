package io.skillgate.platform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
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

  /**
   * A form field ({@code options}: a choice's values, or the keys a row of a dynamic list may
   * carry) and the value rules of its {@code validate} block that hold whatever else the
   * form shows: length, number range, whole numbers and, for a date whose {@code max} is today, no
   * future date.
   * {@code required} is not among them: a completion may leave out what the form would ask for,
   * and the models' complete listeners say which fields a decision needs.
   */
  record Field(String key, Kind kind, Set<String> options, Rules rules) {
    Field(String key, Kind kind, Set<String> options) {
      this(key, kind, options, Rules.NONE);
    }
  }

  /** The value rules a form states, as the server checks them (null: no such rule). */
  record Rules(Integer minLength, Integer maxLength, Double min, Double max, boolean notInTheFuture,
      boolean wholeNumber) {
    static final Rules NONE = new Rules(null, null, null, null, false, false);

    /** From a field: its {@code validate} block, and a number field's {@code decimalDigits: 0}. */
    static Rules of(JsonNode field) {
      JsonNode validate = field.path("validate");
      boolean whole = field.path("decimalDigits").isNumber() && field.path("decimalDigits").asInt() == 0;
      if (!validate.isObject()) {
        return whole ? new Rules(null, null, null, null, false, true) : NONE;
      }
      return new Rules(integer(validate.path("minLength")), integer(validate.path("maxLength")),
          number(validate.path("min")), number(validate.path("max")), TODAY.equals(validate.path("max").asText("")),
          whole);
    }

    private static Integer integer(JsonNode n) {
      return n.isNumber() ? n.asInt() : null;
    }

    private static Double number(JsonNode n) {
      return n.isNumber() ? n.asDouble() : null;
    }
  }

  /** How a form says "not in the future" on a date field: its maximum is today's date (a FEEL expression). */
  static final String TODAY = "=string(today())";

  /** The zone in which a date-time value is read as a day: the server's, where {@link EngineClock#today()} is. */
  private static final ZoneId ZONE = EngineClock.ZONE;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea", "password");
  private static final Set<String> CHOICE_TYPES = Set.of("radio", "select");

  private final String formId;
  private final Map<String, Field> fields;
  private final Map<String, String> labels;

  private TaskOutputs(String formId, Map<String, Field> fields, Map<String, String> labels) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
    this.labels = Collections.unmodifiableMap(labels);
  }

  /** The outputs of a task without a Camunda Form: none. */
  public static TaskOutputs none() {
    return new TaskOutputs(null, Map.of(), Map.of());
  }

  public static TaskOutputs read(InputStream formJson) throws IOException {
    JsonNode form = JSON.readTree(formJson);
    Map<String, Field> fields = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    collect(form.path("components"), fields, labels);
    return new TaskOutputs(form.path("id").asText(null), fields, labels);
  }

  private static void collect(JsonNode components, Map<String, Field> fields, Map<String, String> labels) {
    for (JsonNode c : components) {
      if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
        // A dynamic list writes one variable (its path): a list of rows holding its own fields.
        if (!c.path("disabled").asBoolean(false)) {
          Map<String, Field> rows = new LinkedHashMap<>();
          collectRowKeys(c.path("components"), rows);
          fields.put(c.path("path").asText(), new Field(c.path("path").asText(), Kind.LIST, rows.keySet()));
        }
        String listLabel = c.path("label").asText("").strip();
        if (!listLabel.isEmpty()) {
          labels.putIfAbsent(c.path("path").asText(), listLabel);
        }
        // A row's fields are named by their labels too (a refusal may name one); they are no outputs of their own.
        collect(c.path("components"), new LinkedHashMap<>(), labels);
        continue;
      }
      String key = c.path("key").asText(null);
      boolean displayOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
      if (key != null && !displayOnly && !"button".equals(c.path("type").asText())) {
        fields.put(key, field(key, c));
      }
      String label = c.path("label").asText("").strip();
      if (key != null && !label.isEmpty()) {
        labels.putIfAbsent(key, label);
      }
      // Groups nest their fields; their keys are the task's outputs as well.
      collect(c.path("components"), fields, labels);
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

  /** What the person filling in the form reads for this field: its label, or null when it has none. */
  public String label(String key) {
    return labels.get(key);
  }

  /** The labels of the form's fields (shown ones included), by key. */
  public Map<String, String> labels() {
    return labels;
  }

  private static Field field(String key, JsonNode c) {
    String type = c.path("type").asText("");
    Rules rules = Rules.of(c);
    if (TEXT_TYPES.contains(type)) {
      return new Field(key, Kind.TEXT, Set.of(), rules);
    }
    if ("datetime".equals(type)) {
      return new Field(key, Kind.DATE, Set.of(), rules);
    }
    if ("number".equals(type)) {
      return new Field(key, Kind.NUMBER, Set.of(), rules);
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
      } else {
        String broken = brokenRule(field, typed.getValueTyped(name));
        if (broken != null) {
          problems.add(name + ": " + broken);
        }
      }
    }
    return problems;
  }

  /** The first of the field's value rules this value breaks, said as the form would, or null. */
  private static String brokenRule(Field field, TypedValue value) {
    Object raw = value == null ? null : value.getValue();
    Rules r = field.rules();
    if (raw instanceof String text && field.kind() == Kind.TEXT) {
      int length = text.strip().length();
      if (r.maxLength() != null && length > r.maxLength()) {
        return "must be at most " + r.maxLength() + " characters";
      }
      if (r.minLength() != null && length > 0 && length < r.minLength()) {
        return "must be at least " + r.minLength() + " characters";
      }
    }
    if (raw instanceof Number n && field.kind() == Kind.NUMBER) {
      double d = n.doubleValue();
      if (r.wholeNumber() && d != Math.rint(d)) {
        return "must be a whole number";
      }
      if (r.min() != null && d < r.min() || r.max() != null && d > r.max()) {
        return "must be " + range(r);
      }
    }
    if (r.notInTheFuture() && field.kind() == Kind.DATE && raw != null) {
      LocalDate day = day(raw);
      if (day != null && day.isAfter(EngineClock.today())) {
        return "must not be in the future";
      }
    }
    return null;
  }

  private static LocalDate day(Object raw) {
    if (raw instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    String text = raw.toString();
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null; // not a date: the listener that reads it says so
    }
  }

  private static String range(Rules r) {
    String min = r.min() == null ? null : plain(r.min());
    String max = r.max() == null ? null : plain(r.max());
    if (min != null && max != null) {
      return "from " + min + " to " + max;
    }
    return min != null ? "at least " + min : "at most " + max;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
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
