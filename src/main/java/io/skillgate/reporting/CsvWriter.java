package io.skillgate.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, safe to open in a spreadsheet: a text cell that a spreadsheet would read as a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, and cells
 * with commas, quotes or line breaks are quoted. Numbers are written as numbers, so a negative
 * change stays a number.
 */
public final class CsvWriter {

  private final StringBuilder out = new StringBuilder();
  private final List<String> row = new ArrayList<>();
  private final int width;

  /** Every row is padded with empty cells to {@code width} columns. */
  public CsvWriter(int width) {
    this.width = width;
  }

  public CsvWriter text(String value) {
    row.add(quote(neutralise(value == null ? "" : value)));
    return this;
  }

  public CsvWriter number(BigDecimal value) {
    row.add(value == null ? "" : value.toPlainString());
    return this;
  }

  public CsvWriter number(Integer value) {
    row.add(value == null ? "" : value.toString());
    return this;
  }

  public CsvWriter endRow() {
    while (row.size() < width) {
      row.add("");
    }
    out.append(String.join(",", row)).append("\r\n");
    row.clear();
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String neutralise(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  static String quote(String value) {
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
