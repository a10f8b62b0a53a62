package io.skillgate.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operational KPI values of a progress report as the vendor types them in Tasklist: one
 * {@code key = value} line per KPI the contract names. A contract's KPIs differ from another's,
 * so the form cannot have a fixed field per KPI; the lines are prefilled with the keys.
 */
public final class KpiValuesText {

  private static final BigDecimal LIMIT = new BigDecimal("1000000000");

  /** The result of reading the text: the values by key, or the problems found. */
  public record Parsed(Map<String, BigDecimal> values, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private KpiValuesText() {}

  /** The prefilled text: every expected key with an empty value. */
  public static String template(List<String> keys) {
    StringBuilder sb = new StringBuilder();
    keys.forEach(k -> sb.append(k).append(" = \n"));
    return sb.toString();
  }

  public static String format(Map<String, BigDecimal> values) {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> sb.append(k).append(" = ").append(v.toPlainString()).append('\n'));
    return sb.toString();
  }

  /** Reads the text; every expected key must have exactly one number, and no other key may appear. */
  public static Parsed parse(String text, List<String> expectedKeys) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Set<String> expected = Set.copyOf(expectedKeys);
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = (eq < 0 ? line : line.substring(0, eq)).strip();
      String raw = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (!expected.contains(key)) {
        problems.add("line " + (i + 1) + ": '" + abbreviate(key) + "' is not a KPI of this contract");
      } else if (values.containsKey(key)) {
        problems.add(key + " is given twice");
      } else if (raw.isEmpty()) {
        problems.add(key + " has no value");
      } else {
        try {
          BigDecimal value = new BigDecimal(raw.replace(',', '.'));
          if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 2) {
            problems.add(key + " must be a number below 1,000,000,000 with at most 2 decimals");
          } else {
            values.put(key, value);
          }
        } catch (NumberFormatException e) {
          problems.add(key + " must be a number, not '" + abbreviate(raw) + "'");
        }
      }
    }
    for (String key : expectedKeys) {
      if (!values.containsKey(key) && problems.stream().noneMatch(p -> p.startsWith(key + " "))) {
        problems.add(key + " is missing");
      }
    }
    return new Parsed(values, problems);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
